public import OnsiteCore

/// Checks interview code in the sandbox: the answer module written over the starter files,
/// graded by ``SubmissionGrader`` like any submission, and summed up as an ``ExerciseOutcome``.
public struct SandboxExerciseChecker: ExerciseChecking {
    public let grader: SubmissionGrader

    public init(grader: SubmissionGrader) {
        self.grader = grader
    }

    public func outcome(of code: String, for exercise: Exercise) async throws -> ExerciseOutcome {
        guard let module = exercise.answerModule else { return .notRun("the exercise has no module to write") }
        let workspace = ExerciseWorkspaces.starter(of: exercise).overlaying([module: code])
        do {
            return ExerciseOutcome(try await grader.grade(workspace, for: exercise))
        } catch {
            return .notRun("the code could not be run: \(error.message)")
        }
    }
}
