/// An area of knowledge from the brief, such as Core Python or Databases.
public struct Area: Hashable, Sendable, Codable, Identifiable {
    /// The area id used as the prefix of item ids, for example `databases`.
    public var id: String
    /// The title shown to users, for example "Databases".
    public var title: String
    /// One or two sentences on what the area covers.
    public var summary: String

    public init(id: String, title: String, summary: String) {
        self.id = id
        self.title = title
        self.summary = summary
    }
}

/// The seniority a question or exercise is pitched at.
public enum Level: String, CaseIterable, Hashable, Sendable, Codable {
    case mid
    case senior
}

/// The round of an interview loop an item belongs to.
public enum Round: String, CaseIterable, Hashable, Sendable, Codable {
    case fundamentals
    case coding
    case debugging
    case design
    case behaviour
}

/// The kinds of content item a pack can hold.
public enum ContentKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A conceptual interview question with a rubric.
    case question
    /// A system-design prompt with a staged rubric.
    case design
    /// A behavioural or leadership prompt with a STAR-shaped rubric.
    case behaviour
    /// A "what does this print" snippet with its verified output.
    case snippet
    /// A practical exercise run against visible and hidden tests.
    case exercise
    /// The list of areas.
    case areas
    /// The study-plan outline.
    case plan
    /// The map from job-description skills to areas.
    case skills
}
