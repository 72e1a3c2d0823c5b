/// Runs the code a candidate submitted for an exercise and says how it did.
///
/// The seam between the interview, which is pure, and the sandbox: the runner implements it,
/// the CLI and the web app hand it to ``InterviewEngine``'s callers.
public protocol ExerciseChecking: Sendable {
    /// The verdict on `code` written as the exercise's ``Exercise/answerModule``.
    ///
    /// Code that fails, or cannot be run, is a verdict too (no check passed, and why). It throws
    /// only when the checker itself is unavailable (the sandbox cannot start): the answer then
    /// stays stored and unapplied, to be checked when the interview resumes.
    func outcome(of code: String, for exercise: Exercise) async throws -> ExerciseOutcome
}

extension ExerciseOutcome {
    /// The interview's summary of a full submission report: one line per check.
    public init(_ report: SubmissionReport) {
        self.init(
            checksPassed: report.checks.filter(\.passed).count, checks: report.checks.count,
            summary: report.checks.map { "\($0.passed ? "✓" : "✗") \($0.name): \($0.summary)" },
            lintFindings: report.measures?.findings?.count)
    }

    /// The verdict on code that could not be run at all.
    public static func notRun(_ reason: String) -> ExerciseOutcome {
        ExerciseOutcome(checksPassed: 0, checks: 1, summary: [reason], lintFindings: nil)
    }
}
