extension ResumeRound {
    /// The rubric a walk-through of this bullet is judged against.
    ///
    /// Kind `.behaviour`, id `behaviour.resume-bullet-N`. Four points with the ids `problem`,
    /// `approach`, `scale`, `impact`, weighted by ``weights``; each point's phrasings are the bullet's own
    /// phrase for it, when it has one. Follow-ups: one aimed at each point (for the answer that
    /// leaves it out), then the bullet's deeper probing questions (trade-offs, scale, depth,
    /// experience). It has no pitfalls. Judge answers with ``judge(_:about:excluding:)``; the
    /// rubric exists so that reports, stored judgements and follow-up choice work as for any item.
    public func rubric(for bullet: ResumeBullet) -> Rubric {
        rubric(for: BulletAnalysis(of: bullet))
    }

    /// The rubric of an analysed bullet.
    public func rubric(for analysis: BulletAnalysis) -> Rubric {
        let bullet = analysis.bullet
        let writer = QuestionWriter(
            bullet: bullet, detector: PartDetector(bullet.text), evidence: analysis.evidence)
        let points = ResumePart.allCases.map { part in
            AssessmentPoint(
                id: part.rawValue, weight: Self.weights[part] ?? 1, strongAnswer: Self.strongAnswer(part, analysis),
                concepts: [Concept(alternatives: Self.conceptWords[part] ?? [])],
                phrasings: analysis.evidence(for: part).map { [$0.phrase] } ?? [])
        }
        let aimed = ResumePart.allCases.map { part in
            FollowUp(prompt: writer.remind(part), aim: .point(part.rawValue))
        }
        let deeper = analysis.probingQuestions.filter(\.isDeeper)
        let words = bullet.text.split(separator: " ")
        let title = "Resume: " + words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
        return Rubric(
            id: Self.rubricID(for: bullet), kind: .behaviour, title: title, prompt: Self.promptOpening + bullet.text,
            modelAnswer: Self.modelAnswer(analysis), points: points, pitfalls: [], followUps: aimed + deeper)
    }

    /// What a strong walk-through says on one part of this bullet.
    static func strongAnswer(_ part: ResumePart, _ analysis: BulletAnalysis) -> String {
        let technology = analysis.technologies.first
        switch part {
        case .problem:
            return "Why the work was needed: what was slow, failing, manual or costly before, and who felt it."
        case .approach:
            let why = technology.map { " (why \($0.name) and not \($0.alternatives))" } ?? ""
            return "What you did yourself and how: the design, the tools, and why them over the alternatives\(why)."
        case .scale:
            return "The size, in figures: users, requests per second, data, services or people involved."
        case .impact:
            return "The measured outcome, from what to what, and how it was measured."
        }
    }

    private static func modelAnswer(_ analysis: BulletAnalysis) -> String {
        let parts = ResumePart.allCases.map { part in
            let said =
                analysis.evidence(for: part).map { " — the line says \"\($0.phrase)\"" } ?? " — the line leaves it out"
            return "\(part.question)\(said)"
        }
        return "A strong walk-through answers four questions in the candidate's own words: "
            + parts.joined(separator: "; ") + ". It adds what the line cannot: the reasons, the alternatives "
            + "considered, what went wrong, and what the candidate did personally."
    }

    /// Words that evidence each part, for readers of the rubric (the judge uses ``ResumeLexicon``).
    private static let conceptWords: [ResumePart: [String]] = [
        .problem: ["because", "was slow", "was failing", "outages", "bottleneck", "manual", "to fix"],
        .approach: ["built", "replaced", "migrated", "designed", "by", "using"],
        .scale: ["users", "requests per second", "rows", "TB", "services", "engineers"],
        .impact: ["reduced", "cut", "improved", "increased", "saved", "percent", "from … to …"],
    ]
}

extension QuestionWriter {
    /// The follow-up that asks for one part, reminding the candidate of the bullet's own phrase
    /// when it has one.
    func remind(_ part: ResumePart) -> String {
        guard let stated = evidence.first(where: { $0.part == part }), stated.strength == .clear else {
            return ask(part)
        }
        let said = "\"\(stated.phrase)\""
        switch part {
        case .problem: return "Your line says \(said): what was happening before, and who felt it?"
        case .approach: return "Your line says \(said): what exactly did you do, and why that way?"
        case .scale: return "Your line says \(said): was that the peak or the average, and what did handling it take?"
        case .impact: return "Your line says \(said): how did you measure that, and what was the baseline?"
        }
    }
}
