/// The grader's verdict on one answer: per-point judgements with evidence, pitfalls, a score
/// and the follow-up an interviewer would ask.
///
/// The score is always computed from the per-point judgements (see ``GradeScale``), whatever
/// produced them, and every claimed point quotes the sentence of the answer that shows it.
public struct Judgement: Hashable, Sendable, Codable {
    public var rubricID: ItemID
    /// 0–1: the weighted points, less the pitfalls, within the limits the flags set.
    public var score: Double
    /// 0–4 on the scale of ``GradeScale``.
    public var grade: Int
    public var points: [PointJudgement]
    public var pitfalls: [PitfallFinding]
    /// What the grader noticed about the answer as a whole, each with its effect on the score.
    public var flags: [AnswerFlag]
    /// The question the interviewer would ask next.
    public var followUp: FollowUp?
    public var dimensions: Dimensions
    /// For behavioural answers, the parts of a STAR story the answer tells.
    public var story: StoryShape?

    public init(
        rubricID: ItemID, score: Double, grade: Int, points: [PointJudgement], pitfalls: [PitfallFinding],
        flags: [AnswerFlag], followUp: FollowUp?, dimensions: Dimensions, story: StoryShape?
    ) {
        self.rubricID = rubricID
        self.score = score
        self.grade = grade
        self.points = points
        self.pitfalls = pitfalls
        self.flags = flags
        self.followUp = followUp
        self.dimensions = dimensions
        self.story = story
    }

    /// The points judged covered.
    public var covered: [PointJudgement] { points.filter { $0.verdict == .covered } }
    /// The points judged partial or missed, most important first.
    public var gaps: [PointJudgement] {
        points.filter { $0.verdict != .covered }.sorted { $0.weight > $1.weight }
    }
}

/// The judgement of one point of assessment.
public struct PointJudgement: Hashable, Sendable, Codable, Identifiable {
    public enum Verdict: String, Hashable, Sendable, Codable, CaseIterable {
        case covered, partial, missed

        /// The share of the point's weight the verdict earns by default.
        public var credit: Double {
            switch self {
            case .covered: 1
            case .partial: 0.5
            case .missed: 0
            }
        }
    }

    public var id: String
    public var weight: Int
    public var verdict: Verdict
    /// The sentence of the answer that shows the point; `nil` when missed.
    public var evidence: String?
    /// What a strong answer says on this point.
    public var expected: String
    /// How close the answer came, 0–1, before the verdict's thresholds.
    public var strength: Double

    public init(
        id: String, weight: Int, verdict: Verdict, evidence: String?, expected: String, strength: Double
    ) {
        self.id = id
        self.weight = weight
        self.verdict = verdict
        self.evidence = evidence
        self.expected = expected
        self.strength = strength
    }
}

/// A mistake the answer makes, with the sentence that makes it.
public struct PitfallFinding: Hashable, Sendable, Codable, Identifiable {
    /// The pitfall's id, or `contradicts:POINT` for a statement opposite to a point of the rubric.
    public var id: String
    public var description: String
    public var evidence: String

    public init(id: String, description: String, evidence: String) {
        self.id = id
        self.description = description
        self.evidence = evidence
    }
}

/// Something about the answer as a whole that changes how it is scored.
public enum AnswerFlag: String, Hashable, Sendable, Codable, CaseIterable {
    /// Nothing was written.
    case empty
    /// Not words: random letters, or one word repeated.
    case gibberish
    /// Only restates the question.
    case restatesQuestion = "restates-question"
    /// Fluent, but about something else.
    case offTopic = "off-topic"
    /// Terms listed without the explanation that connects them; capped at a weak grade.
    case keywordList = "keyword-list"
    /// "I don't know, but here is how I would find out", with a plan; earns a weak grade, not zero.
    case honestUnsure = "honest-unsure"
    /// A behavioural answer that gives views or says what one would do, instead of telling what one did.
    case noStory = "no-story"

    /// What the flag means, for the candidate.
    public var explanation: String {
        switch self {
        case .empty: "No answer was given."
        case .gibberish: "The answer is not readable text."
        case .restatesQuestion: "The answer repeats the question instead of answering it."
        case .offTopic: "The answer is about something else than the question."
        case .keywordList:
            "The answer lists terms without explaining how they connect; an interviewer needs the why."
        case .honestUnsure:
            "An honest \"I don't know\" with a sensible plan to find out: better than a confident guess."
        case .noStory:
            "The answer gives views or says what you would do; a behavioural question wants a real story of what you did."
        }
    }
}

/// Scores on the dimensions an interview report breaks down, each 0–1.
public struct Dimensions: Hashable, Sendable, Codable {
    /// The points of assessment the answer establishes.
    public var knowledge: Double
    /// Reasons, trade-offs and consequences: the "why" that separates senior from mid-level.
    public var depth: Double
    /// Whole sentences in a clear order (for stories: the parts of STAR).
    public var communication: Double

    public init(knowledge: Double, depth: Double, communication: Double) {
        self.knowledge = knowledge
        self.depth = depth
        self.communication = communication
    }
}

/// The parts of a STAR story found in a behavioural answer.
public struct StoryShape: Hashable, Sendable, Codable {
    /// The stages whose points the answer covers at least in part.
    public var stages: [Stage]
    /// Sentences in which the candidate says what they themselves did.
    public var personalActions: Int
    /// Whether the story reports a result in numbers or other concrete terms.
    public var measuredResult: Bool

    public init(stages: [Stage], personalActions: Int, measuredResult: Bool) {
        self.stages = stages
        self.personalActions = personalActions
        self.measuredResult = measuredResult
    }
}

/// Grades an answer against a rubric.
///
/// The embedded ``RubricGrader`` is the default; any other grader returns the same
/// ``Judgement``, with every claimed point quoting the answer.
public protocol Grader: Sendable {
    func grade(_ answer: String, against rubric: Rubric) -> Judgement
}
