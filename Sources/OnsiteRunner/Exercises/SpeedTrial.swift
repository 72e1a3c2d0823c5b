public import OnsiteCore

/// Times the original code and a submission on the same large input, side by side on one worker.
///
/// Each timed run starts a fresh interpreter, imports the module, builds the input, tells the worker it is ready and waits;
/// the worker starts its clock, lets the call run, and stops the clock when the answer arrives.
/// The two versions alternate for several rounds and the best time of each counts, so that
/// noise from the machine falls on both. The submission's answer must equal the original's.
public struct SpeedTrial: Sendable {
    /// What the trial found.
    public enum Outcome: Hashable, Sendable {
        case measured(SubmissionReport.Speed)
        /// The trial could not compare the two: the reason, in words.
        case failed(String)
    }

    public let pool: WorkerPool
    public var rounds: Int
    public var limits: RunLimits

    public init(
        pool: WorkerPool, rounds: Int = 3,
        limits: RunLimits = RunLimits(wallSeconds: 30, cpuSeconds: 30, memoryBytes: 1 << 30)
    ) {
        self.pool = pool
        self.rounds = rounds
        self.limits = limits
    }

    public func compare(
        baseline: Workspace, submission: Workspace, suite: HiddenSuite, benchmark: Benchmark
    ) async throws(RunnerError) -> Outcome {
        guard let module = suite.module else { return .failed("the exercise names no module to time") }
        func request(_ workspace: Workspace) -> WorkerRequest {
            // A fresh interpreter for every timed run: a warm worker's heap carries the history of
            // earlier runs, which can change how fast the same code runs by ten times or more
            // (string concatenation that reallocates in place or copies).
            var request = WorkerRequest(
                mode: .bench, files: workspace.files, limits: limits,
                conditions: RunConditions(interpreter: .fresh(hashSeed: 0)), module: module, setup: suite.setup)
            request.benchSetup = benchmark.setup
            request.call = benchmark.call
            return request
        }
        let requests = (0..<max(1, rounds)).flatMap { _ in [request(baseline), request(submission)] }
        let answers = try await pool.runInOrder(requests)
        var baselineTimes: [Double] = []
        var submissionTimes: [Double] = []
        var baselineValue: JSONValue?
        for (index, answer) in answers.enumerated() {
            let isBaseline = index.isMultiple(of: 2)
            let who = isBaseline ? "the original code" : "your code"
            if let stop = answer.stop { return .failed("\(who) did not finish the timed call: \(stop.problem)") }
            if let setupError = answer.results.first(where: { $0["setupError"] != nil })?["setupError"] {
                return .failed("\(who) failed before the timed call: \(Self.describe(setupError))")
            }
            if let raised = answer.results.first(where: { $0["raised"] != nil })?["raised"] {
                return .failed("\(who) raised on the large input: \(Self.describe(raised))")
            }
            guard let value = answer.results.first(where: { $0["value"] != nil })?["value"],
                let milliseconds = answer.timedMs
            else { return .failed("\(who) ended the timed call without an answer") }
            if isBaseline {
                baselineValue = baselineValue ?? value
                baselineTimes.append(milliseconds)
            } else {
                if let expected = baselineValue, !HiddenCaseJudge.matches(expected, value) {
                    return .failed("on the large input your code returns a different result from the original's")
                }
                submissionTimes.append(milliseconds)
            }
        }
        guard let baselineBest = baselineTimes.min(), let submissionBest = submissionTimes.min() else {
            return .failed("nothing was timed")
        }
        return .measured(
            SubmissionReport.Speed(baselineMs: baselineBest, submissionMs: submissionBest, target: benchmark.speedup))
    }

    private static func describe(_ error: JSONValue) -> String {
        let type = error["type"]?.text ?? "an error"
        let message = error["message"]?.text ?? ""
        return message.isEmpty ? type : "\(type): \(message)"
    }
}
