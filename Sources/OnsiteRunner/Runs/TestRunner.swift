import Foundation
public import OnsiteCore

/// Runs a folder's tests in the sandbox, the way `python3 -m pytest` would run them.
public struct TestRunner: Sendable {
    public let pool: WorkerPool
    public var limits: RunLimits
    /// Whether a plain folder may be run by the lean path, which reports only "all passed" and
    /// hands everything else to pytest; off, every run goes through pytest.
    public var fastPath: Bool

    public init(pool: WorkerPool, limits: RunLimits = RunLimits(), fastPath: Bool = true) {
        self.pool = pool
        self.limits = limits
        self.fastPath = fastPath
    }

    /// Runs every test pytest collects in `workspace`; `arguments` are passed to pytest after its defaults.
    public func runTests(
        in workspace: Workspace, arguments: [String] = [], conditions: RunConditions = RunConditions()
    ) async throws(RunnerError)
        -> TestRunReport
    {
        var request = WorkerRequest(
            mode: .pytest, files: workspace.files, limits: limits, conditions: conditions, pytestArgs: arguments)
        request.fastPath = fastPath
        let answer = try await pool.run(request)
        return PytestReport.interpret(answer)
    }
}

/// Turns the worker's per-phase pytest reports into one outcome per test.
enum PytestReport {
    static func interpret(_ answer: WorkerAnswer) -> TestRunReport {
        var order: [String] = []
        var tests: [String: TestResult] = [:]
        var exitStatus: Int?
        var problem: String?
        var sawMemoryError = false
        for record in answer.results {
            if let status = record["exitstatus"]?.number { exitStatus = Int(status) }
            if record["memoryError"] != nil { sawMemoryError = true }
            if let crash = record["crash"] { problem = crash["traceback"]?.text ?? crash["message"]?.text }
            guard let id = record["id"]?.text, let outcome = record["outcome"]?.text else { continue }
            let phase = record["when"]?.text ?? "call"
            let message = record["message"]?.text
            let details = record["details"]?.text
            let milliseconds = phase == "call" ? record["ms"]?.number : nil
            if message?.contains("MemoryError") == true { sawMemoryError = true }
            if tests[id] == nil { order.append(id) }
            var result = tests[id] ?? TestResult(id: id, outcome: .passed)
            switch (phase, outcome) {
            case ("collect", _), ("setup", "failed"), ("teardown", "failed"):
                if result.outcome != .failed || phase == "setup" {
                    result = TestResult(id: id, outcome: .error, message: message, details: details)
                }
            case ("setup", "skipped"), ("call", "skipped"):
                result = TestResult(id: id, outcome: .skipped, message: message)
            case ("call", "failed"):
                result = TestResult(id: id, outcome: .failed, message: message, details: details)
            default:
                break
            }
            if let milliseconds { result.durationMs = milliseconds }
            tests[id] = result
        }
        let results = order.compactMap { tests[$0] }
        let status: RunStatus
        if let stop = answer.stop {
            (status, problem) = (stop.status, stop.problem)
        } else {
            status = Self.status(
                answer: answer, results: results, exitStatus: exitStatus, memoryError: sawMemoryError,
                problem: &problem)
        }
        let output = answer.stdout + (answer.stderr.isEmpty ? "" : "\n" + answer.stderr)
        var report = TestRunReport(
            status: status, tests: results, problem: problem, output: output, durationMs: answer.durationMs)
        report.engine = answer.engine
        return report
    }

    private static func status(
        answer: WorkerAnswer, results: [TestResult], exitStatus: Int?, memoryError: Bool, problem: inout String?
    ) -> RunStatus {
        if memoryError {
            problem = problem ?? "the run used more memory than its limit"
            return .memoryLimit
        }
        if let signal = answer.signal {
            if signal == Int(SIGXCPU) {
                problem = "the run used more CPU time than its limit"
                return .timeout
            }
            problem = "the run died on signal \(signal)"
            return .crashed
        }
        let text = results.compactMap(\.message).joined(separator: "\n") + answer.stderr
        if text.contains("[Errno 27] File too large") || text.contains("[Errno 28] No space left on device") {
            problem = "the run wrote a file larger than its limit, or filled its scratch space"
            return .outputLimit
        }
        switch exitStatus {
        case 0: return results.isEmpty ? .error : .passed
        case 1:
            return results.contains { $0.outcome == .error } && !results.contains { $0.outcome == .failed }
                ? .error : .failed
        case 5:
            problem = "no tests were collected (pytest looks for test_*.py and *_test.py files with test_ functions)"
            return .error
        default:
            if results.contains(where: { $0.outcome == .failed }) { return .failed }
            problem =
                problem
                ?? (exitStatus.map { "pytest stopped with exit status \($0)" } ?? "the run ended before pytest finished")
            return .error
        }
    }
}
