/// An answer graded by a person, to measure how closely the grader agrees.
public struct CalibrationAnswer: Hashable, Sendable, Codable {
    public var question: ItemID
    /// The kind of answer: excellent, paraphrased, good, partial, wrong, keywords,
    /// confident-wrong, unsure, off-topic or negated.
    public var label: String
    /// The person's grade, 0–4.
    public var grade: Int
    /// The points the person judged covered, and partly covered.
    public var covered: [String]
    public var partial: [String]
    /// The pitfalls the person found.
    public var pitfalls: [String]
    public var text: String
    /// Where the answer was read from, for messages.
    public var source: String

    public init(
        question: ItemID, label: String, grade: Int, covered: [String], partial: [String], pitfalls: [String],
        text: String, source: String
    ) {
        self.question = question
        self.label = label
        self.grade = grade
        self.covered = covered
        self.partial = partial
        self.pitfalls = pitfalls
        self.text = text
        self.source = source
    }
}
