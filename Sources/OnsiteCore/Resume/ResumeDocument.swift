/// A resume read from plain text or Markdown: its sections and the bullets under them, each
/// bullet with its line number and the section and role it belongs to.
///
/// Reading never fails: lines it does not recognise (a summary paragraph, contact details) are
/// kept out of the bullets. See `docs/resume.md` for what counts as a heading, a role line and a
/// bullet.
public struct ResumeDocument: Hashable, Sendable, Codable {
    /// The section headings, in order.
    public var sections: [ResumeSection]
    /// Every bullet, in order, wrapped lines joined.
    public var bullets: [ResumeBullet]
    /// The number of lines read.
    public var lineCount: Int

    /// A document from its parts, for decoding and tests; use ``init(text:)`` to read one.
    public init(sections: [ResumeSection], bullets: [ResumeBullet], lineCount: Int) {
        self.sections = sections
        self.bullets = bullets
        self.lineCount = lineCount
    }

    /// Reads a resume written as plain text or Markdown.
    public init(text: String) {
        var reader = ResumeReader()
        reader.read(text)
        self.init(sections: reader.sections, bullets: reader.bullets, lineCount: reader.lineCount)
    }

    /// The bullet with this number (1-based), if there is one.
    public func bullet(_ number: Int) -> ResumeBullet? {
        bullets.indices.contains(number - 1) ? bullets[number - 1] : nil
    }
}

/// A section heading of a resume, such as "Experience".
public struct ResumeSection: Hashable, Sendable, Codable {
    /// The heading as written, without Markdown marks or a trailing colon.
    public var title: String
    /// The 1-based line of the heading.
    public var line: Int

    /// A section heading.
    public init(title: String, line: Int) {
        self.title = title
        self.line = line
    }

    /// Whether the section lists things other than achievements: skills, education, languages,
    /// interests, certifications, contact details. Its bullets are not asked about.
    public var isBackground: Bool {
        let title = title.lowercased()
        return ResumeReader.backgroundSectionWords.contains { title.contains($0) }
    }
}

/// One bullet of a resume: an achievement line, with where it is and under what.
public struct ResumeBullet: Hashable, Sendable, Codable, Identifiable {
    /// The bullet's position among the resume's bullets, from 1.
    public var number: Int
    /// The bullet's text without its marker or Markdown emphasis, wrapped lines joined by a space.
    public var text: String
    /// The 1-based line the bullet starts on.
    public var line: Int
    /// The last line of the bullet (the same as ``line`` unless it wraps).
    public var lastLine: Int
    /// The section heading above the bullet, for example "Experience".
    public var section: String?
    /// The role or company line above the bullet, for example "Senior Engineer — Acme (2021–2024)".
    public var role: String?

    /// A bullet; the defaults suit a single line analysed on its own.
    public init(
        number: Int = 1, text: String, line: Int = 1, lastLine: Int? = nil, section: String? = nil,
        role: String? = nil
    ) {
        self.number = number
        self.text = text
        self.line = line
        self.lastLine = lastLine ?? line
        self.section = section
        self.role = role
    }

    /// The bullet's number, unique within its document.
    public var id: Int { number }

    /// The four parts this bullet states, with rewrite prompts and an interviewer's questions.
    public var analysis: BulletAnalysis { BulletAnalysis(of: self) }
}
