import Foundation
import OnsiteCore
import OnsiteRunner

/// Measures one batch of submissions through the warm pool and through fresh interpreters.
struct RunnerBenchmark {
    /// One way of running the batch, with its figures.
    struct Row: Encodable {
        var name: String
        var runs: Int
        var latency: LatencySummary
        /// Latency minus the time inside the tests themselves (warm rows only).
        var overhead: LatencySummary?
        var perSecond: Double
        /// Lean-path share of the runs (warm rows only).
        var leanShare: Double?
        /// Submissions whose outcome was not the planted one.
        var mismatches: Int
    }

    struct Figures: Encodable {
        var submissions: Int
        var testsPerSubmission: Int
        var failingEvery: Int
        var workers: Int
        var python: String
        var rows: [Row]

        struct Goal: Encodable {
            var name: String
            var limit: Double
            var measured: Double?
            var met: Bool
        }

        var goals: [Goal] {
            let lean = rows.first { $0.name == "warm, lean path" }
            let pytest = rows.first { $0.name.contains("pytest only") }
            func goal(_ name: String, _ limit: Double, _ value: Double?, atMost: Bool) -> Goal {
                Goal(
                    name: name, limit: limit, measured: value,
                    met: value.map { atMost ? $0 <= limit : $0 >= limit } ?? false)
            }
            return [
                goal("warm overhead p50 (ms)", 10, lean?.overhead?.p50, atMost: true),
                goal("submissions per second", 200, lean?.perSecond, atMost: false),
                goal("pytest-faithful latency p50 (ms)", 50, pytest?.latency.p50, atMost: true),
            ]
        }

        var json: String {
            struct Document: Encodable {
                var figures: Figures
                var goals: [Goal]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(
                decoding: (try? encoder.encode(Document(figures: self, goals: goals))) ?? Data(), as: UTF8.self)
        }

        var table: String {
            func cell(_ value: Double?, _ width: Int, _ suffix: String = "") -> String {
                let text = value.map { String(format: "%.1f", $0) + suffix } ?? "-"
                return String(repeating: " ", count: max(0, width - text.count)) + text
            }
            var lines = [
                "onsite bench runner: \(submissions) submissions of \(testsPerSubmission) tests, \(workers) workers, \(python)",
                "all pass in the lean-path row; \(failingEvery > 0 ? "one in \(failingEvery)" : "none") with a failing test in the others",
                "",
                "                          runs   p50 ms   p99 ms   overhead p50   overhead p99   per second   lean",
            ]
            for row in rows {
                let name = row.name.padding(toLength: 24, withPad: " ", startingAt: 0)
                lines.append(
                    "\(name)\(cell(Double(row.runs), 6).replacingOccurrences(of: ".0", with: ""))"
                        + "\(cell(row.latency.p50, 9))\(cell(row.latency.p99, 9))"
                        + "\(cell(row.overhead?.p50, 15))\(cell(row.overhead?.p99, 15))\(cell(row.perSecond, 13))"
                        + "\(cell(row.leanShare.map { $0 * 100 }, 7, "%"))")
            }
            lines.append("")
            for goal in goals {
                let measured = goal.measured.map { String(format: "%.1f", $0) } ?? "not measured"
                lines.append(
                    "goal: \(goal.name) \(goal.name.contains("per second") ? "≥" : "≤") \(Int(goal.limit)): \(measured), \(goal.met ? "met" : "NOT met")"
                )
            }
            return lines.joined(separator: "\n")
        }
    }

    let pool: WorkerPool
    let limits: RunLimits
    let workload: RunnerWorkload

    /// Both warm paths, after a warm-up.
    func measureWarmPaths() async -> Result<[Row], RunnerError> {
        do throws(RunnerError) {
            try await warmUp()
            var rows = [
                try await measureWarm(
                    name: "warm, lean path", fastPath: true,
                    workload: RunnerWorkload(count: workload.submissions.count, failingEvery: 0))
            ]
            if workload.submissions.contains(where: \.failing) {
                rows.append(try await measureWarm(name: "warm, lean, some failing", fastPath: true, workload: workload))
            }
            rows.append(try await measureWarm(name: "warm, pytest only", fastPath: false, workload: workload))
            return .success(rows)
        } catch {
            return .failure(error)
        }
    }

