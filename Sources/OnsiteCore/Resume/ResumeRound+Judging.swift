extension ResumeRound {
    /// Judges a spoken walk-through of a bullet on the four parts.
    ///
    /// Each part is `covered` when a sentence of the answer states it clearly (a cause, a method,
    /// a figure), `partial` when only vaguely ("it was a lot faster", "millions of users") or only
    /// by reading the bullet back, and `missed` otherwise; every claimed part quotes its sentence.
    /// The score is the weighted share of the points (partial earns half, as with the grader),
    /// the grade comes from ``GradeScale``. An empty answer, gibberish, or an answer that only
    /// reads the bullet back scores 0 with the flag ``AnswerFlag/empty``,
    /// ``AnswerFlag/gibberish`` or ``AnswerFlag/restatesQuestion``.
    ///
    /// The follow-up aims at the most important gap — the heaviest point first (as the grader's
    /// ``FollowUpChoice`` does), missed before partial, then in ``ResumePart/followUpOrder`` — or,
    /// when nothing is missing, digs deeper (why this technology, what went wrong). Prompts in
    /// `asked` are not repeated.
    public func judge(_ answer: String, about bullet: ResumeBullet, excluding asked: Set<String> = []) -> Judgement {
        let analysis = BulletAnalysis(of: bullet)
        let rubric = rubric(for: analysis)
        let sentences = TextScanner.sentences(in: answer).filter { !$0.tokens.isEmpty }
        let bulletWords = Self.contentWords(of: TextScanner.sentences(in: bullet.text).flatMap(\.tokens))
        guard !sentences.isEmpty else { return zero(rubric, .empty, asked: asked) }
        let allWords = sentences.flatMap(\.tokens).map(\.text)
        if Self.isGibberish(allWords, bulletWords: bulletWords) { return zero(rubric, .gibberish, asked: asked) }
        let restating = sentences.map { Self.restates($0, bulletWords: bulletWords) }
        if restating.allSatisfy({ $0 }) { return zero(rubric, .restatesQuestion, asked: asked) }

        var best: [ResumePart: (verdict: PointJudgement.Verdict, strength: Double, sentence: String)] = [:]
        for (sentence, restates) in zip(sentences, restating) {
            for found in PartDetector(sentence.text).evidence {
                let verdict: PointJudgement.Verdict = found.strength == .clear && !restates ? .covered : .partial
                let strength = verdict == .covered ? 1 : (found.strength == .clear ? 0.6 : 0.5)
                if strength > (best[found.part]?.strength ?? 0) {
                    best[found.part] = (verdict, strength, sentence.text)
                }
            }
        }
        let points = rubric.points.map { point in
            let part = ResumePart(rawValue: point.id)!
            let found = best[part]
            return PointJudgement(
                id: point.id, weight: point.weight, verdict: found?.verdict ?? .missed, evidence: found?.sentence,
                expected: point.strongAnswer, strength: found?.strength ?? 0)
        }
        let score = RubricGrader.knowledge(points, partialCredit: RubricGrader.Tuning().partialCredit)
        var judgement = Judgement(
            rubricID: rubric.id, score: score, grade: GradeScale.grade(forScore: score), points: points,
            pitfalls: [], flags: restating.contains(true) ? [.restatesQuestion] : [], followUp: nil,
            dimensions: Self.dimensions(sentences, knowledge: score), story: nil)
        judgement.followUp = Self.followUp(for: judgement, in: rubric, excluding: asked)
        return judgement
    }

    /// The follow-up after a judged walk-through: aimed at the most important gap, else deeper.
    static func followUp(for judgement: Judgement, in rubric: Rubric, excluding asked: Set<String>) -> FollowUp? {
        let open = rubric.followUps.filter { !asked.contains($0.prompt) }
        let gaps = judgement.points.filter { $0.verdict != .covered }.sorted { first, second in
            let firstOrder = ResumePart.followUpOrder.firstIndex { $0.rawValue == first.id } ?? 0
            let secondOrder = ResumePart.followUpOrder.firstIndex { $0.rawValue == second.id } ?? 0
            return (-first.weight, first.verdict.credit, firstOrder) < (
                -second.weight, second.verdict.credit, secondOrder
            )
        }
        for gap in gaps {
            if let aimed = open.first(where: { $0.aim == .point(gap.id) }) { return aimed }
        }
        return open.first(where: \.isDeeper) ?? open.first
    }

    private func zero(_ rubric: Rubric, _ flag: AnswerFlag, asked: Set<String>) -> Judgement {
        let points = rubric.points.map {
            PointJudgement(
                id: $0.id, weight: $0.weight, verdict: .missed, evidence: nil, expected: $0.strongAnswer, strength: 0)
        }
        var judgement = Judgement(
            rubricID: rubric.id, score: 0, grade: 0, points: points, pitfalls: [], flags: [flag], followUp: nil,
            dimensions: Dimensions(knowledge: 0, depth: 0, communication: 0), story: nil)
        judgement.followUp = Self.followUp(for: judgement, in: rubric, excluding: asked)
        return judgement
    }

    // MARK: The answer as a whole

    /// Few recognisable words (function words, resume words, the bullet's own words, figures), or
    /// one word repeated.
    static func isGibberish(_ words: [String], bulletWords: Set<String>) -> Bool {
        let known = words.filter { word in
            ResumeLexicon.stopwords.contains(word) || bulletWords.contains(word) || word.first?.isNumber == true
                || ResumeLexicon.knownWords.contains(word)
        }
        let content = words.filter { !ResumeLexicon.stopwords.contains($0) }
        let distinct = Set(content).count
        return Double(known.count) < 0.25 * Double(words.count)
            || (content.count >= 8 && Double(distinct) < 0.25 * Double(content.count))
    }

    /// A sentence that mostly repeats the bullet's own words.
    static func restates(_ sentence: TextScanner.RawSentence, bulletWords: Set<String>) -> Bool {
        let words = contentWords(of: sentence.tokens)
        guard words.count >= 3, !bulletWords.isEmpty else { return false }
        let shared = words.intersection(bulletWords).count
        return Double(shared) >= 0.8 * Double(words.count) && Double(shared) >= 0.5 * Double(bulletWords.count)
    }

    static func contentWords(of tokens: [TextScanner.Token]) -> Set<String> {
        Set(tokens.map(\.text).filter { !ResumeLexicon.stopwords.contains($0) })
    }

    /// Depth: sentences that give a reason or weigh an alternative; communication: enough words in
    /// whole sentences of a readable length. Both 0–1, as the grader reports them.
    static func dimensions(_ sentences: [TextScanner.RawSentence], knowledge: Double) -> Dimensions {
        let reasoning = sentences.filter { sentence in
            sentence.tokens.contains { reasonWords.contains($0.text) }
        }.count
        let share = Double(reasoning) / Double(max(1, sentences.count))
        let depth = min(1, share / 0.5) * min(1, knowledge / 0.6)
        let wordCount = sentences.reduce(0) { $0 + $1.tokens.count }
        let averageLength = Double(wordCount) / Double(max(1, sentences.count))
        let communication = min(1, Double(wordCount) / 60) * (averageLength > 45 ? 0.8 : 1)
        return Dimensions(knowledge: knowledge, depth: depth, communication: communication)
    }

    private static let reasonWords: Set<String> = [
        "because", "so", "since", "instead", "rather", "tradeoff", "trade", "chose", "considered", "alternative",
        "alternatives", "why", "therefore", "otherwise", "cheaper", "simpler", "safer",
    ]
}
