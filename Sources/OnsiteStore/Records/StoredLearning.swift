public import Foundation
public import OnsiteCore

/// One exercise submission and its verdict, kept for history and readiness.
public struct StoredSubmission: Hashable, Sendable {
    /// The row id the store assigned; `nil` until recorded.
    public var id: Int64?
    /// The exercise's id, for example `algorithms.top-ips`.
    public var exerciseID: String
    public var area: String
    public var submittedAt: Date
    /// Whether every check passed.
    public var passed: Bool
    /// The share of checks passed, 0–1.
    public var score: Double
    /// The submission report, encoded as JSON by the caller.
    public var report: Data

    public init(
        id: Int64? = nil, exerciseID: String, area: String, submittedAt: Date, passed: Bool, score: Double,
        report: Data
    ) {
        self.id = id
        self.exerciseID = exerciseID
        self.area = area
        self.submittedAt = submittedAt
        self.passed = passed
        self.score = score
        self.report = report
    }
}

/// A review card's scheduling state, stored whole; ``due`` is kept apart so due cards are found
/// without decoding every card.
public struct StoredCard: Hashable, Sendable {
    /// The card's stable id, for example `question:python.gil`.
    public var id: String
    /// When the card is next due.
    public var due: Date
    /// The card, encoded as JSON by the caller.
    public var state: Data

    public init(id: String, due: Date, state: Data) {
        self.id = id
        self.due = due
        self.state = state
    }
}

/// One review of a card: what the user answered, the rating, and the grader's judgement.
public struct StoredReview: Hashable, Sendable {
    public var id: Int64?
    public var cardID: String
    public var reviewedAt: Date
    /// 1 Again, 2 Hard, 3 Good, 4 Easy.
    public var rating: Int
    /// The rating the grader suggested, before the user's override (if any).
    public var suggestedRating: Int?
    /// What the user answered; empty when the card was rated without an answer.
    public var answer: String
    /// The review log entry (state after the review), encoded as JSON by the caller.
    public var log: Data

    public init(
        id: Int64? = nil, cardID: String, reviewedAt: Date, rating: Int, suggestedRating: Int?, answer: String,
        log: Data
    ) {
        self.id = id
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.suggestedRating = suggestedRating
        self.answer = answer
        self.log = log
    }
}

extension StoredSubmission {
    /// The row that records `report`: passed when every check passed, scored by the share of
    /// checks passed, with the report as JSON.
    public init(_ report: SubmissionReport, of exercise: Exercise, at date: Date) throws {
        let passed = report.checks.filter(\.passed).count
        self.init(
            exerciseID: exercise.id.description, area: exercise.area, submittedAt: date, passed: report.passed,
            score: report.checks.isEmpty ? 0 : Double(passed) / Double(report.checks.count),
            report: try JSONEncoder().encode(report))
    }
}
