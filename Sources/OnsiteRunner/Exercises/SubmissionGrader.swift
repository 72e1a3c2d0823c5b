public import OnsiteCore

/// Grades a submission to an exercise: visible tests, hidden cases, and what its kind of task
/// asks for (unchanged tests, better quality, a speed-up, many varied runs, caught mutants).
///
/// Expectations never enter the sandbox: hidden cases are judged here, the timed comparison
/// checks the submission's answer against the original's here, and the visible tests that
/// count are always the exercise's own, whatever the submission did to its copy of them.
public struct SubmissionGrader: Sendable {
    public let pool: WorkerPool
    public var limits: RunLimits
    public var linter: RuffLinter?
    /// How many varied runs a flaky task gets at most (its own `repeat` when lower).
    public var maximumRepeats: Int
    /// How many times each side of an optimise task's timed comparison runs; the best counts.
    public var speedRounds: Int

    public init(
        pool: WorkerPool, limits: RunLimits = RunLimits(), linter: RuffLinter?, maximumRepeats: Int = 30,
        speedRounds: Int = 3
    ) {
        self.pool = pool
        self.limits = limits
        self.linter = linter
        self.maximumRepeats = maximumRepeats
        self.speedRounds = speedRounds
    }

    /// Grades `submission`, the folder the candidate edited, against `exercise`.
    public func grade(_ submission: Workspace, for exercise: Exercise) async throws(RunnerError) -> SubmissionReport {
        var report = SubmissionReport(exercise: exercise.id, task: exercise.task)
        switch exercise.task {
        case .review:
            throw RunnerError(.badInput, "a review is graded as an answer, not by running code")
        case .writeTests:
            try await gradeTests(submission, of: exercise, into: &report)
            return report
        case .implement:
            try await runChecks(on: submission, exercise: exercise, into: &report)
            report.measures = try await QualityMeter(pool: pool, linter: linter).measure(submission)
        case .fix, .refactor, .optimise, .flaky:
            let changed = ExerciseWorkspaces.changedTestFiles(submission, starter: exercise)
            report.checks.append(
                SubmissionReport.Check(
                    name: "tests unchanged", passed: changed.isEmpty,
                    summary: changed.isEmpty
                        ? "the test files are as given"
                        : "the task is to change the code, not the tests; these were changed: "
                            + changed.joined(separator: ", "),
                    details: changed.isEmpty ? [] : ["they were graded with their original contents"]))
            let graded = ExerciseWorkspaces.withOriginalTests(submission, of: exercise)
            try await runChecks(on: graded, exercise: exercise, into: &report)
            switch exercise.task {
            case .refactor:
                try await checkQuality(
                    before: ExerciseWorkspaces.starter(of: exercise), after: graded, into: &report)
            case .optimise:
                try await checkSpeed(of: graded, exercise: exercise, into: &report)
            case .flaky:
                try await checkRepeatedRuns(of: graded, exercise: exercise, into: &report)
            default:
                break
            }
            if report.measures == nil {
                report.measures = try await QualityMeter(pool: pool, linter: linter).measure(graded)
            }
        }
        return report
    }

    // MARK: - Checks

    private func runChecks(
        on workspace: Workspace, exercise: Exercise, into report: inout SubmissionReport
    )
        async throws(RunnerError)
    {
        let tests = try await TestRunner(pool: pool, limits: limits).runTests(in: workspace)
        report.visibleTests = tests
        report.checks.append(Self.visibleCheck(tests))
        guard let suite = exercise.hidden, !suite.cases.isEmpty else { return }
        let verdicts = try await CaseRunner(pool: pool, limits: limits).run(suite, in: workspace)
        report.hiddenCases = verdicts
        report.checks.append(Self.hiddenCheck(verdicts))
    }

    static func visibleCheck(_ tests: TestRunReport) -> SubmissionReport.Check {
        let counts = tests.counts
        let passed = counts[.passed] ?? 0
        let failing = tests.tests.filter { $0.outcome == .failed || $0.outcome == .error }
        var details = failing.map { "\($0.outcome.rawValue): \($0.id)\($0.message.map { " - \($0)" } ?? "")" }
        if let problem = tests.problem { details.append(problem) }
        return SubmissionReport.Check(
            name: "visible tests", passed: tests.status == .passed,
            summary: tests.status == .passed
                ? "\(passed) of \(tests.tests.count) passed"
                : "\(tests.status.phrase): \(passed) of \(tests.tests.count) passed", details: details)
    }

