/// The four things every line of a senior resume must answer, and an interviewer digs into.
public enum ResumePart: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// What problem: why the work was needed ("checkout timed out under load").
    case problem
    /// Why this approach: what was done, and how or with what ("replaced polling with Kafka").
    case approach
    /// At what scale: users, requests, data, services, people ("40k req/s", "a team of 6").
    case scale
    /// With what impact: the measured outcome ("cut p99 latency from 800 ms to 120 ms").
    case impact

    /// The order an interviewer follows up parts of equal weight and verdict: the result, then the
    /// why, then the how, then the size. (Impact also weighs most; see ``ResumeRound/weights``.)
    public static let followUpOrder: [ResumePart] = [.impact, .problem, .approach, .scale]

    /// The part's name for people, for example "problem".
    public var name: String { rawValue }

    /// The question the part answers, for example "With what impact?".
    public var question: String {
        switch self {
        case .problem: "What problem?"
        case .approach: "Why this approach?"
        case .scale: "At what scale?"
        case .impact: "With what impact?"
        }
    }

    /// Parts order as listed: problem, approach, scale, impact.
    public static func < (lhs: ResumePart, rhs: ResumePart) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The words of a resume line or an answer that state one of the four parts.
public struct PartEvidence: Hashable, Sendable, Codable {
    /// How clearly the part is stated.
    public enum Strength: String, Hashable, Sendable, Codable, CaseIterable {
        /// Stated concretely: a cause, a method, a figure.
        case clear
        /// Gestured at: "improved performance", "worked on", "millions of users", "to support growth".
        case vague
    }

    /// The part the phrase states.
    public var part: ResumePart
    /// How clearly it states it.
    public var strength: Strength
    /// The phrase that states the part, exactly as written.
    public var phrase: String

    /// Evidence of one part.
    public init(part: ResumePart, strength: Strength, phrase: String) {
        self.part = part
        self.strength = strength
        self.phrase = phrase
    }
}
