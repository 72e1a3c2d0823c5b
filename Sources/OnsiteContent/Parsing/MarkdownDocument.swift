/// A Markdown content file split into its YAML front matter and its level-2 sections.
struct MarkdownDocument {
    /// One `## Heading` section of the body.
    struct Section {
        var heading: String
        /// The heading's 1-based line in the file.
        var line: Int
        /// The text under the heading, trimmed of surrounding blank lines.
        var text: String
    }

    /// The front matter's YAML text.
    var frontMatter: String
    /// The file line of the first front-matter line (the line after the opening `---`).
    var frontMatterLine: Int
    var sections: [Section]

    /// Splits `text`, reporting problems against `file`; returns `nil` when there is no usable front matter.
    init?(_ text: String, file: String, diagnostics: Diagnostics) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard lines.first?.trimmingTrailingSpaces == "---" else {
            diagnostics.report(
                file, line: 1, field: nil,
                "expected YAML front matter: the first line must be `---`")
            return nil
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingTrailingSpaces == "---" })
        else {
            diagnostics.report(
                file, line: 1, field: nil,
                "front matter is not closed: expected a second line holding only `---`")
            return nil
        }
        frontMatter = lines[1..<closing].joined(separator: "\n")
        frontMatterLine = 2
        sections = []

        var fence: Substring?
        var current: Section?
        var preamble: (line: Int, text: String)?
        for index in (closing + 1)..<lines.count {
            let line = lines[index]
            let trimmed = line.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) && trimmed.drop(while: { $0 == open.first }).allSatisfy(\.isWhitespace) {
                    fence = nil
                }
            } else if let marker = MarkdownDocument.fenceMarker(trimmed) {
                fence = marker
            } else if line.hasPrefix("## ") {
                if let current { sections.append(current.trimmed()) }
                current = Section(
                    heading: String(line.dropFirst(3)).trimmingTrailingSpaces, line: index + 1, text: "")
                continue
            }
            if current != nil {
                current!.text += line + "\n"
            } else if !line.allSatisfy(\.isWhitespace), preamble == nil {
                preamble = (index + 1, line)
            }
        }
        if let current { sections.append(current.trimmed()) }
        if let preamble {
            diagnostics.report(
                file, line: preamble.line, field: nil,
                "text before the first `## ` section heading; expected every part of the body under a section")
        }
    }

    /// The opening fence (three or more backticks or tildes) that starts `line`, if any.
    private static func fenceMarker(_ line: Substring) -> Substring? {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let marker = line.prefix(while: { $0 == first })
        return marker.count >= 3 ? marker : nil
    }
}

extension MarkdownDocument.Section {
    fileprivate func trimmed() -> Self {
        var copy = self
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        copy.text = lines.joined(separator: "\n")
        return copy
    }

    /// The body of the section's single fenced code block, or `nil` when it does not hold exactly one.
    var singleCodeBlock: String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, let last = lines.last, lines.count >= 2 else { return nil }
        let opener = first.drop(while: { $0 == " " })
        guard let mark = opener.first, mark == "`" || mark == "~" else { return nil }
        let fence = opener.prefix(while: { $0 == mark })
        guard fence.count >= 3, last.trimmingTrailingSpaces == String(fence) else { return nil }
        let inner = lines.dropFirst().dropLast()
        guard !inner.contains(where: { $0.hasPrefix(fence) }) else { return nil }
        return inner.joined(separator: "\n")
    }
}

extension StringProtocol {
    var trimmingTrailingSpaces: String {
        var text = String(self)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
