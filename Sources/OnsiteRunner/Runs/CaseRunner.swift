public import OnsiteCore

/// Runs hidden cases: the calls go into the sandbox, the expectations stay here.
public struct CaseRunner: Sendable {
    public let pool: WorkerPool
    public var limits: RunLimits

    public init(pool: WorkerPool, limits: RunLimits = RunLimits()) {
        self.pool = pool
        self.limits = limits
    }

    /// Evaluates each case's call against `workspace` and judges it; one verdict per case, in order.
    public func run(
        _ suite: HiddenSuite, in workspace: Workspace, conditions: RunConditions = RunConditions()
    ) async throws(RunnerError) -> [HiddenCaseVerdict] {
        guard let module = suite.module else { return [] }
        let request = WorkerRequest(
            mode: .cases, files: workspace.files, limits: limits, conditions: conditions, module: module,
            setup: suite.setup, calls: suite.cases.map { WorkerRequest.Call(call: $0.call) })
        let answer = try await pool.run(request)
        var outcomes: [Int: CallOutcome] = [:]
        var stopped = answer.stop?.problem
        for record in answer.results {
            if let setupError = record["setupError"] {
                let type = setupError["type"]?.text ?? "an error"
                let message = setupError["message"]?.text ?? ""
                stopped = "the module or setup failed to load: \(type)\(message.isEmpty ? "" : ": \(message)")"
            }
            guard let index = record["case"]?.number.map(Int.init) else { continue }
            if let value = record["value"] {
                outcomes[index] = .returned(value)
            } else if let raised = record["raised"] {
                let lineage: [String]
                if case .array(let names) = raised["mro"] { lineage = names.compactMap(\.text) } else { lineage = [] }
                outcomes[index] = .raised(
                    type: raised["type"]?.text ?? "Exception", lineage: lineage, message: raised["message"]?.text ?? "")
            }
        }
        return suite.cases.enumerated().map { index, hiddenCase in
            HiddenCaseJudge.judge(hiddenCase, outcomes[index] ?? .missing(reason: stopped ?? "the call never finished"))
        }
    }
}
