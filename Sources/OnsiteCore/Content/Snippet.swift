/// A "what does this print" snippet whose recorded output is verified by running it.
public struct Snippet: Hashable, Sendable, Codable, Identifiable {
    public var id: ItemID
    public var title: String
    public var area: String
    public var subtopics: [String]
    public var level: Level
    public var tags: [String]
    /// The Python source, run as a script.
    public var code: String
    /// Exactly what the script writes to standard output.
    public var output: String
    /// The exception type that escapes the script, if it ends in an uncaught exception.
    public var raises: String?
    /// Why the output is what it is (Markdown).
    public var explanation: String

    public init(
        id: ItemID, title: String, area: String, subtopics: [String], level: Level,
        tags: [String], code: String, output: String, raises: String?, explanation: String
    ) {
        self.id = id
        self.title = title
        self.area = area
        self.subtopics = subtopics
        self.level = level
        self.tags = tags
        self.code = code
        self.output = output
        self.raises = raises
        self.explanation = explanation
    }
}
