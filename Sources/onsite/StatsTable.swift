import OnsiteCore

/// The human-readable form of ``ContentStats``.
struct StatsTable {
    var stats: ContentStats
    var areas: [Area]

    func render() -> String {
        var lines = ["\(stats.total) items"]
        lines.append("")
        lines.append(section("By kind", stats.kinds.sorted { $0.key < $1.key }))
        lines.append(section("By level", stats.levels.sorted { $0.key < $1.key }))
        lines.append(section("By round", Round.allCases.map { ($0.rawValue, stats.rounds[$0.rawValue] ?? 0) }))
        let kinds = ["question", "design", "behaviour", "snippet", "exercise"]
        var table = ["By area".padding(28) + kinds.map { $0.padding(10) }.joined() + "total"]
        for area in areas {
            let counts = stats.areaKinds[area.id] ?? [:]
            let cells = kinds.map { String(counts[$0] ?? 0).padding(10) }.joined()
            table.append("  " + area.title.padding(26) + cells + String(stats.areas[area.id] ?? 0))
        }
        lines.append(table.joined(separator: "\n"))
        if !stats.exerciseTasks.isEmpty {
            lines.append("")
            lines.append(section("Exercises by task", stats.exerciseTasks.sorted { $0.key < $1.key }))
        }
        lines.append("Plan outline: \(stats.planWeeks) weeks; job-skill map: \(stats.skills) skills")
        return lines.joined(separator: "\n")
    }

    private func section(_ title: String, _ rows: [(String, Int)]) -> String {
        ([title] + rows.map { "  " + $0.0.padding(26) + String($0.1) }).joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The string padded with spaces to `width` characters (never truncated).
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
