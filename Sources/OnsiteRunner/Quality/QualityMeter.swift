public import OnsiteCore

/// Measures a workspace's code quality: function measures from the sandbox, findings from ruff.
public struct QualityMeter: Sendable {
    public let pool: WorkerPool
    /// `nil` when ruff is not installed; measures then come without lint findings.
    public var linter: RuffLinter?

    public init(pool: WorkerPool, linter: RuffLinter?) {
        self.pool = pool
        self.linter = linter
    }

    /// Every function's length, nesting and complexity, and the lint findings, for the files that are not tests.
    public func measure(_ workspace: Workspace) async throws(RunnerError) -> QualityMeasures {
        let limits = RunLimits(wallSeconds: 20, cpuSeconds: 20, memoryBytes: 512 << 20)
        let answer = try await pool.run(WorkerRequest(mode: .metrics, files: workspace.files, limits: limits))
        if let stop = answer.stop { throw RunnerError(.workerFailed, "measuring the code failed: \(stop.problem)") }
        var functions: [FunctionMeasure] = []
        var unreadable: [String: String] = [:]
        for record in answer.results {
            guard let file = record["file"]?.text else { continue }
            if let error = record["error"]?.text { unreadable[file] = error }
            guard case .array(let items) = record["functions"] else { continue }
            for item in items {
                guard let name = item["name"]?.text else { continue }
                func number(_ key: String) -> Int { Int(item[key]?.number ?? 0) }
                functions.append(
                    FunctionMeasure(
                        file: file, name: name, line: number("line"), length: number("length"),
                        nesting: number("nesting"), complexity: number("complexity")))
            }
        }
        let findings = try linter?.findings(in: workspace)
        return QualityMeasures(functions: functions, findings: findings, unreadable: unreadable)
    }
}
