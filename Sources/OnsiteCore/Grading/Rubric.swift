/// What an answer is graded against: the prompt and its points, pitfalls and follow-ups.
///
/// Questions, design and behavioural prompts and review exercises all grade through this one shape.
public struct Rubric: Hashable, Sendable, Identifiable {
    public var id: ItemID
    /// `.question`, `.design`, `.behaviour`, or `.exercise` for a review exercise.
    public var kind: ContentKind
    public var title: String
    /// What the candidate was asked.
    public var prompt: String
    public var modelAnswer: String
    public var points: [AssessmentPoint]
    public var pitfalls: [Pitfall]
    public var followUps: [FollowUp]

    public init(
        id: ItemID, kind: ContentKind, title: String, prompt: String, modelAnswer: String,
        points: [AssessmentPoint], pitfalls: [Pitfall], followUps: [FollowUp]
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.prompt = prompt
        self.modelAnswer = modelAnswer
        self.points = points
        self.pitfalls = pitfalls
        self.followUps = followUps
    }

    /// The rubric of a question, design or behavioural prompt.
    public init(_ question: Question) {
        self.init(
            id: question.id, kind: question.kind, title: question.title, prompt: question.prompt,
            modelAnswer: question.modelAnswer, points: question.points, pitfalls: question.pitfalls,
            followUps: question.followUps)
    }

    /// The rubric of a review exercise, or `nil` for the other kinds of exercise.
    public init?(_ exercise: Exercise) {
        guard let rubric = exercise.rubric else { return nil }
        self.init(
            id: exercise.id, kind: .exercise, title: exercise.title, prompt: exercise.statement,
            modelAnswer: rubric.modelAnswer, points: rubric.points, pitfalls: rubric.pitfalls,
            followUps: rubric.followUps)
    }

    /// The sum of the points' weights.
    public var totalWeight: Int { points.reduce(0) { $0 + $1.weight } }

    /// Whether answers are stories judged on their STAR shape.
    public var isBehavioural: Bool { kind == .behaviour }
}
