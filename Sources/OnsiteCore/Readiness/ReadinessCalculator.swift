import RealModule

/// Computes how ready a candidate is for the interview, per area and overall, from graded
/// attempts and recall on the interview date.
///
/// Per area, with attempts `i` (score `sᵢ`, age `aᵢ` days at the time of computing) and the
/// constants of ``Tuning``:
///
/// - weight `wᵢ = kᵢ · 2^(−aᵢ / halfLifeDays)`, `kᵢ` 1 for an answer, ``Tuning/exerciseWeight`` for an exercise
/// - evidence `E = Σ wᵢ`; mastery `m = Σ wᵢ sᵢ / E` (0 without attempts)
/// - confidence `c = E / (E + K)`, `K` = ``Tuning/evidenceForHalfConfidence``
/// - recall `r`: the area's ``AreaRecall/probability``, or ``Tuning/defaultRecall`` without cards
/// - readiness `R = c · m · (1 − ρ + ρ · r)`, `ρ` = ``Tuning/recallShare``
///
/// Overall readiness is `Σ Iₐ Rₐ / Σ Iₐ` over the areas, `Iₐ` the importance (1 unless given);
/// an area without attempts has `R = 0` and is reported as untested. Attempts after the time of
/// computing, and attempts in areas not listed, are ignored. See `docs/readiness.md`.
public struct ReadinessCalculator: Hashable, Sendable {
    /// The constants of the formulas, in one place.
    public struct Tuning: Hashable, Sendable, Codable {
        /// Days after which an attempt counts half as much as one made now.
        public var halfLifeDays = 14.0
        /// How many answers one exercise counts as: practical work is stronger evidence.
        public var exerciseWeight = 1.5
        /// The evidence (recency-weighted attempts) at which confidence reaches one half.
        public var evidenceForHalfConfidence = 3.0
        /// The share of readiness that rests on recall of the area's cards on the interview date.
        public var recallShare = 0.4
        /// The recall assumed for an area without review cards: the retention reviews aim at.
        public var defaultRecall = 0.9
        /// The confidence advice aims for; below it, the advice is to attempt more.
        public var confidenceTarget = 0.6
        /// The mastery below which the advice is to take a drill.
        public var masteryTarget = 0.6
        /// The recall below which an area's recall is reported as fading.
        public var recallTarget = 0.8

        /// The default constants, documented in `docs/readiness.md`.
        public init() {}

        /// The evidence at which confidence reaches ``confidenceTarget``: `K · c* / (1 − c*)`.
        public var evidenceTarget: Double {
            evidenceForHalfConfidence * confidenceTarget / (1 - confidenceTarget)
        }
    }

    /// The area ids, in the order results are reported.
    public let areas: [String]
    /// The importance of each area; 1 for an area not given.
    public let importance: [String: Double]
    /// The constants of the formulas.
    public let tuning: Tuning

    /// A calculator for these areas.
    ///
    /// - Parameters:
    ///   - areas: the area ids to measure, each once.
    ///   - importance: weights for some areas (for example from a job description); 0 leaves an
    ///     area out of the overall figure.
    /// - Throws: ``ReadinessError`` naming the area or constant at fault.
    public init(areas: [String], importance: [String: Double] = [:], tuning: Tuning = Tuning()) throws(ReadinessError) {
        guard !areas.isEmpty else { throw ReadinessError(.noAreas, "no areas to measure readiness in") }
        var seen = Set<String>()
        for area in areas where !seen.insert(area).inserted {
            throw ReadinessError(.duplicateArea, "area '\(area)' is listed twice")
        }
        for (area, weight) in importance.sorted(by: { $0.key < $1.key }) {
            guard seen.contains(area) else {
                throw ReadinessError(
                    .invalidImportance, "importance given for '\(area)', which is not one of the areas")
            }
            guard weight.isFinite, weight >= 0 else {
                throw ReadinessError(.invalidImportance, "importance of '\(area)' is \(weight); it must be 0 or more")
            }
        }
        guard areas.contains(where: { (importance[$0] ?? 1) > 0 }) else {
            throw ReadinessError(.invalidImportance, "every area has importance 0")
        }
        try Self.validate(tuning)
        self.areas = areas
        self.importance = importance
        self.tuning = tuning
    }

