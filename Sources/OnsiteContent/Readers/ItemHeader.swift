import OnsiteCore

/// The fields every question, snippet and exercise shares.
struct ItemHeader {
    var id: ItemID
    var title: String
    var area: String
    var subtopics: [String]
    var level: Level
    var tags: [String]

    /// Reads the shared fields and checks that the id's area prefix matches `area`.
    static func read(_ front: YAMLMapping) -> ItemHeader? {
        let id = front.itemID("id")
        let title = front.text("title")
        let area = front.slug("area")
        let subtopics = front.texts("subtopics")
        let level = front.choice("level", Level.self)
        let tags = front.texts("tags", required: false, minimum: 0) ?? []
        if let id, let area, id.area != area {
            front.report(
                "id", "the id's area prefix \"\(id.area)\" differs from area \"\(area)\"; expected \(area).\(id.slug)")
            return nil
        }
        guard let id, let title, let area, let subtopics, let level else { return nil }
        return ItemHeader(id: id, title: title, area: area, subtopics: subtopics, level: level, tags: tags)
    }
}

extension MarkdownDocument {
    /// The sections by heading, after reporting missing, unknown and repeated ones.
    func sections(required: [String], optional: [String] = [], source: YAMLSource) -> [String: Section] {
        var found: [String: Section] = [:]
        let allowed = required + optional
        for section in sections {
            if !allowed.contains(section.heading) {
                let expected = allowed.map { "`## \($0)`" }.joined(separator: ", ")
                source.report(
                    line: section.line, field: nil,
                    "unknown section `## \(section.heading)`; expected \(expected)")
            } else if let first = found[section.heading] {
                source.report(
                    line: section.line, field: nil,
                    "section `## \(section.heading)` appears twice (first at line \(first.line))")
            } else if section.text.allSatisfy(\.isWhitespace) {
                source.report(line: section.line, field: nil, "section `## \(section.heading)` is empty")
            } else {
                found[section.heading] = section
            }
        }
        for heading in required where found[heading] == nil && !sections.contains(where: { $0.heading == heading }) {
            source.report(line: 0, field: nil, "missing required section `## \(heading)`")
        }
        return found
    }
}
