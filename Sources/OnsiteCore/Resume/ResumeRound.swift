/// The resume round of a mock interview: the interviewer picks bullets from the resume, asks
/// "Walk me through this: …", and judges the spoken answer on the four parts every senior
/// resume line must answer — problem, approach, scale, impact.
///
/// Pure and deterministic. Each bullet is graded against its own ``Rubric`` (see
/// ``rubric(for:)``), with the id `behaviour.resume-bullet-N`, so judgements, follow-ups and
/// reports work as for any other question. See `docs/resume.md`.
public struct ResumeRound: Sendable {
    /// The weight of each part's point in the score: problem, approach and scale 1, impact 2.
    ///
    /// Impact weighs double because the measured outcome is what a resume line exists to claim, and
    /// because with four equal weights ``GradeScale`` would call any two parts "good" (0.5) and any
    /// three "excellent" (0.75). With impact at 2 (total 5): the approach alone is 0.2 (weak); two
    /// parts without the impact 0.4 (mixed); the impact with one other part 0.6 (good); three parts
    /// with the impact 0.8 and all four 1.0 (excellent).
    public static let weights: [ResumePart: Int] = [.problem: 1, .approach: 1, .scale: 1, .impact: 2]

    /// What the interviewer says before the bullet.
    public static let promptOpening = "Walk me through this: "

    /// A resume round; it holds no state.
    public init() {}

    /// The bullets most worth asking about, in the order they appear in the resume.
    ///
    /// Bullets in background sections (skills, education…) and lines of fewer than four words are
    /// left out. The rest are taken alternately from two rankings until `limit` are chosen: the
    /// strongest-sounding claims (clear parts, measured impact, named technologies), which an
    /// interviewer verifies, and the ones with the most missing or vague parts, which an
    /// interviewer probes. Ties go to the earlier bullet.
    ///
    /// - Throws: ``ResumeError`` when `limit` is below 1, or the document has nothing to ask about.
    public func questions(for document: ResumeDocument, limit: Int = 5) throws(ResumeError) -> [ResumeQuestion] {
        guard limit >= 1 else {
            throw ResumeError(.invalidLimit, "asked for \(limit) questions; ask for at least 1")
        }
        guard !document.bullets.isEmpty else {
            throw ResumeError(
                .noBullets,
                "no bullets in \(document.lineCount) lines; write each achievement on a line starting with -, *, • or 1."
            )
        }
        let backgroundSections = Set(document.sections.filter(\.isBackground).map(\.title))
        let candidates = document.bullets.filter { bullet in
            !(bullet.section.map(backgroundSections.contains) ?? false)
                && bullet.text.split(separator: " ").count >= 4
        }
        .map(BulletAnalysis.init(of:))
        .filter { $0.states(.approach) || $0.states(.impact) }
        guard !candidates.isEmpty else {
            throw ResumeError(
                .noAchievements,
                "\(document.bullets.count) bullets, but none says what you did or achieved (all are skills, education or background)"
            )
        }
        let strongest = candidates.sorted {
            (-Self.claimStrength($0), $0.bullet.number) < (-Self.claimStrength($1), $1.bullet.number)
        }
        let weakest = candidates.sorted {
            (-Self.gapSize($0), $0.bullet.number) < (-Self.gapSize($1), $1.bullet.number)
        }
        var chosen: [ResumeQuestion] = []
        var taken = Set<Int>()
        var rankings = [(strongest[...], ResumeQuestion.Reason.strongClaim), (weakest[...], .missingParts)]
        var turn = 0
        while chosen.count < min(limit, candidates.count) {
            var (ranking, reason) = rankings[turn % 2]
            while let next = ranking.first, taken.contains(next.bullet.number) { ranking = ranking.dropFirst() }
            if let next = ranking.first {
                let why: ResumeQuestion.Reason =
                    reason == .missingParts && Self.gapSize(next) == 0 ? .strongClaim : reason
                chosen.append(question(about: next, reason: why))
                taken.insert(next.bullet.number)
                ranking = ranking.dropFirst()
            }
            rankings[turn % 2].0 = ranking
            turn += 1
        }
        return chosen.sorted { $0.bullet.number < $1.bullet.number }
    }

    /// The question about one bullet.
    public func question(about analysis: BulletAnalysis, reason: ResumeQuestion.Reason) -> ResumeQuestion {
        ResumeQuestion(
            bullet: analysis.bullet, analysis: analysis, reason: reason,
            prompt: Self.promptOpening + analysis.bullet.text, rubricID: Self.rubricID(for: analysis.bullet))
    }

    /// The id of a bullet's rubric: `behaviour.resume-bullet-N`, N the bullet's number (at least 1).
    public static func rubricID(for bullet: ResumeBullet) -> ItemID {
        ItemID("behaviour.resume-bullet-\(max(1, bullet.number))")!
    }

    /// Clear parts, a measured impact and named technologies: what makes a line sound strong.
    static func claimStrength(_ analysis: BulletAnalysis) -> Double {
        let clear = analysis.evidence.filter { $0.strength == .clear }
        let measuredImpact = clear.contains { $0.part == .impact } ? 1.0 : 0
        let measuredScale = clear.contains { $0.part == .scale } ? 0.5 : 0
        return Double(clear.count) + measuredImpact + measuredScale + 0.5 * Double(min(2, analysis.technologies.count))
    }

    /// Missing parts count one, vague parts a half.
    static func gapSize(_ analysis: BulletAnalysis) -> Double {
        Double(analysis.missing.count) + 0.5 * Double(analysis.vague.count)
    }
}

/// A bullet chosen for the resume round, with why it was chosen and what to ask.
public struct ResumeQuestion: Hashable, Sendable, Codable {
    /// Why the interviewer picked this bullet.
    public enum Reason: String, Hashable, Sendable, Codable {
        /// The line makes strong claims (figures, technologies) the interviewer wants to verify.
        case strongClaim = "strong-claim"
        /// The line leaves parts out or vague, and the interviewer wants them.
        case missingParts = "missing-parts"
    }

    /// The bullet asked about.
    public var bullet: ResumeBullet
    /// Its analysis: the parts it states, rewrite prompts, probing questions.
    public var analysis: BulletAnalysis
    /// Why it was chosen.
    public var reason: Reason
    /// "Walk me through this: <bullet>".
    public var prompt: String
    /// The id of the bullet's rubric, `behaviour.resume-bullet-N`.
    public var rubricID: ItemID

    /// A question from its parts; ``ResumeRound/question(about:reason:)`` builds one.
    public init(bullet: ResumeBullet, analysis: BulletAnalysis, reason: Reason, prompt: String, rubricID: ItemID) {
        self.bullet = bullet
        self.analysis = analysis
        self.reason = reason
        self.prompt = prompt
        self.rubricID = rubricID
    }
}
