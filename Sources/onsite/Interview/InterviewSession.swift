import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteRunner
import OnsiteStore

/// One terminal interview: asks, hands each answer to the ``InterviewConductor`` (which stores it
/// before judging it and stores the state after), and prints feedback unless in real mode.
struct InterviewSession {
    let conductor: InterviewConductor
    let output: InterviewOutput
    /// Where prompts and feedback go: standard output, or standard error when stdout carries JSON.
    let say: (String) -> Void

    var engine: InterviewEngine { conductor.engine }

    /// Applies answers that were stored but not yet applied, printing their feedback.
    func replayUnapplied(_ interview: inout Interview) async throws {
        let unapplied = try conductor.store.answers(inInterview: interview.id).first {
            $0.turn == interview.turns.count
        }
        if let unapplied, !interview.isFinished {
            say(
                output.paint(
                    "Applying your stored answer to \(unapplied.questionID) from before the interruption.", .dim))
        }
        for turn in try await conductor.replayUnapplied(&interview, at: Date()) { showFeedback(turn, in: interview) }
    }

    /// Asks until the interview ends or the input does. Returns whether the interview finished.
    func run(_ interview: inout Interview, reader: AnswerReader) async throws -> Bool {
        if let draft = interview.draft, !draft.isEmpty {
            say(output.paint("You left with this answer unfinished; it is kept here to copy:", .yellow) + "\n" + draft)
            interview.draft = nil
            try conductor.save(interview, at: Date())
        }
        while let progress = engine.progress(of: interview, now: InterviewConductor.milliseconds(Date())) {
            let exercise = progress.kind == .exercise && progress.followUp == 0 ? engine.exercise(progress.itemID) : nil
            say(output.prompt(progress, exercise: exercise, module: exercise?.answerModule))
            guard let text = reader.next() else {
                try conductor.save(interview, at: Date())
                say(
                    output.paint(
                        "\nInput ended; the interview is saved. Continue with: onsite interview --resume", .yellow))
                return false
            }
            if exercise != nil && !InterviewEngine.isSkip(text) {
                say(output.paint("Running your code against the tests…", .dim))
            }
            let turn = try await conductor.answer(text, in: &interview, at: Date())
            showFeedback(turn, in: interview)
        }
        return true
    }

    private func showFeedback(_ turn: Turn, in interview: Interview) {
        guard !interview.settings.realMode else { return }
        say(output.feedback(turn, rubric: engine.rubric(for: turn, in: interview)))
    }
}

/// Starts the sandbox on the first code answer, so interviews without code never start it.
actor LazySandboxChecker: ExerciseChecking {
    let sandbox: SandboxOptions
    private var pool: WorkerPool?

    init(sandbox: SandboxOptions) {
        self.sandbox = sandbox
    }

    func outcome(of code: String, for exercise: Exercise) async throws -> ExerciseOutcome {
        let pool = try await startedPool()
        let grader = SubmissionGrader(
            pool: pool, limits: sandbox.limits, linter: RuffLinter.locate(folders: RunnerSetup.toolFolders()))
        return try await SandboxExerciseChecker(grader: grader).outcome(of: code, for: exercise)
    }

    private func startedPool() async throws -> WorkerPool {
        if let pool { return pool }
        let started = try await sandbox.startPool()
        pool = started
        return started
    }

    /// Stops the sandbox's workers, if they were started.
    func shutdown() async {
        await pool?.shutdown()
        pool = nil
    }
}
