/// What to do about one area, as values the CLI and the web app print in their own way.
public struct ReadinessAdvice: Hashable, Sendable, Codable {
    /// Why the area needs work.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// No attempt at all.
        case untested
        /// Too few attempts to trust the scores (confidence below its target).
        case littleEvidence = "little-evidence"
        /// Enough attempts once, but so long ago that they weigh little now.
        case staleEvidence = "stale-evidence"
        /// The recent scores are low (mastery below its target).
        case lowScores = "low-scores"
        /// The area's cards will be poorly remembered on the interview date.
        case fadingRecall = "fading-recall"
    }

    /// One thing to do.
    public enum Action: Hashable, Sendable, Codable {
        /// Answer this many questions in the area.
        case answerQuestions(Int)
        /// Do this many exercises in the area.
        case doExercises(Int)
        /// Review the cards due now.
        case reviewDueCards(Int)
        /// Take a drill: a short mock interview on the area, with follow-ups on the weak points.
        case takeDrill

        /// The action in words, for example "answer 3 questions".
        public var text: String {
            switch self {
            case .answerQuestions(let count): "answer \(count) question\(count == 1 ? "" : "s")"
            case .doExercises(let count): "do \(count) exercise\(count == 1 ? "" : "s")"
            case .reviewDueCards(let count): count == 1 ? "review the card due" : "review the \(count) cards due"
            case .takeDrill: "take a drill"
            }
        }
    }

    /// The area id, for example `databases`.
    public var area: String
    /// The area's readiness, 0–1.
    public var readiness: Double
    /// Why the area needs work; empty when it is ready and the advice only keeps it fresh.
    public var reasons: [Reason]
    /// At least one action, in the order to do them.
    public var actions: [Action]

    /// Advice from its parts; the calculator writes it.
    public init(area: String, readiness: Double, reasons: [Reason], actions: [Action]) {
        self.area = area
        self.readiness = readiness
        self.reasons = reasons
        self.actions = actions
    }

    /// The advice as one sentence, for example "Answer 3 questions, do 1 exercise and review the
    /// 5 cards due in Databases."
    public func sentence(naming areaName: String) -> String {
        let texts = actions.map(\.text)
        let joined =
            texts.count <= 1
            ? texts.joined() : texts.dropLast().joined(separator: ", ") + " and " + texts[texts.count - 1]
        guard let first = joined.first else { return "" }
        return first.uppercased() + joined.dropFirst() + " in \(areaName)."
    }

    /// The advice as one sentence naming the area by its id.
    public var sentence: String { sentence(naming: area) }
}

extension ReadinessCalculator {
    /// The advice for an area, by these rules (see `docs/readiness.md`):
    ///
    /// 1. Evidence below the target `E* = K · c* / (1 − c*)`: attempt `n = E* − E` more, as
    ///    `⌊n / 3⌋` exercises (at most 2) and the rest as questions (at most 6, at least 1).
    /// 2. Attempts whose mastery is below ``Tuning/masteryTarget``: take a drill.
    /// 3. Cards due now: review them. Recall below ``Tuning/recallTarget`` is reported as fading.
    /// 4. Nothing else to do: answer 1 question to keep the area fresh.
    func advice(for area: AreaReadiness, attempts: [ScoredAttempt], now: Int64) -> ReadinessAdvice {
        var reasons: [ReadinessAdvice.Reason] = []
        var actions: [ReadinessAdvice.Action] = []
        let target = tuning.evidenceTarget
        if area.evidence < target {
            if attempts.isEmpty {
                reasons.append(.untested)
            } else {
                let undecayed = attempts.reduce(0.0) { $0 + ($1.kind == .exercise ? tuning.exerciseWeight : 1) }
                reasons.append(undecayed >= target ? .staleEvidence : .littleEvidence)
            }
            let needed = target - area.evidence
            let exercises = min(2, Int((needed / 3).rounded(.down)))
            let questions = min(
                6, max(exercises == 0 ? 1 : 0, Int((needed - Double(exercises) * tuning.exerciseWeight).rounded(.up))))
            if questions > 0 { actions.append(.answerQuestions(questions)) }
            if exercises > 0 { actions.append(.doExercises(exercises)) }
        }
        if !attempts.isEmpty && area.mastery < tuning.masteryTarget {
            reasons.append(.lowScores)
            actions.append(.takeDrill)
        }
        if let recall = area.recall, recall < tuning.recallTarget { reasons.append(.fadingRecall) }
        if area.dueCards > 0 { actions.append(.reviewDueCards(area.dueCards)) }
        if actions.isEmpty { actions.append(.answerQuestions(1)) }
        return ReadinessAdvice(area: area.area, readiness: area.readiness, reasons: reasons, actions: actions)
    }
}
