/// An interview prompt with the rubric an interviewer grades it by.
///
/// Conceptual questions, system-design prompts and behavioural prompts share this shape;
/// ``kind`` tells them apart, and design and behaviour points carry a ``AssessmentPoint/stage``.
public struct Question: Hashable, Sendable, Codable, Identifiable {
    public var id: ItemID
    /// `.question`, `.design` or `.behaviour`.
    public var kind: ContentKind
    public var title: String
    /// The area id, equal to `id.area`.
    public var area: String
    public var subtopics: [String]
    public var level: Level
    public var round: Round
    /// The time a candidate would spend answering in a real interview.
    public var minutes: Int
    public var tags: [String]
    /// What the interviewer asks (Markdown).
    public var prompt: String
    /// A model answer (Markdown).
    public var modelAnswer: String
    /// The weighted points of assessment.
    public var points: [AssessmentPoint]
    /// Mistakes that cost points (red flags for behavioural prompts).
    public var pitfalls: [Pitfall]
    public var followUps: [FollowUp]

    public init(
        id: ItemID, kind: ContentKind, title: String, area: String, subtopics: [String],
        level: Level, round: Round, minutes: Int, tags: [String], prompt: String,
        modelAnswer: String, points: [AssessmentPoint], pitfalls: [Pitfall],
        followUps: [FollowUp]
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.area = area
        self.subtopics = subtopics
        self.level = level
        self.round = round
        self.minutes = minutes
        self.tags = tags
        self.prompt = prompt
        self.modelAnswer = modelAnswer
        self.points = points
        self.pitfalls = pitfalls
        self.followUps = followUps
    }

    /// The sum of the points' weights.
    public var totalWeight: Int { points.reduce(0) { $0 + $1.weight } }
}

/// One thing a good answer must establish, with the evidence that shows it.
public struct AssessmentPoint: Hashable, Sendable, Codable, Identifiable {
    /// A slug unique within its question.
    public var id: String
    /// Relative importance, 1–5.
    public var weight: Int
    /// One line: what a strong answer says.
    public var strongAnswer: String
    /// The ideas that evidence the point; each lists interchangeable wordings.
    public var concepts: [Concept]
    /// Whole sentences that state the point in different words.
    public var phrasings: [String]
    /// The stage of a staged rubric (design and behaviour prompts); `nil` for questions.
    public var stage: Stage?

    public init(
        id: String, weight: Int, strongAnswer: String, concepts: [Concept], phrasings: [String],
        stage: Stage? = nil
    ) {
        self.id = id
        self.weight = weight
        self.strongAnswer = strongAnswer
        self.concepts = concepts
        self.phrasings = phrasings
        self.stage = stage
    }
}

/// One idea, with the interchangeable words or descriptions that express it.
public struct Concept: Hashable, Sendable, Codable {
    /// Alternatives, any of which evidences the idea, for example `["mutex", "lock"]`.
    public var alternatives: [String]

    public init(alternatives: [String]) { self.alternatives = alternatives }
}

/// The stages of a staged rubric.
public enum Stage: String, CaseIterable, Hashable, Sendable, Codable {
    // System design.
    case requirements
    case api
    case dataModel = "data-model"
    case algorithm
    case scaling
    case failures
    case tradeOffs = "trade-offs"
    // Behaviour (STAR and reflection).
    case situation
    case task
    case action
    case result
    case reflection

    /// The stages every system-design prompt must cover.
    public static let design: [Stage] = [
        .requirements, .api, .dataModel, .algorithm, .scaling, .failures, .tradeOffs,
    ]
    /// The stages every behavioural prompt must cover.
    public static let behaviour: [Stage] = [.situation, .task, .action, .result, .reflection]
}

/// A mistake that shows up in answers, with the wordings that reveal it.
public struct Pitfall: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    /// What the mistake is.
    public var description: String
    /// Wordings in an answer that show the mistake.
    public var signs: [String]

    public init(id: String, description: String, signs: [String]) {
        self.id = id
        self.description = description
        self.signs = signs
    }
}

/// A question the interviewer asks after an answer.
public struct FollowUp: Hashable, Sendable, Codable {
    /// What the follow-up is aimed at.
    public enum Aim: Hashable, Sendable, Codable {
        /// A point of assessment the answer missed or left thin.
        case point(String)
        /// Trade-offs of the approach described.
        case tradeOffs
        /// What changes at ten times the scale.
        case scale
        /// Deeper into the mechanism.
        case depth
        /// The candidate's own experience.
        case experience
        /// A changed constraint (design prompts).
        case constraint

        /// The keywords that name the non-point aims in content files.
        public static let keywords: [String: Aim] = [
            "trade-offs": .tradeOffs, "scale": .scale, "depth": .depth,
            "experience": .experience, "constraint": .constraint,
        ]
    }

    public var prompt: String
    public var aim: Aim

    public init(prompt: String, aim: Aim) {
        self.prompt = prompt
        self.aim = aim
    }
}
