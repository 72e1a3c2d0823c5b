public import OnsiteCore

/// Runs a workspace's tests and hidden cases many times under varied conditions, to show that a
/// fix for an order-, time- or concurrency-dependent bug holds and is not luck.
public struct RepeatedRuns: Sendable {
    /// A run that did not pass, and why.
    public struct Failure: Hashable, Sendable {
        public var run: Int
        public var reason: String
    }

    public let pool: WorkerPool
    public var limits: RunLimits

    public init(pool: WorkerPool, limits: RunLimits = RunLimits()) {
        self.pool = pool
        self.limits = limits
    }

    /// Runs up to `runs` times, each run `i` under ``RunConditions/varied(run:)``, as many at a
    /// time as the pool has workers, and stops after the first wave with a failure. Returns the
    /// failed runs of that wave, in order; none when every run passed.
    public func failures(
        of workspace: Workspace, suite: HiddenSuite?, runs: Int
    ) async throws(RunnerError)
        -> [Failure]
    {
        var completed = 0
        var failures: [Failure] = []
        let total = max(1, runs)
        while completed < total, failures.isEmpty {
            let wave = (completed + 1)...min(total, completed + pool.size)
            failures = try await self.wave(wave, of: workspace, suite: suite)
            completed = wave.upperBound
        }
        return failures
    }

    private func wave(
        _ runs: ClosedRange<Int>, of workspace: Workspace, suite: HiddenSuite?
    )
        async throws(RunnerError) -> [Failure]
    {
        let tests = TestRunner(pool: pool, limits: limits)
        let cases = CaseRunner(pool: pool, limits: limits)
        let outcome = await withTaskGroup(of: Result<Failure?, RunnerError>.self) { group in
            for run in runs {
                group.addTask {
                    do throws(RunnerError) {
                        let conditions = RunConditions.varied(run: run)
                        let report = try await tests.runTests(in: workspace, conditions: conditions)
                        if report.status != .passed {
                            let first = report.tests.first { $0.outcome == .failed || $0.outcome == .error }
                            let reason =
                                first.map { "\($0.id) \($0.outcome.rawValue)\($0.message.map { ": \($0)" } ?? "")" }
                                ?? report.problem ?? report.status.phrase
                            return .success(Failure(run: run, reason: reason))
                        }
                        if let suite {
                            let verdicts = try await cases.run(suite, in: workspace, conditions: conditions)
                            if let failed = verdicts.first(where: { !$0.passed }) {
                                return .success(
                                    Failure(run: run, reason: "hidden case \(failed.name): \(failed.observed)"))
                            }
                        }
                        return .success(nil)
                    } catch {
                        return .failure(error)
                    }
                }
            }
            var failures: [Failure] = []
            for await result in group {
                switch result {
                case .success(let failure): if let failure { failures.append(failure) }
                case .failure(let error): return Result<[Failure], RunnerError>.failure(error)
                }
            }
            return .success(failures.sorted { $0.run < $1.run })
        }
        return try outcome.get()
    }
}
