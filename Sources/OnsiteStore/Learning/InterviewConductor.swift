public import Foundation
public import OnsiteCore

/// Conducts a stored mock interview: starts it, stores every answer before judging it, runs
/// submitted code through ``ExerciseChecking``, and stores the interview's state after every step.
///
/// The CLI's `onsite interview` and the web app's interview pages both go through here, so an
/// interview started in one can be continued in the other.
public struct InterviewConductor: Sendable {
    public let engine: InterviewEngine
    public let store: SQLiteStore
    /// Runs exercise code; `nil` when there is no sandbox, and code answers are then refused.
    public let checker: (any ExerciseChecking)?

    public init(engine: InterviewEngine, store: SQLiteStore, checker: (any ExerciseChecking)?) {
        self.engine = engine
        self.store = store
        self.checker = checker
    }

    /// What the user's history says for choosing questions: what was asked lately and the mean
    /// score per area.
    public func history() throws(StoreError) -> CandidateHistory {
        CandidateHistory(
            recent: Set(try store.recentQuestionIDs(limit: 60).compactMap(ItemID.init)),
            areaScores: try store.areaScores())
    }

    /// Plans and stores a new interview with its first question pending.
    public func start(
        _ settings: InterviewSettings, resume: [ResumeQuestion] = [], id: String? = nil, at date: Date
    ) throws -> Interview {
        let interview = try engine.start(
            id: id ?? Self.newID(at: date), settings: settings, history: try history(), resume: resume,
            now: Self.milliseconds(date))
        try save(interview, at: date)
        return interview
    }

    /// The stored interview with `id`, or `nil`.
    public func interview(id: String) throws -> Interview? {
        try store.interview(id: id).map(Self.decode)
    }

    /// The interview in progress that changed last, or `nil`.
    public func latestInProgress() throws -> Interview? {
        try store.latestInterview(status: .inProgress).map(Self.decode)
    }

    /// Stores the interview's state and status.
    public func save(_ interview: Interview, at date: Date) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try store.save(
            StoredInterview(
                id: interview.id, format: interview.settings.format.rawValue,
                status: interview.isFinished ? .finished : .inProgress,
                createdAt: Date(timeIntervalSince1970: Double(interview.startedAt) / 1000), updatedAt: date,
                state: try encoder.encode(interview)))
    }

    /// Answers the pending question with `text` (code for an exercise, words otherwise): the
    /// answer is stored first, then judged or run, then the interview's new state is stored.
    ///
    /// - Returns: the turn, with its judgement or the code's outcome.
    /// - Throws: ``InterviewError`` when the interview is over; ``StoreError`` when the database fails.
    @discardableResult
    public func answer(_ text: String, in interview: inout Interview, at date: Date) async throws -> Turn {
        guard let pending = interview.pending else { throw InterviewError(.finished, "the interview is over") }
        let item = interview.assessments[pending.assessment].items[pending.item]
        let id = try store.record(
            StoredAnswer(
                interviewID: interview.id, turn: interview.turns.count, questionID: item.id.description,
                area: item.area, prompt: pending.text, text: text, submittedAt: date))
        return try await apply(text, storedAs: id, to: &interview, at: date)
    }

    /// Applies answers that were stored but not yet applied (the program stopped between storing
    /// an answer and storing the state), so a resumed interview loses nothing.
    ///
    /// - Returns: the turns the replay produced, in order.
    public func replayUnapplied(_ interview: inout Interview, at date: Date) async throws -> [Turn] {
        let stored = try store.answers(inInterview: interview.id).filter { $0.turn >= interview.turns.count }
        var turns: [Turn] = []
        for answer in stored where answer.turn == interview.turns.count && !interview.isFinished {
            turns.append(try await apply(answer.text, storedAs: answer.id, to: &interview, at: date))
        }
        return turns
    }

    /// Ends the interview now and stores it; items not reached stay unanswered.
    public func finish(_ interview: inout Interview, at date: Date) throws {
        engine.finish(&interview, now: Self.milliseconds(date))
        try save(interview, at: date)
    }

    /// Judges or runs one stored answer, attaches the result to it, and stores the state.
    private func apply(
        _ text: String, storedAs id: Int64?, to interview: inout Interview, at date: Date
    ) async throws -> Turn {
        guard let pending = interview.pending else { throw InterviewError(.finished, "the interview is over") }
        let item = interview.assessments[pending.assessment].items[pending.item]
        let now = Self.milliseconds(date)
        let turn: Turn
        if item.kind == .exercise && pending.followUp == 0 && !InterviewEngine.isSkip(text),
            let exercise = engine.exercise(item.id)
        {
            let outcome =
                try await checker?.outcome(of: text, for: exercise)
                ?? .notRun("code cannot be run here: this server has no sandbox")
            turn = try engine.submit(text, outcome: outcome, in: &interview, now: now)
        } else {
            turn = try engine.answer(text, in: &interview, now: now)
        }
        if let id {
            if let judgement = turn.judgement {
                try store.attach(
                    judgement: try JSONEncoder().encode(judgement), score: judgement.score, grade: judgement.grade,
                    toAnswer: id)
                // What the answer missed comes back in the review session.
                if pending.followUp == 0 && engine.bank.question(item.id) != nil {
                    try ReviewCards(store: store).addCards(for: judgement, question: item.id, at: date)
                }
            } else if let outcome = turn.exercise {
                try store.attach(
                    judgement: try JSONEncoder().encode(outcome), score: outcome.score,
                    grade: GradeScale.grade(forScore: outcome.score), toAnswer: id)
            }
        }
        try save(interview, at: date)
        return turn
    }

    /// Decodes a stored interview, or says that this version cannot read it.
    public static func decode(_ stored: StoredInterview) throws -> Interview {
        do {
            return try JSONDecoder().decode(Interview.self, from: stored.state)
        } catch {
            throw StoreError(
                .corrupt, path: "",
                "the stored interview \(stored.id) cannot be read by this version of onsite: \(error.localizedDescription)"
            )
        }
    }

    /// A new interview id: the UTC date and six letters, for example `2026-11-21-k3xm9q`.
    public static func newID(at date: Date) -> String {
        let day = ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate])
        let letters = "abcdefghjkmnpqrstuvwxyz23456789"
        return day + "-" + String((0..<6).map { _ in letters.randomElement()! })
    }

    /// Milliseconds since 1970, the engine's clock.
    public static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
}
