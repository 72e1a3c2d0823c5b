import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteRunner

/// `onsite bench …`: benchmarks that print figures.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure onsite's speed and print the figures.",
        subcommands: [RunnerBench.self, GraderBench.self, HTTPBench.self])
}

/// `onsite bench runner`: the warm pool against a fresh `python3 -m pytest`, in one run.
struct RunnerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runner",
        abstract: "Latency and throughput of the warm sandbox pool, next to a fresh python3 -m pytest.",
        discussion: """
            Runs a batch of small submissions (a module and ten tests each) several ways in the \
            same run, one at a time for latency and all queued at once for throughput. Overhead \
            is latency minus the time spent inside the tests themselves.

            warm, lean path: the default path, every submission passing.
            warm, lean, some failing: one submission in --failing-every fails a test and goes \
            to pytest after the lean try.
            warm, pytest only: every run through pytest in a forked warm worker.
            fresh python3 -m pytest: started anew per submission, no sandbox, --jobs at a time.

            Goals: warm overhead at most 10 ms p50, at least 200 submissions/s, \
            pytest-faithful runs at most 50 ms p50.
            """)

    @Option(help: ArgumentHelp("Submissions in the batch.", valueName: "n"))
    var submissions = 200

    @Option(help: ArgumentHelp("How many of them also run under a fresh python3 -m pytest.", valueName: "n"))
    var baseline = 40

    @Option(help: ArgumentHelp("Every n-th submission has one failing test (0: none fail).", valueName: "n"))
    var failingEvery = 10

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @OptionGroup var sandbox: SandboxOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (10...10_000).contains(submissions) else { throw ValidationError("--submissions must be 10 to 10000") }
        guard (0...submissions).contains(baseline) else {
            throw ValidationError("--baseline must be 0 to --submissions")
        }
        guard failingEvery >= 0 else { throw ValidationError("--failing-every must be 0 or more") }
    }

    func run() async throws {
        _ = global.makeLogger()
        let workload = RunnerWorkload(count: submissions, failingEvery: failingEvery)
        let pool = try await sandbox.startPool()
        let python = ProcessInfo.processInfo.environment["ONSITE_PYTHON"] ?? "/usr/bin/python3"
        let benchmark = RunnerBenchmark(pool: pool, limits: sandbox.limits, workload: workload)
        let warm = await benchmark.measureWarmPaths()
        await pool.shutdown()
        var rows: [RunnerBenchmark.Row]
        switch warm {
        case .success(let measured): rows = measured
        case .failure(let error):
            printError("onsite bench runner: \(error.message)")
            throw ExitCode(2)
        }
        if baseline > 0 {
            rows.append(
                try await RunnerBenchmark.measureFresh(
                    workload: workload, count: baseline, python: python, jobs: pool.size))
        }
        let result = RunnerBenchmark.Figures(
            submissions: submissions, testsPerSubmission: 10, failingEvery: failingEvery, workers: pool.size,
            python: python,
            rows: rows)
        print(json ? result.json : result.table)
        if rows.contains(where: { $0.mismatches > 0 }) {
            printError("onsite bench runner: some outcomes were not the expected ones; the figures are not valid")
            throw ExitCode.failure
        }
    }
}
