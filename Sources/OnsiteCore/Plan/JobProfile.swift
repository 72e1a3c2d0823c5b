/// What a job description asks for, read by ``JobMatcher``: the skills it names, with the
/// evidence, and how much each area of the bank matters to it.
public struct JobProfile: Hashable, Sendable, Codable {
    /// The skills the description names, in the order of the skill list.
    public var matched: [MatchedSkill]
    /// The skills of the list the description does not name, in the order of the list.
    public var unmatched: [JobSkill]
    /// How much each area matters to the job, from 0 (not named) to 1 (the area it stresses most).
    ///
    /// Only areas the matched skills train appear; every other area weighs 0.
    public var areaWeights: [String: Double]

    /// Makes a profile from its parts (``JobMatcher/match(_:)`` is the usual way to get one).
    public init(matched: [MatchedSkill], unmatched: [JobSkill], areaWeights: [String: Double]) {
        self.matched = matched
        self.unmatched = unmatched
        self.areaWeights = areaWeights
    }

    /// A profile that names nothing: every area weighs 0.
    public static let empty = JobProfile(matched: [], unmatched: [], areaWeights: [:])

    /// The weight of `area`, 0–1; 0 when the description does not touch it.
    public func weight(of area: String) -> Double { areaWeights[area] ?? 0 }

    /// The areas the job touches, heaviest first (ties in id order).
    public var focusAreas: [String] {
        areaWeights.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }

    /// The matched skills the description requires.
    public var requiredSkills: [MatchedSkill] { matched.filter { $0.priority == .required } }

    /// The matched skills the description only prefers (nice to have, bonus, pluses).
    public var preferredSkills: [MatchedSkill] { matched.filter { $0.priority == .preferred } }
}

/// A skill a job description names, with where it says so.
public struct MatchedSkill: Hashable, Sendable, Codable, Identifiable {
    /// The skill of the list, with its areas and default priority.
    public var skill: JobSkill
    /// Required when any mention of the skill is required; preferred when every mention sits in a
    /// "nice to have" part of the description (or the skill is usually preferred and nothing says otherwise).
    public var priority: JobSkill.Priority
    /// Each keyword found and the line it was found on, in the order of the description.
    public var evidence: [SkillEvidence]

    /// Makes a matched skill from its parts.
    public init(skill: JobSkill, priority: JobSkill.Priority, evidence: [SkillEvidence]) {
        self.skill = skill
        self.priority = priority
        self.evidence = evidence
    }

    /// The skill's id.
    public var id: String { skill.id }

    /// The distinct keywords found, in the order they were first found.
    public var keywords: [String] {
        var seen = Set<String>()
        return evidence.map(\.keyword).filter { seen.insert($0).inserted }
    }
}

/// One keyword of a skill found in a job description.
public struct SkillEvidence: Hashable, Sendable, Codable {
    /// The keyword of the skill list that matched, for example `postgresql`.
    public var keyword: String
    /// The line of the description it was found on, trimmed.
    public var line: String
    /// The number of that line, from 1.
    public var lineNumber: Int
    /// Whether that line marks the skill required or preferred (its heading, or words on the line itself).
    public var priority: JobSkill.Priority

    /// Makes a piece of evidence from its parts.
    public init(keyword: String, line: String, lineNumber: Int, priority: JobSkill.Priority) {
        self.keyword = keyword
        self.line = line
        self.lineNumber = lineNumber
        self.priority = priority
    }
}
