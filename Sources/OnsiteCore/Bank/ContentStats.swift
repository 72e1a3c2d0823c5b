/// Counts of a bank's items by kind, area, level and round.
///
/// Areas, questions, snippets and exercises count as items; the areas list, the plan
/// outline and the skill map are counted separately.
public struct ContentStats: Hashable, Sendable, Codable {
    /// Item count.
    public var total: Int
    /// Items per kind (`question`, `design`, `behaviour`, `snippet`, `exercise`).
    public var kinds: [String: Int]
    /// Items per area id.
    public var areas: [String: Int]
    /// Items per level.
    public var levels: [String: Int]
    /// Items per interview round (exercises by their task's round, snippets as fundamentals).
    public var rounds: [String: Int]
    /// Items per area, then per kind.
    public var areaKinds: [String: [String: Int]]
    /// Exercises per task.
    public var exerciseTasks: [String: Int]
    /// Weeks in the plan outline.
    public var planWeeks: Int
    /// Skills in the job-skill map.
    public var skills: Int

    public init(of bank: ContentBank) {
        var entries: [(kind: ContentKind, area: String, level: Level, round: Round)] = []
        entries += bank.questions.map { ($0.kind, $0.area, $0.level, $0.round) }
        entries += bank.snippets.map { (.snippet, $0.area, $0.level, .fundamentals) }
        entries += bank.exercises.map { (.exercise, $0.area, $0.level, $0.task.round) }

        total = entries.count
        kinds = Self.count(entries.map(\.kind.rawValue))
        areas = Self.count(entries.map(\.area))
        levels = Self.count(entries.map(\.level.rawValue))
        rounds = Self.count(entries.map(\.round.rawValue))
        areaKinds = Dictionary(grouping: entries, by: \.area).mapValues {
            Self.count($0.map(\.kind.rawValue))
        }
        exerciseTasks = Self.count(bank.exercises.map(\.task.rawValue))
        planWeeks = bank.outline?.weeks.count ?? 0
        skills = bank.skills.count
        for area in bank.areas where areas[area.id] == nil {
            areas[area.id] = 0
        }
    }

    private static func count(_ keys: [String]) -> [String: Int] {
        keys.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
