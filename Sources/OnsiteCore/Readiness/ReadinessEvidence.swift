/// One graded attempt in an area: an answer the grader scored, or an exercise the runner judged.
public struct ScoredAttempt: Hashable, Sendable, Codable {
    /// What was attempted.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A spoken or written answer, scored by the grader.
        case answer
        /// A practical exercise, scored from its tests and quality.
        case exercise
    }

    /// Answer or exercise.
    public var kind: Kind
    /// The area id, for example `databases`.
    public var area: String
    /// 0–1, as the grader or the exercise verdict gives it.
    public var score: Double
    /// When the attempt was graded, in milliseconds since the Unix epoch.
    public var at: Int64

    /// An attempt; see also ``answer(in:score:at:)`` and ``exercise(in:score:at:)``.
    public init(_ kind: Kind, area: String, score: Double, at: Int64) {
        self.kind = kind
        self.area = area
        self.score = score
        self.at = at
    }

    /// A graded answer.
    public static func answer(in area: String, score: Double, at: Int64) -> ScoredAttempt {
        ScoredAttempt(.answer, area: area, score: score, at: at)
    }

    /// A judged exercise.
    public static func exercise(in area: String, score: Double, at: Int64) -> ScoredAttempt {
        ScoredAttempt(.exercise, area: area, score: score, at: at)
    }
}

/// How well the review cards of one area will be remembered on the interview date.
///
/// The caller computes it from the area's review cards (FSRS retrievability on the interview
/// date, averaged over the cards); readiness only uses the result.
public struct AreaRecall: Hashable, Sendable, Codable {
    /// The average probability of recalling the area's cards on the interview date, 0–1.
    public var probability: Double
    /// The number of review cards in the area.
    public var cards: Int
    /// The cards due for review now.
    public var dueCards: Int

    /// The recall of an area's cards.
    public init(probability: Double, cards: Int, dueCards: Int = 0) {
        self.probability = probability
        self.cards = cards
        self.dueCards = dueCards
    }
}

/// Everything readiness is computed from: the graded attempts and each area's recall.
public struct ReadinessEvidence: Hashable, Sendable, Codable {
    /// Graded answers and exercises, in any order.
    public var attempts: [ScoredAttempt]
    /// Recall on the interview date by area id; an area without cards is absent.
    public var recall: [String: AreaRecall]

    /// Evidence from attempts and recall.
    public init(attempts: [ScoredAttempt] = [], recall: [String: AreaRecall] = [:]) {
        self.attempts = attempts
        self.recall = recall
    }

    /// The same evidence with one more attempt.
    public func adding(_ attempt: ScoredAttempt) -> ReadinessEvidence {
        var copy = self
        copy.attempts.append(attempt)
        return copy
    }
}

/// Why readiness cannot be computed from a configuration or from evidence.
public struct ReadinessError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable code for each kind of failure.
    public enum Code: String, Hashable, Sendable, Codable {
        /// No areas to measure readiness in.
        case noAreas = "no-areas"
        /// An area listed twice.
        case duplicateArea = "duplicate-area"
        /// An importance weight that is negative or not a number, or for an area not listed, or all zero.
        case invalidImportance = "invalid-importance"
        /// A constant of ``ReadinessCalculator/Tuning`` out of its range.
        case invalidTuning = "invalid-tuning"
        /// An attempt's score outside 0–1 or not a number.
        case invalidScore = "invalid-score"
        /// A recall probability outside 0–1, or a negative count of cards.
        case invalidRecall = "invalid-recall"
    }

    /// What went wrong.
    public var code: Code
    /// One readable line naming the area, the value and, for attempts, the timestamp.
    public var message: String

    /// An error with its code and message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The code and the message, for a log or the terminal.
    public var description: String { "\(code.rawValue): \(message)" }
}
