/// Reads a resume line by line into sections, role lines and bullets.
///
/// - Headings: Markdown `#` headings, underlined headings (`===` or `---` on the next line),
///   known section names on a line of their own ("Experience", "Skills:"), and short all-caps
///   lines ("WORK EXPERIENCE"). A `#` heading deeper than the current section's names a role.
/// - Bullets: `-`, `*`, `+`, `•`, `◦`, `▪`, `–` or `1.` / `1)` followed by a space.
/// - A line right after a bullet continues it when it is indented past the marker, starts in
///   lowercase, a digit or `(`, or the bullet so far ends in `,`, `-`, `/`, `&` or a word such
///   as "and", "to", "of".
/// - Any other short line (20 words or fewer) is a role or company line; consecutive ones
///   are joined with " — ".
struct ResumeReader {
    private(set) var sections: [ResumeSection] = []
    private(set) var bullets: [ResumeBullet] = []
    private(set) var lineCount = 0

    private enum LineKind { case blank, bullet, role, other }

    private struct OpenBullet {
        var text: String
        var line: Int
        var lastLine: Int
        var markerIndent: Int
    }

    private var section: (title: String, level: Int)?
    private var role: String?
    private var open: OpenBullet?
    private var last = LineKind.blank

    mutating func read(_ text: String) {
        // "\r\n" is one Character in Swift: split on every kind of line end.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if text.last?.isNewline == true { lines.removeLast() }
        lineCount = text.isEmpty ? 0 : lines.count
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            let trimmed = Self.trim(line)
            index += 1
            if trimmed.isEmpty {
                finishBullet()
                last = .blank
                continue
            }
            if Self.isRule(trimmed) {
                finishBullet()
                last = .other
                continue
            }
            if let (level, title) = Self.atxHeading(trimmed) {
                heading(title, level: level, line: number)
                continue
            }
            let marker = Self.bulletMarker(line)
            if marker == nil, index < lines.count, Self.indent(of: line) < 4,
                let level = Self.underlineLevel(Self.trim(lines[index]))
            {
                heading(trimmed, level: level, line: number)
                index += 1
                continue
            }
            if let (markerIndent, content) = marker {
                finishBullet()
                open = OpenBullet(text: Self.clean(content), line: number, lastLine: number, markerIndent: markerIndent)
                last = .bullet
                continue
            }
            if var bullet = open, last == .bullet, continues(bullet, with: line, trimmed: trimmed) {
                let piece = Self.clean(trimmed)
                let hyphenated = bullet.text.hasSuffix("-") && bullet.text.dropLast().last?.isLetter == true
                bullet.text += (hyphenated ? "" : " ") + piece
                bullet.lastLine = number
                open = bullet
                continue
            }
            if Self.isSectionTitle(trimmed) {
                heading(trimmed, level: 2, line: number, plain: true)
                continue
            }
            finishBullet()
            let cleaned = Self.clean(trimmed)
            if cleaned.split(separator: " ").count <= 20 {
                role = last == .role ? (role.map { $0 + " — " } ?? "") + cleaned : cleaned
                last = .role
            } else {
                last = .other
            }
        }
        finishBullet()
    }

    private mutating func heading(_ raw: String, level: Int, line: Int, plain: Bool = false) {
        finishBullet()
        var title = Self.clean(raw)
        if title.hasSuffix(":") { title.removeLast() }
        let known = Self.sectionNames.contains(title.lowercased())
        if !known && !plain, let current = section, level > current.level {
            role = title
            last = .role
            return
        }
        section = (title, level)
        sections.append(ResumeSection(title: title, line: line))
        role = nil
        last = .other
    }

    private mutating func finishBullet() {
        guard let bullet = open else { return }
        open = nil
        guard !bullet.text.isEmpty else { return }
        bullets.append(
            ResumeBullet(
                number: bullets.count + 1, text: bullet.text, line: bullet.line, lastLine: bullet.lastLine,
                section: section?.title, role: role))
    }

    private func continues(_ bullet: OpenBullet, with line: String, trimmed: String) -> Bool {
        if Self.indent(of: line) > bullet.markerIndent { return true }
        guard let first = trimmed.first else { return false }
        if first.isLowercase || first.isNumber || "(&$%+/~".contains(first) { return true }
        if let end = bullet.text.last, ",-/&(".contains(end) { return true }
        let lastWord = bullet.text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return Self.joiningWords.contains(lastWord)
    }

    // MARK: Line shapes

    private static func trim(_ text: some StringProtocol) -> String {
        var text = Substring(text)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    private static func indent(of line: String) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 } else { break }
        }
        return width
    }

    private static func atxHeading(_ trimmed: String) -> (Int, String)? {
        let hashes = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = trimmed.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        let title = trim(rest)
        let withoutClosing = title.reversed().drop { $0 == "#" }
        return (hashes, trim(String(withoutClosing.reversed())))
    }

    private static func underlineLevel(_ trimmed: String) -> Int? {
        guard trimmed.count >= 3 else { return nil }
        if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    private static func isRule(_ trimmed: String) -> Bool {
        let marks = trimmed.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The indentation of the marker and the text after it, when the line is a bullet.
    private static func bulletMarker(_ line: String) -> (Int, String)? {
        let indent = indent(of: line)
        let body = line.drop { $0 == " " || $0 == "\t" }
        guard let first = body.first else { return nil }
        if bulletSymbols.contains(first) {
            let rest = body.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            return (indent, trim(rest))
        }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        let rest = body.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " else { return nil }
        return (indent, trim(rest.dropFirst()))
    }

    static func isSectionTitle(_ trimmed: String) -> Bool {
        var title = clean(trimmed)
        let colon = title.hasSuffix(":")
        if colon { title.removeLast() }
        if sectionNames.contains(title.lowercased()) { return true }
        let words = title.split(separator: " ")
        guard (1...4).contains(words.count), title.contains(where: \.isLetter) else { return false }
        let letters = title.filter(\.isLetter)
        if letters.count >= 3 && letters.allSatisfy(\.isUppercase)
            && title.allSatisfy({ $0.isLetter || $0 == " " || $0 == "&" || $0 == "/" })
        {
            return true
        }
        return colon && words.allSatisfy { $0.first?.isUppercase == true || $0 == "&" }
    }

    /// The text without Markdown emphasis, code marks and link targets, spaces collapsed.
    static func clean(_ text: String) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "[", let close = text[index...].firstIndex(of: "]"),
                text.index(after: close) < text.endIndex, text[text.index(after: close)] == "(",
                let end = text[close...].firstIndex(of: ")")
            {
                result += text[text.index(after: index)..<close]
                index = text.index(after: end)
                continue
            }
            let next = text.index(after: index)
            if character == "*" || character == "`" {
                index = next
                continue
            }
            if character == "_", next < text.endIndex, text[next] == "_" {
                index = text.index(after: next)
                continue
            }
            result.append(character)
            index = next
        }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let bulletSymbols: Set<Character> = [
        "-", "*", "+", "\u{2022}", "\u{25E6}", "\u{25AA}", "\u{25CF}", "\u{2023}", "\u{2013}", "\u{00B7}",
    ]

    private static let joiningWords: Set<String> = [
        "and", "or", "to", "of", "the", "a", "an", "with", "by", "for", "in", "on", "from", "using", "via", "that",
        "which", "into", "across",
    ]

    static let sectionNames: Set<String> = [
        "experience", "work experience", "professional experience", "relevant experience", "employment",
        "employment history", "work history", "career history", "projects", "selected projects", "side projects",
        "personal projects", "open source", "open-source", "open source contributions", "education", "skills",
        "technical skills", "core skills", "key skills", "skills & tools", "tools", "technologies", "summary",
        "professional summary", "profile", "about", "about me", "objective", "certifications", "certificates",
        "publications", "talks", "speaking", "leadership", "achievements", "key achievements", "accomplishments",
        "awards", "honors", "honours", "volunteering", "volunteer experience", "interests", "hobbies",
        "languages", "contact", "references", "highlights", "career highlights", "courses", "training",
    ]

    static let backgroundSectionWords = [
        "skill", "education", "language", "interest", "hobb", "certif", "contact", "reference", "course",
        "training", "tools", "technologies", "award", "honor", "honour", "summary", "profile", "objective",
    ]
}