    /// A few runs of each path, not counted, so that every worker has served before timing starts.
    func warmUp() async throws(RunnerError) {
        for submission in workload.submissions.prefix(pool.size * 2) {
            for fastPath in [true, false] {
                _ = try await TestRunner(pool: pool, limits: limits, fastPath: fastPath)
                    .runTests(in: Workspace(files: submission.files))
            }
        }
    }

    func measureWarm(name: String, fastPath: Bool, workload: RunnerWorkload) async throws(RunnerError) -> Row {
        let runner = TestRunner(pool: pool, limits: limits, fastPath: fastPath)
        var latencies: [Double] = []
        var overheads: [Double] = []
        var lean = 0
        var mismatches = 0
        for submission in workload.submissions {
            let started = ContinuousClock.now
            let report = try await runner.runTests(in: Workspace(files: submission.files))
            let elapsed = (ContinuousClock.now - started).milliseconds
            latencies.append(elapsed)
            overheads.append(max(0, elapsed - report.testsMs))
            if report.engine == "lean" { lean += 1 }
            if report.status != (submission.failing ? .failed : .passed) || report.tests.count != 10 { mismatches += 1 }
        }
        let started = ContinuousClock.now
        let statuses = await withTaskGroup(of: RunStatus?.self) { group in
            for submission in workload.submissions {
                group.addTask { try? await runner.runTests(in: Workspace(files: submission.files)).status }
            }
            return await group.reduce(into: [RunStatus?]()) { $0.append($1) }
        }
        let seconds = (ContinuousClock.now - started).milliseconds / 1000
        let expectedFailures = workload.submissions.filter(\.failing).count
        mismatches += statuses.filter { $0 == .failed }.count == expectedFailures ? 0 : 1
        mismatches += statuses.contains(nil) ? 1 : 0
        return Row(
            name: name, runs: workload.submissions.count, latency: LatencySummary(latencies),
            overhead: LatencySummary(overheads), perSecond: Double(statuses.count) / seconds,
            leanShare: Double(lean) / Double(workload.submissions.count), mismatches: mismatches)
    }

    /// `python3 -m pytest` started anew per submission, outside any sandbox: one at a time for
    /// latency, then `jobs` at a time for throughput.
    static func measureFresh(workload: RunnerWorkload, count: Int, python: String, jobs: Int) async throws -> Row {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let chosen = workload.with(Array(workload.submissions.prefix(count)))
        let folders = try chosen.write(below: root)
        var latencies: [Double] = []
        var mismatches = 0
        for (folder, submission) in zip(folders, chosen.submissions) {
            let started = ContinuousClock.now
            let status = try await pytest(python: python, folder: folder)
            latencies.append((ContinuousClock.now - started).milliseconds)
            if status != (submission.failing ? 1 : 0) { mismatches += 1 }
        }
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Int32.self) { group in
            var next = 0
            for _ in 0..<max(1, jobs) where next < folders.count {
                let folder = folders[next]
                group.addTask { try await pytest(python: python, folder: folder) }
                next += 1
            }
            while try await group.next() != nil {
                if next < folders.count {
                    let folder = folders[next]
                    group.addTask { try await pytest(python: python, folder: folder) }
                    next += 1
                }
            }
        }
        let seconds = (ContinuousClock.now - started).milliseconds / 1000
        return Row(
            name: "fresh python3 -m pytest", runs: folders.count, latency: LatencySummary(latencies), overhead: nil,
            perSecond: Double(folders.count) / seconds, leanShare: nil, mismatches: mismatches)
    }

    private static func pytest(python: String, folder: URL) async throws -> Int32 {
        try await withCheckedThrowingContinuation { continuation in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-m", "pytest", "-q", "-p", "no:cacheprovider"]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }
}

extension RunnerWorkload {
    fileprivate func with(_ submissions: [Submission]) -> RunnerWorkload {
        var copy = self
        copy.submissions = submissions
        return copy
    }
}
