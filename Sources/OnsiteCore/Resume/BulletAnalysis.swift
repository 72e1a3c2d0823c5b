/// What one resume bullet tells an interviewer: which of the four parts it states (problem,
/// approach, scale, impact) with the phrase that states each, what to add, and the questions an
/// interviewer would dig in with.
///
/// Deterministic: the same bullet always gives the same analysis. See `docs/resume.md`.
public struct BulletAnalysis: Hashable, Sendable, Codable {
    /// The bullet analysed.
    public var bullet: ResumeBullet
    /// The evidence of each part the bullet states, clearly or vaguely, in ``ResumePart`` order.
    public var evidence: [PartEvidence]
    /// The technologies the bullet names, in order of mention.
    public var technologies: [Technology]
    /// For each part missing or vague, what to add, concrete to this bullet.
    public var rewritePrompts: [RewritePrompt]
    /// The questions an interviewer would ask about this bullet, in the order they would ask them.
    /// Questions aimed at a part the bullet leaves out or leaves vague have the aim
    /// ``FollowUp/Aim/point(_:)`` with the part's name (`problem`, `approach`, `scale`, `impact`).
    public var probingQuestions: [FollowUp]

    /// An analysis from its parts, for decoding and tests; use ``init(of:)`` to analyse a bullet.
    public init(
        bullet: ResumeBullet, evidence: [PartEvidence], technologies: [Technology], rewritePrompts: [RewritePrompt],
        probingQuestions: [FollowUp]
    ) {
        self.bullet = bullet
        self.evidence = evidence
        self.technologies = technologies
        self.rewritePrompts = rewritePrompts
        self.probingQuestions = probingQuestions
    }

    /// Analyses a bullet.
    public init(of bullet: ResumeBullet) {
        let detector = PartDetector(bullet.text)
        let evidence = detector.evidence
        let writer = QuestionWriter(bullet: bullet, detector: detector, evidence: evidence)
        self.init(
            bullet: bullet, evidence: evidence, technologies: detector.technologies.map(\.technology),
            rewritePrompts: writer.rewritePrompts, probingQuestions: writer.probingQuestions)
    }

    /// The evidence of one part, or `nil` when the bullet does not state it.
    public func evidence(for part: ResumePart) -> PartEvidence? {
        evidence.first { $0.part == part }
    }

    /// Whether the bullet states the part, clearly or vaguely.
    public func states(_ part: ResumePart) -> Bool { evidence(for: part) != nil }

    /// The parts the bullet states, clearly or vaguely.
    public var stated: [ResumePart] { evidence.map(\.part) }

    /// The parts the bullet states only vaguely ("improved performance", "worked on").
    public var vague: [ResumePart] { evidence.filter { $0.strength == .vague }.map(\.part) }

    /// The parts the bullet does not state at all.
    public var missing: [ResumePart] { ResumePart.allCases.filter { !states($0) } }

    /// Whether all four parts are stated clearly.
    public var isComplete: Bool { evidence.count == ResumePart.allCases.count && vague.isEmpty }
}

/// What to add to a bullet for one part it leaves out or leaves vague.
public struct RewritePrompt: Hashable, Sendable, Codable {
    /// The part to add or sharpen.
    public var part: ResumePart
    /// For example "Add the scale: how many requests per second did Redis serve, and how much data did it hold?"
    public var text: String

    /// A prompt for one part.
    public init(part: ResumePart, text: String) {
        self.part = part
        self.text = text
    }
}
