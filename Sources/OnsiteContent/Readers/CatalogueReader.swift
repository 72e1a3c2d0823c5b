import OnsiteCore

/// Reads the YAML catalogues: areas, the plan outline and the job-skill map.
enum CatalogueReader {
    static func areas(_ root: YAMLMapping) -> [Area] {
        root.rejectUnknownKeys(allowed: ["kind", "areas"])
        return root.mappings("areas").compactMap { entry in
            entry.rejectUnknownKeys(allowed: ["id", "title", "summary"])
            let id = entry.slug("id")
            let title = entry.text("title")
            let summary = entry.text("summary")
            guard let id, let title, let summary else { return nil }
            return Area(id: id, title: title, summary: summary)
        }
    }

    static func outline(_ root: YAMLMapping) -> (PlanOutline, [String: Int])? {
        root.rejectUnknownKeys(allowed: ["kind", "weeks"])
        var weeks: [PlanWeek] = []
        var areaLines: [String: Int] = [:]
        for entry in root.mappings("weeks") {
            entry.rejectUnknownKeys(allowed: ["week", "title", "areas", "work"])
            let number = entry.integer("week", in: 1...52)
            let title = entry.text("title")
            let areas = entry.texts("areas")
            let work = entry.texts("work")?.compactMap { name -> WorkKind? in
                guard let kind = WorkKind(rawValue: name) else {
                    let allowed = WorkKind.allCases.map(\.rawValue).joined(separator: ", ")
                    entry.report("work", "expected each entry to be one of: \(allowed); found \"\(name)\"")
                    return nil
                }
                return kind
            }
            if let number, number != weeks.count + 1 {
                entry.report(
                    "week", "weeks must be numbered 1, 2, 3… in order; expected \(weeks.count + 1), found \(number)")
            }
            for area in areas ?? [] { areaLines[area] = areaLines[area] ?? entry.line(of: entry.value("areas")!) }
            guard let number, let title, let areas, let work else { continue }
            weeks.append(PlanWeek(week: number, title: title, areas: areas, work: work))
        }
        return weeks.isEmpty ? nil : (PlanOutline(weeks: weeks), areaLines)
    }

    static func skills(_ root: YAMLMapping) -> [(JobSkill, line: Int)] {
        root.rejectUnknownKeys(allowed: ["kind", "skills"])
        var seen: Set<String> = []
        return root.mappings("skills").compactMap { entry in
            entry.rejectUnknownKeys(allowed: ["id", "name", "priority", "areas", "keywords"])
            let id = entry.slug("id")
            let name = entry.text("name")
            let priority = entry.choice("priority", JobSkill.Priority.self)
            let areas = entry.texts("areas")
            let keywords = entry.texts("keywords")
            if let id, !seen.insert(id).inserted { entry.report("id", "skill \"\(id)\" is defined twice") }
            guard let id, let name, let priority, let areas, let keywords else { return nil }
            let skill = JobSkill(
                id: id, name: name, priority: priority, areas: areas, keywords: keywords.map { $0.lowercased() })
            return (skill, entry.line)
        }
    }
}
