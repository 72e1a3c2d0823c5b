/// The week-by-week outline a study plan is built from (the brief's six-week plan).
public struct PlanOutline: Hashable, Sendable, Codable {
    public var weeks: [PlanWeek]

    public init(weeks: [PlanWeek]) { self.weeks = weeks }
}

/// One week of the outline: its focus areas and the kinds of work done in it.
public struct PlanWeek: Hashable, Sendable, Codable {
    /// The week number, from 1.
    public var week: Int
    public var title: String
    public var areas: [String]
    public var work: [WorkKind]

    public init(week: Int, title: String, areas: [String], work: [WorkKind]) {
        self.week = week
        self.title = title
        self.areas = areas
        self.work = work
    }
}

/// A kind of study work a plan schedules.
public enum WorkKind: String, CaseIterable, Hashable, Sendable, Codable {
    case questions
    case snippets
    case exercises
    case design
    case behaviour
    case mock
    case review
    case resume
}

/// A skill a job description asks for, mapped onto areas of the bank.
public struct JobSkill: Hashable, Sendable, Codable, Identifiable {
    /// Whether job descriptions usually require the skill or merely prefer it.
    public enum Priority: String, CaseIterable, Hashable, Sendable, Codable {
        case required
        case preferred
    }

    public var id: String
    public var name: String
    public var priority: Priority
    public var areas: [String]
    /// Words and phrases that reveal the skill in a job description.
    public var keywords: [String]

    public init(id: String, name: String, priority: Priority, areas: [String], keywords: [String]) {
        self.id = id
        self.name = name
        self.priority = priority
        self.areas = areas
        self.keywords = keywords
    }
}
