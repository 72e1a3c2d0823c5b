/// Reads a job description and finds the skills it asks for, so a plan can be aimed at one job.
///
/// Each skill's keywords are looked for line by line, case-insensitively and on word boundaries
/// (see ``JobProfile`` for the result). A skill is preferred rather than required when every line
/// naming it sits under a heading such as "Nice to have", "Preferred", "Bonus" or "Pluses", or says
/// so itself ("AWS is a plus"); a heading such as "Requirements" makes even a usually preferred
/// skill required. Elsewhere the skill keeps the priority of the skill list.
///
/// ```swift
/// let profile = JobMatcher(skills: bank.skills).match(description)
/// profile.focusAreas  // ["databases", "web", …]
/// ```
public struct JobMatcher: Sendable {
    /// The skills looked for, in the order results list them.
    public let skills: [JobSkill]
    private let patterns: [[KeywordPattern]]

    /// The weight a required skill gives each of its areas, before the bonus for repeated evidence.
    static let requiredWeight = 1.0
    /// The weight a preferred skill gives; less than a required one.
    static let preferredWeight = 0.5

    /// Makes a matcher for a skill list, usually the bank's ``ContentBank/skills``.
    public init(skills: [JobSkill]) {
        self.skills = skills
        self.patterns = skills.map { $0.keywords.map { KeywordPattern($0) } }
    }

    /// Finds the skills `description` names, with the evidence, their priority and the weight of each area.
    public func match(_ description: String) -> JobProfile {
        let lines = JobLine.lines(of: description)
        var matched: [MatchedSkill] = []
        var unmatched: [JobSkill] = []
        for (skill, keywords) in zip(skills, patterns) {
            var evidence: [SkillEvidence] = []
            for line in lines {
                for pattern in keywords where pattern.isFound(in: line.normalised) {
                    evidence.append(
                        SkillEvidence(
                            keyword: pattern.keyword, line: line.text, lineNumber: line.number,
                            priority: line.priority ?? skill.priority))
                }
            }
            if evidence.isEmpty {
                unmatched.append(skill)
            } else {
                let required = evidence.contains { $0.priority == .required }
                matched.append(
                    MatchedSkill(skill: skill, priority: required ? .required : .preferred, evidence: evidence))
            }
        }
        return JobProfile(matched: matched, unmatched: unmatched, areaWeights: Self.areaWeights(of: matched))
    }

    /// Sums each skill's weight over its areas and scales the result so the heaviest area weighs 1.
    ///
    /// A skill weighs ``requiredWeight`` or ``preferredWeight``, a quarter more for each further
    /// distinct keyword found (at most twice as much), and gives its first area all of it, the
    /// second three quarters and the rest half: the skill list names the main area first.
    static func areaWeights(of matched: [MatchedSkill]) -> [String: Double] {
        var weights: [String: Double] = [:]
        for skill in matched {
            let base = skill.priority == .required ? requiredWeight : preferredWeight
            let intensity = 1 + 0.25 * Double(min(skill.keywords.count - 1, 4))
            for (position, area) in skill.skill.areas.enumerated() {
                let share = max(0.5, 1 - 0.25 * Double(position))
                weights[area, default: 0] += base * intensity * share
            }
        }
        guard let heaviest = weights.values.max(), heaviest > 0 else { return [:] }
        return weights.mapValues { $0 / heaviest }
    }
}

/// One line of a job description, with what its wording or its heading says about priority.
struct JobLine: Hashable, Sendable {
    /// The line, trimmed.
    var text: String
    /// The line number, from 1.
    var number: Int
    /// The line lowercased with white space collapsed, for keyword search.
    var normalised: [Character]
    /// What the line or the heading above it says: preferred, required or nothing.
    var priority: JobSkill.Priority?

    /// Words that mark a heading or a line as "nice to have".
    static let preferredMarkers = [
        "nice to have", "good to have", "preferred", "bonus", "bonus points", "pluses", "a plus", "big plus",
        "desirable", "desired", "optional", "ideally", "not required", "would be great", "would be nice",
        "an advantage", "extra credit",
    ].map { KeywordPattern($0, allowsPlural: false) }

