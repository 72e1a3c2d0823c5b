import Foundation
import OnsiteCore
import OnsiteTestSupport
import Testing

@testable import OnsiteRunner

/// Warm forks and fresh interpreters see the conditions they are given.
@Suite("Run conditions", .serialized)
struct RunConditionsTests {
    static let probe = """
        import random
        import sys

        def probe():
            return {
                "hash": hash("onsite"),
                "preloaded": "statistics" in sys.modules,
                "random": random.random(),
                "interval": sys.getswitchinterval(),
            }
        """
    static let suite = HiddenSuite(
        module: "probe", setup: "", cases: [HiddenCase(name: "probe", call: "probe()", expectation: .returns(.null))])

    static func observe(_ conditions: RunConditions) async throws -> [String: JSONValue] {
        let request = WorkerRequest(
            // The probe is not hostile: a generous wall clock, so a machine busy with the other
            // suites (a browser, bcrypt) does not time it out.
            mode: .cases, files: ["probe.py": .text(probe)],
            limits: RunLimits(wallSeconds: 30, cpuSeconds: 10, memoryBytes: 384 << 20), conditions: conditions,
            module: "probe", setup: "", calls: [WorkerRequest.Call(call: "probe()")])
        let answer = try await SandboxFixture.pool.run(request)
        let value = try #require(answer.results.first { $0["value"] != nil }?["value"], "\(answer)")
        guard case .object(let object) = value else { throw RunnerError(.workerFailed, "not an object: \(value)") }
        return object
    }

    /// What `hash("onsite")` is in a plain `python3` with this PYTHONHASHSEED.
    static func hostHash(seed: Int) throws -> Int {
        let result = try CommandRun.run(
            URL(fileURLWithPath: "/usr/bin/python3"), ["-c", "print(hash('onsite'))"],
            environment: ["PYTHONHASHSEED": String(seed)])
        return try #require(Int(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test("a warm run is a fork of a preloaded worker with hash seed 0")
    func warm() async throws {
        let seen = try await Self.observe(RunConditions(seed: 3))
        #expect(seen["preloaded"] == .bool(true))
        #expect(seen["hash"] == .int(try Self.hostHash(seed: 0)))
    }

    @Test("a fresh run is a new interpreter with nothing preloaded and the requested hash seed")
    func fresh() async throws {
        let seen = try await Self.observe(
            RunConditions(seed: 3, interpreter: .fresh(hashSeed: 7), switchInterval: 0.001))
        #expect(seen["preloaded"] == .bool(false))
        #expect(seen["hash"] == .int(try Self.hostHash(seed: 7)))
        #expect(seen["interval"] == .double(0.001))
        // random is seeded the same way in both kinds of run.
        let warm = try await Self.observe(RunConditions(seed: 3))
        #expect(seen["random"] == warm["random"])
    }

    @Test("varied runs differ in seed, hash seed and switch interval")
    func varied() {
        let runs = (1...8).map(RunConditions.varied(run:))
        #expect(Set(runs.map(\.seed)).count == 8)
        #expect(Set(runs.map(\.interpreter)).count == 8)
        #expect(Set(runs.map(\.switchInterval)).count == 4)
    }
}
