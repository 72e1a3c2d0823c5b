import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import OnsiteContent
import OnsiteCore
import OnsiteServer
import OnsiteStore

/// `onsite bench http`: the web app's throughput and latency under 64 concurrent connections.
struct HTTPBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "http",
        abstract: "Requests per second and p50/p99 latency of the web app at 64 concurrent connections.",
        discussion: """
            Starts the server in this process on a free loopback port, over a fresh database in a \
            temporary folder, and loads it from the same process with keep-alive HTTP/1.1 \
            connections: a hello-world route of the same server (the reference), the question \
            page, a search, and the grading endpoint. Each scenario runs for --seconds in all, \
            split over --rounds rounds that each run every scenario after a one-second warm-up, so \
            a slow spell of the machine weighs on all of them alike. Goal: the question page at \
            no less than half the hello-world throughput, with p99 under 20 ms.
            """)

    @Option(help: ArgumentHelp("Concurrent connections.", valueName: "n"))
    var connections = 64

    @Option(help: ArgumentHelp("Seconds each scenario runs.", valueName: "s"))
    var seconds = 5.0

    @Option(
        help: ArgumentHelp(
            "Rounds: each runs every scenario once, so a slow spell of the machine hits them all alike.",
            valueName: "n"))
    var rounds = 3

    @Option(
        name: .customLong("scenario"),
        help: ArgumentHelp(
            "Run only these scenarios (page, search, grading; repeatable); hello world always runs as the reference.",
            valueName: "name"))
    var scenarios: [String] = []

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (1...1024).contains(connections) else { throw ValidationError("--connections must be 1 to 1024") }
        guard (0.5...600).contains(seconds) else { throw ValidationError("--seconds must be 0.5 to 600") }
        guard (1...20).contains(rounds) else { throw ValidationError("--rounds must be 1 to 20") }
        for name in scenarios where !["page", "search", "grading"].contains(name) {
            throw ValidationError("unknown scenario '\(name)': choose page, search or grading")
        }
    }

    struct Scenario: Encodable {
        var name: String
        var requests: Int
        var failures: Int
        var requestsPerSecond: Double
        var latencyMs: LatencySummary
        /// CPU time of the whole process (server and load generator) per request, in µs: steadier
        /// than requests per second on a shared machine, whose other tenants take CPU away.
        var cpuMicrosecondsPerRequest: Double
    }

    struct Figures: Encodable {
        var connections: Int
        var seconds: Double
        var rounds: Int
        var scenarios: [Scenario]
        var questionPageShareOfHello: Double
        var questionPageP99Ms: Double?
        var goalMet: Bool
    }

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("onsite.sqlite").path)
        let services = try ServerServices(bank: bank, store: store, runner: nil)
        let question = bank.question(ItemID("python.gil")!) ?? bank.questions[0]
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        // The server is stopped by cancelling it, which Hummingbird logs as errors: keep it quiet.
        var logger = Logger(label: "onsite.bench.http")
        logger.logLevel = .critical
        let app = try await buildApplication(
            configuration: ServerConfiguration(host: "127.0.0.1", port: 0), services: services, logger: logger
        ) { port in portContinuation.yield(port) }

        let figures = try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await app.runService(gracefulShutdownSignals: []) }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw ExitCode(2) }
            let figures = try await measure(port: port, question: question)
            tasks.cancelAll()
            return figures
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(figures), as: UTF8.self))
        } else {
            print(Self.table(figures))
        }
    }

    private func measure(port: Int, question: Question) async throws -> Figures {
        let grading = try String(
            decoding: JSONEncoder().encode(["questionID": question.id.description, "text": question.modelAnswer]),
            as: UTF8.self)
        let all: [(key: String, name: String, request: HTTPLoad.Request)] = [
            ("hello", "hello world (reference)", .init(method: .GET, path: "/hello")),
            ("page", "question page", .init(method: .GET, path: "/questions/\(question.id)")),
            ("search", "search", .init(method: .GET, path: "/questions?q=decorators")),
            ("grading", "grading endpoint", .init(method: .POST, path: "/api/v1/grade", body: grading)),
        ]
        let chosen = all.filter { $0.key == "hello" || scenarios.isEmpty || scenarios.contains($0.key) }
        let load = HTTPLoad(
            host: "127.0.0.1", port: port, connections: connections, group: MultiThreadedEventLoopGroup.singleton)
        // Each round runs every scenario; a scenario's figures pool its rounds.
        var pooled = Array(
            repeating: (requests: 0, failures: 0, seconds: 0.0, cpu: 0.0, latencies: [Double]()), count: chosen.count)
        for _ in 0..<rounds {
            for (index, scenario) in chosen.enumerated() {
                _ = try await load.run(scenario.request, seconds: 1)
                let cpu = Self.processCPUSeconds()
                let result = try await load.run(scenario.request, seconds: seconds / Double(rounds))
                pooled[index].cpu += Self.processCPUSeconds() - cpu
                pooled[index].requests += result.requests
                pooled[index].failures += result.failures
                pooled[index].seconds += result.seconds
                pooled[index].latencies += result.latenciesMs
            }
        }
        let results = zip(chosen, pooled).map { scenario, figures in
            Scenario(
                name: scenario.name, requests: figures.requests, failures: figures.failures,
                requestsPerSecond: Double(figures.requests) / figures.seconds,
                latencyMs: LatencySummary(figures.latencies),
                cpuMicrosecondsPerRequest: figures.requests > 0 ? figures.cpu / Double(figures.requests) * 1e6 : 0)
        }
        let hello = results[0].requestsPerSecond
        let page = results.first { $0.name == "question page" }
        let share = hello > 0 ? (page?.requestsPerSecond ?? 0) / hello : 0
        return Figures(
            connections: connections, seconds: seconds, rounds: rounds, scenarios: results,
            questionPageShareOfHello: share,
            questionPageP99Ms: page?.latencyMs.p99,
            goalMet: page != nil && share >= 0.5 && (page?.latencyMs.p99 ?? .infinity) < 20
                && results.allSatisfy { $0.failures == 0 })
    }

    /// User and system CPU time this process has used so far, in seconds.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func table(_ figures: Figures) -> String {
        func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }
        var lines = [
            "onsite bench http: \(figures.connections) connections, \(format(figures.seconds, 1)) s per scenario "
                + "in \(figures.rounds) rounds",
            "",
            "scenario".padding(toLength: 26, withPad: " ", startingAt: 0)
                + "req/s".leftPadded(10) + "p50 ms".leftPadded(10) + "p99 ms".leftPadded(10) + "failed".leftPadded(8)
                + "CPU µs/req".leftPadded(12),
        ]
        for scenario in figures.scenarios {
            lines.append(
                scenario.name.padding(toLength: 26, withPad: " ", startingAt: 0)
                    + format(scenario.requestsPerSecond, 0).leftPadded(10)
                    + format(scenario.latencyMs.p50).leftPadded(10) + format(scenario.latencyMs.p99).leftPadded(10)
                    + String(scenario.failures).leftPadded(8)
                    + format(scenario.cpuMicrosecondsPerRequest, 1).leftPadded(12))
        }
        lines.append("")
        guard let p99 = figures.questionPageP99Ms else {
            lines.append("question page not run: the goal was not checked")
            return lines.joined(separator: "\n")
        }
        lines.append(
            "question page: \(format(figures.questionPageShareOfHello * 100, 0))% of hello-world throughput (goal ≥ 50%), "
                + "p99 \(format(p99)) ms (goal < 20 ms): \(figures.goalMet ? "goal met" : "goal NOT met")")
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
