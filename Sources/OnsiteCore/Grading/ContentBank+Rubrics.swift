extension ContentBank {
    /// The rubrics of every question, design and behavioural prompt and review exercise.
    public var rubrics: [Rubric] { questions.map(Rubric.init) + exercises.compactMap(Rubric.init) }

    /// The rubric of the question or review exercise with this id.
    public func rubric(_ id: ItemID) -> Rubric? {
        question(id).map(Rubric.init) ?? exercise(id).flatMap(Rubric.init)
    }
}
