import OnsiteCore

/// Reads "what does this print" snippets.
enum SnippetReader {
    static func read(_ front: YAMLMapping, _ document: MarkdownDocument) -> Snippet? {
        front.rejectUnknownKeys(allowed: ["id", "kind", "title", "area", "subtopics", "level", "tags", "raises"])
        let header = ItemHeader.read(front)
        let raises = front.text("raises", required: false)
        if let raises, !raises.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) {
            front.report("raises", "expected an exception type name such as TypeError; found \"\(raises)\"")
        }
        let sections = document.sections(required: ["Code", "Output", "Explanation"], source: front.source)
        let code = block(sections["Code"], source: front.source, allowEmpty: false)
        let output = block(sections["Output"], source: front.source, allowEmpty: true)
        guard let header, let code, let output, let explanation = sections["Explanation"] else { return nil }
        return Snippet(
            id: header.id, title: header.title, area: header.area, subtopics: header.subtopics,
            level: header.level, tags: header.tags, code: code + "\n", output: output, raises: raises,
            explanation: explanation.text)
    }

    private static func block(_ section: MarkdownDocument.Section?, source: YAMLSource, allowEmpty: Bool) -> String? {
        guard let section else { return nil }
        guard let code = section.singleCodeBlock else {
            source.report(
                line: section.line, field: nil,
                "section `## \(section.heading)` must hold exactly one fenced code block and nothing else")
            return nil
        }
        if !allowEmpty && code.allSatisfy(\.isWhitespace) {
            source.report(line: section.line, field: nil, "the code block of `## \(section.heading)` is empty")
            return nil
        }
        return code
    }
}
