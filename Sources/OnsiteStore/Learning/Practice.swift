public import Foundation
public import OnsiteCore

/// Answering one question outside an interview: the answer is stored, then graded, then the
/// review deck learns from it; earlier attempts come back for comparison.
///
/// The CLI's `onsite practice` and the web app's question page both go through here.
public struct Practice: Sendable {
    public let store: SQLiteStore
    public let bank: ContentBank
    public let grader: RubricGrader

    public init(store: SQLiteStore, bank: ContentBank, grader: RubricGrader) {
        self.store = store
        self.bank = bank
        self.grader = grader
    }

    /// A graded answer from the history.
    public struct GradedAnswer: Sendable {
        public var answer: StoredAnswer
        public var judgement: Judgement
    }

    /// What answering produced.
    public struct Attempt: Sendable {
        public var answerID: Int64
        public var judgement: Judgement
        /// The earlier graded attempts, the oldest first.
        public var earlier: [GradedAnswer]
        /// How this attempt differs from the last one, when there was one.
        public var comparison: AttemptComparison?
        /// Review cards made from the points this answer missed.
        public var newCards: Int
    }

    /// The graded answers to a question, the oldest first.
    public func attempts(at question: ItemID) throws -> [GradedAnswer] {
        try store.answers(toQuestion: question.description).compactMap { answer in
            answer.judgement.flatMap { try? JSONDecoder().decode(Judgement.self, from: $0) }.map {
                GradedAnswer(answer: answer, judgement: $0)
            }
        }
    }

    /// Stores `text` as an answer to `question`, grades it, attaches the judgement and updates the
    /// review deck. The answer is durable before grading starts.
    ///
    /// - Throws: ``PracticeError`` for an unknown question or an empty answer (nothing is
    ///   stored then); ``StoreError`` when the database fails.
    public func answer(_ text: String, to question: ItemID, at date: Date) throws -> Attempt {
        guard let rubric = bank.rubric(question) else {
            throw PracticeError(.unknownQuestion, "no question has the id '\(question)'")
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw PracticeError(.emptyAnswer, "the answer is empty; nothing was saved")
        }
        let earlier = try attempts(at: question)
        let area = bank.question(question)?.area ?? bank.exercise(question)?.area ?? question.area
        let answerID = try store.record(
            StoredAnswer(
                interviewID: nil, turn: earlier.count + 1, questionID: question.description, area: area,
                prompt: rubric.prompt, text: text, submittedAt: date))
        let judgement = grader.grade(text, against: rubric)
        try store.attach(
            judgement: try JSONEncoder().encode(judgement), score: judgement.score, grade: judgement.grade,
            toAnswer: answerID)
        let newCards = try ReviewCards(store: store).addCards(for: judgement, question: question, at: date)
        return Attempt(
            answerID: answerID, judgement: judgement, earlier: earlier,
            comparison: earlier.last.map { AttemptComparison(before: $0.judgement, after: judgement) },
            newCards: newCards)
    }
}

/// A practice answer that cannot be taken.
public struct PracticeError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        case unknownQuestion = "unknown-question"
        case emptyAnswer = "empty-answer"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
