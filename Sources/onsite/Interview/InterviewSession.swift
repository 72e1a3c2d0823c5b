import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteRunner
import OnsiteStore

/// One terminal interview: asks, stores each answer before grading it, grades or runs it,
/// stores the interview's state after every step, and prints feedback unless in real mode.
struct InterviewSession {
    let engine: InterviewEngine
    let store: SQLiteStore
    let output: InterviewOutput
    let sandbox: SandboxOptions
    /// Where prompts and feedback go: standard output, or standard error when stdout carries JSON.
    let say: (String) -> Void
    var pool: WorkerPool?

    static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }

    /// Stores the interview's state (and status).
    func save(_ interview: Interview) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let state = try encoder.encode(interview)
        let created = Date(timeIntervalSince1970: Double(interview.startedAt) / 1000)
        try store.save(
            StoredInterview(
                id: interview.id, format: interview.settings.format.rawValue,
                status: interview.isFinished ? .finished : .inProgress, createdAt: created, updatedAt: Date(),
                state: state))
    }

    static func decode(_ stored: StoredInterview) throws -> Interview {
        do {
            return try JSONDecoder().decode(Interview.self, from: stored.state)
        } catch {
            throw ValidationError(
                "the stored interview \(stored.id) cannot be read by this version of onsite: \(error.localizedDescription)"
            )
        }
    }

    /// Applies answers that were stored but not yet applied (the program stopped between storing
    /// an answer and storing the state), so a resumed interview loses nothing.
    mutating func replayUnapplied(_ interview: inout Interview) async throws {
        let stored = try store.answers(inInterview: interview.id).filter { $0.turn >= interview.turns.count }
        for answer in stored where answer.turn == interview.turns.count && !interview.isFinished {
            say(output.paint("Applying your stored answer to \(answer.questionID) from before the interruption.", .dim))
            try await apply(answer.text, storedAs: answer.id, to: &interview)
            if !interview.settings.realMode, let turn = interview.turns.last {
                say(output.feedback(turn, rubric: engine.rubric(for: turn, in: interview)))
            }
        }
    }

    /// Asks until the interview ends or the input does. Returns whether the interview finished.
    mutating func run(_ interview: inout Interview, reader: AnswerReader) async throws -> Bool {
        if let draft = interview.draft, !draft.isEmpty {
            say(output.paint("You left with this answer unfinished; it is kept here to copy:", .yellow) + "\n" + draft)
            interview.draft = nil
            try save(interview)
        }
        while let progress = engine.progress(of: interview, now: Self.now()) {
            let exercise = progress.kind == .exercise && progress.followUp == 0 ? engine.exercise(progress.itemID) : nil
            say(output.prompt(progress, exercise: exercise, module: exercise?.answerModule))
            guard let text = reader.next() else {
                try save(interview)
                say(
                    output.paint(
                        "\nInput ended; the interview is saved. Continue with: onsite interview --resume", .yellow))
                return false
            }
            let pending = interview.pending!
            let item = interview.assessments[pending.assessment].items[pending.item]
            let id = try store.record(
                StoredAnswer(
                    interviewID: interview.id, turn: interview.turns.count, questionID: item.id.description,
                    area: item.area, prompt: pending.text, text: text, submittedAt: Date()))
            try await apply(text, storedAs: id, to: &interview)
            if !interview.settings.realMode, let turn = interview.turns.last {
                say(output.feedback(turn, rubric: engine.rubric(for: turn, in: interview)))
            }
        }
        return true
    }

    /// Grades or runs one stored answer, attaches the result to it, and stores the state.
    private mutating func apply(_ text: String, storedAs id: Int64?, to interview: inout Interview) async throws {
        guard let pending = interview.pending else { return }
        let item = interview.assessments[pending.assessment].items[pending.item]
        let turn: Turn
        if item.kind == .exercise && pending.followUp == 0 && !InterviewEngine.isSkip(text),
            let exercise = engine.exercise(item.id)
        {
            say(output.paint("Running your code against the tests…", .dim))
            let outcome = try await run(text, for: exercise)
            turn = try engine.submit(text, outcome: outcome, in: &interview, now: Self.now())
        } else {
            turn = try engine.answer(text, in: &interview, now: Self.now())
        }
        if let id {
            if let judgement = turn.judgement {
                try store.attach(
                    judgement: try JSONEncoder().encode(judgement), score: judgement.score, grade: judgement.grade,
                    toAnswer: id)
                // What the answer missed comes back in `onsite review`.
                if pending.followUp == 0 && engine.bank.question(item.id) != nil {
                    try ReviewCards(store: store).addCards(for: judgement, question: item.id, at: Date())
                }
            } else if let outcome = turn.exercise {
                try store.attach(
                    judgement: try JSONEncoder().encode(outcome), score: outcome.score,
                    grade: GradeScale.grade(forScore: outcome.score), toAnswer: id)
            }
        }
        try save(interview)
    }

    private mutating func run(_ code: String, for exercise: Exercise) async throws -> ExerciseOutcome {
        if pool == nil { pool = try await sandbox.startPool() }
        guard let pool, let module = exercise.answerModule else {
            return ExerciseOutcome(
                checksPassed: 0, checks: 1, summary: ["the exercise has no module to write"], lintFindings: nil)
        }
        let files = Dictionary(exercise.starterFiles.map { ($0.path, $0.contents) }) { first, _ in first }
        let workspace = Workspace(files: files).overlaying([module: code])
        let grader = SubmissionGrader(
            pool: pool, limits: sandbox.limits, linter: RuffLinter.locate(folders: RunnerSetup.toolFolders()))
        do {
            let report = try await grader.grade(workspace, for: exercise)
            return ExerciseOutcome(
                checksPassed: report.checks.filter(\.passed).count, checks: report.checks.count,
                summary: report.checks.map { "\($0.passed ? "✓" : "✗") \($0.name): \($0.summary)" },
                lintFindings: report.measures?.findings?.count)
        } catch {
            return ExerciseOutcome(
                checksPassed: 0, checks: 1, summary: ["the code could not be run: \(error.message)"], lintFindings: nil)
        }
    }
}