    /// Words that mark a line as required wherever it stands.
    static let requiredMarkers = ["required", "must", "must have", "essential", "mandatory"].map {
        KeywordPattern($0, allowsPlural: false)
    }

    /// Words that mark a heading as the list of requirements.
    static let requiredHeadingMarkers =
        requiredMarkers
        + [
            "requirements", "qualifications", "minimum", "what you'll need", "what you will need",
            "what we're looking for", "what we are looking for", "you have", "you bring", "you will bring",
        ].map { KeywordPattern($0, allowsPlural: false) }

    /// Splits a description into lines, carrying the priority of each heading down to the next one.
    static func lines(of description: String) -> [JobLine] {
        var result: [JobLine] = []
        var section: JobSkill.Priority?
        let rawLines = description.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, raw) in rawLines.enumerated() {
            let shape = LineShape(raw)
            guard !shape.words.isEmpty else { continue }
            let normalised = KeywordPattern.normalised(raw)
            let priority: JobSkill.Priority?
            if shape.isHeading {
                section = marker(in: normalised, heading: true)
                priority = section
            } else {
                priority = marker(in: normalised, heading: false) ?? section
            }
            result.append(
                JobLine(
                    text: String(trimmed(raw)), number: index + 1, normalised: normalised,
                    priority: priority))
        }
        return result
    }

    /// The priority the words of a line (or a heading) state, preferred words first.
    static func marker(in normalised: [Character], heading: Bool) -> JobSkill.Priority? {
        if preferredMarkers.contains(where: { $0.isFound(in: normalised) }) { return .preferred }
        let required = heading ? requiredHeadingMarkers : requiredMarkers
        if required.contains(where: { $0.isFound(in: normalised) }) { return .required }
        return nil
    }
}

/// The layout of a line: whether it is a bullet, a heading, and its words.
private struct LineShape {
    var words: [Substring]
    var isHeading: Bool

    init(_ raw: Substring) {
        var text = trimmed(raw)
        let isMarkdownHeading = text.hasPrefix("#")
        let isBold = (text.hasPrefix("**") && text.hasSuffix("**")) || (text.hasPrefix("__") && text.hasSuffix("__"))
        let isBullet = !isBold && LineShape.dropBullet(&text)
        text = text.drop { "#*_ ".contains($0) }
        while let last = text.last, "*_ ".contains(last) { text = text.dropLast() }
        words = text.split(whereSeparator: { $0.isWhitespace })
        let endsWithColon = text.hasSuffix(":")
        let labelled = text.dropLast().contains(":")
        let normalised = KeywordPattern.normalised(text)
        let startsWithMarker = (JobLine.preferredMarkers + JobLine.requiredHeadingMarkers).contains {
            $0.firstOccurrence(in: normalised) == 0
        }
        let shortLabel = !isBullet && startsWithMarker && words.count <= 6 && !labelled && !text.hasSuffix(".")
        isHeading =
            words.count > 0 && (isMarkdownHeading || (isBold && words.count <= 8) || endsWithColon || shortLabel)
    }

    /// Removes a leading bullet (`-`, `*`, `+`, `•`, `1.`, `2)`) and says whether there was one.
    private static func dropBullet(_ text: inout Substring) -> Bool {
        if let first = text.first, "-*+•·–".contains(first), text.dropFirst().first?.isWhitespace ?? true {
            text = text.dropFirst().drop { $0.isWhitespace }
            return true
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if !digits.isEmpty, let mark = rest.first, mark == "." || mark == ")",
            rest.dropFirst().first?.isWhitespace ?? true
        {
            text = rest.dropFirst().drop { $0.isWhitespace }
            return true
        }
        return false
    }
}

/// `text` without white space at either end.
private func trimmed(_ text: Substring) -> Substring {
    guard let start = text.firstIndex(where: { !$0.isWhitespace }),
        let end = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return text[start...end]
}