    private static func validate(_ tuning: Tuning) throws(ReadinessError) {
        let positive: [(String, Double)] = [
            ("halfLifeDays", tuning.halfLifeDays), ("exerciseWeight", tuning.exerciseWeight),
            ("evidenceForHalfConfidence", tuning.evidenceForHalfConfidence),
        ]
        for (name, value) in positive where !(value.isFinite && value > 0) {
            throw ReadinessError(.invalidTuning, "\(name) is \(value); it must be above 0")
        }
        let shares: [(String, Double)] = [
            ("recallShare", tuning.recallShare), ("defaultRecall", tuning.defaultRecall),
            ("masteryTarget", tuning.masteryTarget), ("recallTarget", tuning.recallTarget),
        ]
        for (name, value) in shares where !(0...1).contains(value) {
            throw ReadinessError(.invalidTuning, "\(name) is \(value); it must be from 0 to 1")
        }
        guard tuning.confidenceTarget > 0 && tuning.confidenceTarget < 1 else {
            throw ReadinessError(
                .invalidTuning, "confidenceTarget is \(tuning.confidenceTarget); it must be above 0 and below 1")
        }
    }

    /// Readiness as of `now` (milliseconds since the Unix epoch), from the attempts made up to then.
    ///
    /// - Throws: ``ReadinessError`` for a score or recall outside 0–1, naming area and timestamp.
    public func readiness(from evidence: ReadinessEvidence, asOf now: Int64) throws(ReadinessError) -> Readiness {
        try Self.validate(evidence)
        var byArea: [String: [ScoredAttempt]] = [:]
        for attempt in evidence.attempts where attempt.at <= now { byArea[attempt.area, default: []].append(attempt) }
        let results = areas.map { area in
            self.area(area, attempts: byArea[area] ?? [], recall: evidence.recall[area], now: now)
        }
        let totalImportance = results.reduce(0) { $0 + $1.importance }
        let overall = results.reduce(0) { $0 + $1.importance * $1.readiness } / totalImportance
        return Readiness(asOf: now, overall: overall, areas: results)
    }

    private static func validate(_ evidence: ReadinessEvidence) throws(ReadinessError) {
        for attempt in evidence.attempts where !(attempt.score.isFinite && (0...1).contains(attempt.score)) {
            throw ReadinessError(
                .invalidScore,
                "\(attempt.kind.rawValue) in '\(attempt.area)' at \(attempt.at) has score \(attempt.score); scores are 0–1"
            )
        }
        for (area, recall) in evidence.recall.sorted(by: { $0.key < $1.key }) {
            guard recall.probability.isFinite, (0...1).contains(recall.probability) else {
                throw ReadinessError(
                    .invalidRecall, "recall of '\(area)' is \(recall.probability); probabilities are 0–1")
            }
            guard recall.cards >= 0, (0...recall.cards).contains(recall.dueCards) else {
                throw ReadinessError(
                    .invalidRecall, "'\(area)' has \(recall.dueCards) cards due of \(recall.cards); counts must fit")
            }
        }
    }

    /// The readiness of one area from its attempts up to `now`.
    func area(_ area: String, attempts: [ScoredAttempt], recall: AreaRecall?, now: Int64) -> AreaReadiness {
        var evidence = 0.0
        var weightedScore = 0.0
        for attempt in attempts {
            let weight = self.weight(of: attempt, now: now)
            evidence += weight
            weightedScore += weight * attempt.score
        }
        let mastery = evidence > 0 ? weightedScore / evidence : 0
        let confidence = evidence / (evidence + tuning.evidenceForHalfConfidence)
        let knownRecall = recall.flatMap { $0.cards > 0 ? $0.probability : nil }
        let recallFactor = 1 - tuning.recallShare + tuning.recallShare * (knownRecall ?? tuning.defaultRecall)
        var result = AreaReadiness(
            area: area, importance: importance[area] ?? 1, attempts: attempts.count,
            exercises: attempts.filter { $0.kind == .exercise }.count, lastAttemptAt: attempts.map(\.at).max(),
            mastery: mastery, evidence: evidence, confidence: confidence, recall: knownRecall,
            cards: recall?.cards ?? 0, dueCards: recall?.dueCards ?? 0,
            readiness: confidence * mastery * recallFactor, advice: nil)
        result.advice = advice(for: result, attempts: attempts, now: now)
        return result
    }

    /// The weight of one attempt as of `now`: its kind's weight, halved every half-life.
    func weight(of attempt: ScoredAttempt, now: Int64) -> Double {
        let days = Double(max(0, now - attempt.at)) / Double(Self.millisecondsPerDay)
        let kind = attempt.kind == .exercise ? tuning.exerciseWeight : 1
        return kind * Double.exp2(-days / tuning.halfLifeDays)
    }

    static let millisecondsPerDay: Int64 = 86_400_000
}
