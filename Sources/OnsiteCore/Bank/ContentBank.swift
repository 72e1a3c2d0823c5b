/// Everything a content folder holds, validated: the bundled bank merged with the user's packs.
public struct ContentBank: Sendable {
    public private(set) var areas: [Area]
    public private(set) var questions: [Question]
    public private(set) var snippets: [Snippet]
    public private(set) var exercises: [Exercise]
    public private(set) var outline: PlanOutline?
    public private(set) var skills: [JobSkill]

    private var questionIndex: [ItemID: Int]
    private var snippetIndex: [ItemID: Int]
    private var exerciseIndex: [ItemID: Int]

    /// Creates a bank; items are kept sorted by id so every listing is stable.
    public init(
        areas: [Area], questions: [Question], snippets: [Snippet], exercises: [Exercise],
        outline: PlanOutline?, skills: [JobSkill]
    ) {
        self.areas = areas
        self.questions = questions.sorted { $0.id < $1.id }
        self.snippets = snippets.sorted { $0.id < $1.id }
        self.exercises = exercises.sorted { $0.id < $1.id }
        self.outline = outline
        self.skills = skills
        self.questionIndex = ContentBank.index(self.questions.map(\.id))
        self.snippetIndex = ContentBank.index(self.snippets.map(\.id))
        self.exerciseIndex = ContentBank.index(self.exercises.map(\.id))
    }

    /// The question, design or behavioural prompt with this id.
    public func question(_ id: ItemID) -> Question? { questionIndex[id].map { questions[$0] } }

    public func snippet(_ id: ItemID) -> Snippet? { snippetIndex[id].map { snippets[$0] } }

    public func exercise(_ id: ItemID) -> Exercise? { exerciseIndex[id].map { exercises[$0] } }

    /// The area with this id.
    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }

    private static func index(_ ids: [ItemID]) -> [ItemID: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
