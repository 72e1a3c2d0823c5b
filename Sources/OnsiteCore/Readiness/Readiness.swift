/// How ready the candidate is, overall and per area, as of one moment; with advice for the
/// weakest areas.
public struct Readiness: Hashable, Sendable, Codable {
    /// When it was computed, in milliseconds since the Unix epoch.
    public var asOf: Int64
    /// 0–1: the areas' readiness weighted by importance; untested areas count as 0.
    public var overall: Double
    /// Each area, in the calculator's order.
    public var areas: [AreaReadiness]

    /// Readiness from its parts; ``ReadinessCalculator/readiness(from:asOf:)`` computes it.
    public init(asOf: Int64, overall: Double, areas: [AreaReadiness]) {
        self.asOf = asOf
        self.overall = overall
        self.areas = areas
    }

    /// The readiness of one area, or `nil` when it is not one of the areas.
    public func area(_ id: String) -> AreaReadiness? { areas.first { $0.area == id } }

    /// The areas with no attempt at all (and importance above 0): they count as 0 overall.
    public var untested: [String] { areas.filter { $0.isUntested && $0.importance > 0 }.map(\.area) }

    /// The `count` areas that hold overall readiness back most — the largest `importance × (1 −
    /// readiness)` first, ties in the calculator's order — each with what to do about it. Areas
    /// of importance 0 are left out.
    public func weakest(_ count: Int) -> [ReadinessAdvice] {
        let ranked = areas.enumerated()
            .filter { $0.element.importance > 0 }
            .sorted { ($0.element.shortfall, -$0.offset) > ($1.element.shortfall, -$1.offset) }
        return ranked.prefix(max(0, count)).compactMap(\.element.advice)
    }
}

/// The readiness of one area and what it rests on.
public struct AreaReadiness: Hashable, Sendable, Codable {
    /// The area id, for example `databases`.
    public var area: String
    /// The weight of the area in the overall figure.
    public var importance: Double
    /// The attempts made up to the time of computing, answers and exercises.
    public var attempts: Int
    /// How many of the attempts were exercises.
    public var exercises: Int
    /// When the latest attempt was graded, in milliseconds since the Unix epoch.
    public var lastAttemptAt: Int64?
    /// 0–1: the recency-weighted average score.
    public var mastery: Double
    /// The recency-weighted number of attempts (an exercise counts more than an answer, an old
    /// attempt less than a recent one).
    public var evidence: Double
    /// 0–1: how far the mastery can be trusted; grows with evidence, one half at
    /// ``ReadinessCalculator/Tuning/evidenceForHalfConfidence``.
    public var confidence: Double
    /// 0–1: recall of the area's cards on the interview date; `nil` when it has no cards.
    public var recall: Double?
    /// The area's review cards, and those due now.
    public var cards: Int
    /// The area's cards due for review now.
    public var dueCards: Int
    /// 0–1: confidence × mastery, lowered when recall is low.
    public var readiness: Double
    /// What to do to raise this area's readiness.
    public var advice: ReadinessAdvice?

    /// An area's readiness from its parts; the calculator computes it.
    public init(
        area: String, importance: Double, attempts: Int, exercises: Int, lastAttemptAt: Int64?, mastery: Double,
        evidence: Double, confidence: Double, recall: Double?, cards: Int, dueCards: Int, readiness: Double,
        advice: ReadinessAdvice?
    ) {
        self.area = area
        self.importance = importance
        self.attempts = attempts
        self.exercises = exercises
        self.lastAttemptAt = lastAttemptAt
        self.mastery = mastery
        self.evidence = evidence
        self.confidence = confidence
        self.recall = recall
        self.cards = cards
        self.dueCards = dueCards
        self.readiness = readiness
        self.advice = advice
    }

    /// No attempt yet.
    public var isUntested: Bool { attempts == 0 }

    /// The answers among the attempts.
    public var answers: Int { attempts - exercises }

    /// How much the area holds overall readiness back: `importance × (1 − readiness)`.
    public var shortfall: Double { importance * (1 - readiness) }
}
