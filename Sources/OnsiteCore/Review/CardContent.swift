/// The text of a review card, read from the bank: the side that asks and the side that answers.
///
/// Both sides are Markdown, as in the content files.
public struct CardContent: Hashable, Sendable, Codable {
    /// A short name for lists: the title of the question or snippet.
    public var title: String
    /// The side shown first: what to recall.
    public var front: String
    /// The side shown after: the answer.
    public var back: String

    /// Creates card content.
    public init(title: String, front: String, back: String) {
        self.title = title
        self.front = front
        self.back = back
    }
}