    static func hiddenCheck(_ verdicts: [HiddenCaseVerdict]) -> SubmissionReport.Check {
        let failing = verdicts.filter { !$0.passed }
        return SubmissionReport.Check(
            name: "hidden cases", passed: failing.isEmpty,
            summary: "\(verdicts.count - failing.count) of \(verdicts.count) passed",
            details: failing.map { "\($0.name): \($0.observed)" })
    }

    private func checkQuality(
        before: Workspace, after: Workspace, into report: inout SubmissionReport
    )
        async throws(RunnerError)
    {
        let meter = QualityMeter(pool: pool, linter: linter)
        let measured = try await meter.measure(after)
        let comparison = QualityComparison(before: try await meter.measure(before), after: measured)
        report.quality = comparison
        report.measures = measured
        let lines = comparison.metrics.map { metric in
            let trend = metric.improved ? "better" : metric.worsened ? "worse" : "unchanged"
            return "\(metric.name): \(metric.before) → \(metric.after) (\(trend))"
        }
        report.checks.append(
            SubmissionReport.Check(
                name: "quality improved", passed: comparison.improved,
                summary: comparison.improved
                    ? "no measure got worse and \(comparison.metrics.filter(\.improved).count) got better"
                    : "the measures must not get worse and at least one must get better",
                details: lines + comparison.notes))
    }

    private func checkSpeed(
        of workspace: Workspace, exercise: Exercise, into report: inout SubmissionReport
    )
        async throws(RunnerError)
    {
        guard let suite = exercise.hidden, let benchmark = suite.benchmark else { return }
        let outcome = try await SpeedTrial(pool: pool, rounds: speedRounds).compare(
            baseline: ExerciseWorkspaces.starter(of: exercise), submission: workspace, suite: suite,
            benchmark: benchmark)
        switch outcome {
        case .measured(let speed):
            report.speed = speed
            let passed = speed.speedup >= speed.target
            report.checks.append(
                SubmissionReport.Check(
                    name: "speed-up", passed: passed,
                    summary: String(
                        format: "%.1fx faster on the large input (target %.1fx)", speed.speedup, speed.target),
                    details: [
                        String(
                            format: "original: %.1f ms, yours: %.1f ms (best of each)", speed.baselineMs,
                            speed.submissionMs)
                    ]))
        case .failed(let reason):
            report.checks.append(SubmissionReport.Check(name: "speed-up", passed: false, summary: reason))
        }
    }

    private func checkRepeatedRuns(
        of workspace: Workspace, exercise: Exercise, into report: inout SubmissionReport
    )
        async throws(RunnerError)
    {
        let runs = min(maximumRepeats, exercise.hidden?.repeatCount ?? 20)
        let failures = try await RepeatedRuns(pool: pool, limits: limits).failures(
            of: workspace, suite: exercise.hidden, runs: runs)
        let varied = "each with its own random seed, hash seed and thread switch interval"
        report.checks.append(
            SubmissionReport.Check(
                name: "repeated runs", passed: failures.isEmpty,
                summary: failures.isEmpty
                    ? "all \(runs) runs passed, \(varied)"
                    : "run \(failures[0].run) of \(runs) failed (\(varied))",
                details: failures.prefix(5).map { "run \($0.run): \($0.reason)" }))
    }

    private func gradeTests(
        _ submission: Workspace, of exercise: Exercise, into report: inout SubmissionReport
    )
        async throws(RunnerError)
    {
        // The candidate's test files on the exercise's own implementation.
        let code = ExerciseWorkspaces.withCandidateTests(submission, of: exercise)
        let runner = TestRunner(pool: pool, limits: limits)
        let onCorrect = try await runner.runTests(in: code)
        report.visibleTests = onCorrect
        var check = Self.visibleCheck(onCorrect)
        check.name = "your tests pass on the correct code"
        report.checks.append(check)
        guard onCorrect.status == .passed else { return }
        for mutant in exercise.hidden?.mutants ?? [] {
            let mutated = code.overlaying(Dictionary(mutant.files.map { ($0.path, $0.contents) }) { _, last in last })
            let result = try await runner.runTests(in: mutated)
            report.mutants.append(
                SubmissionReport.MutantResult(
                    name: mutant.name, description: mutant.description, killed: result.status != .passed))
        }
        let survivors = report.mutants.filter { !$0.killed }
        report.checks.append(
            SubmissionReport.Check(
                name: "planted bugs caught", passed: survivors.isEmpty,
                summary: "\(report.mutants.count - survivors.count) of \(report.mutants.count) caught",
                details: survivors.map { "not caught: \($0.description)" }))
    }
}
