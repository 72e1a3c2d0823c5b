/// The embedded grader: judges an answer point by point against the rubric's wordings,
/// offline and deterministically.
///
/// For each point it looks for the point's concepts (any alternative wording of each) and
/// for sentences that say what the point's phrasings and model-answer sentences say, with
/// words stemmed, spellings and synonyms resolved, negation and word order taken into
/// account. Sentences that state a pitfall, contradict a point, restate the question or
/// only list terms earn little or nothing. See `docs/grading.md`.
public struct RubricGrader: Grader {
    /// The thresholds and penalties of the grader, in one place.
    public struct Tuning: Sendable {
        /// Strength from which a point is covered, and from which it is partial.
        public var covered = 0.7
        public var partial = 0.38
        /// The share of a point's weight a partial verdict earns.
        public var partialCredit = 0.5
        /// How much a second kind of evidence (concepts beside an echo) adds to the stronger one.
        public var agreementBonus = 0.25
        /// What a concept named only in a fragment (a list, an arrow) is worth.
        public var fragmentCredit = 0.4
        /// A claim echoed with this similarity counts as fully stated.
        public var fullEcho = 0.72
        /// A pitfall's sign matched this closely counts as stated.
        public var pitfallSimilarity = 0.68
        /// What each pitfall stated, and each point contradicted, costs.
        public var pitfallPenalty = 0.3
        public var contradictionPenalty = 0.1
        /// The highest score of an answer that only lists terms, and of a behavioural answer with no story.
        public var keywordListCap = 0.2
        public var noStoryCap = 0.3
        /// The score of an honest "don't know" with a plan, when it states no pitfall.
        public var honestUnsureFloor = 0.15
        /// An answer earning nothing is off-topic when less than this share of its words are the topic's.
        public var offTopicVocabulary = 0.4

        public init() {}
    }

    private let analyzer = TextAnalyzer()
    private let weights: TermWeights
    private let cache = PreparedRubricCache()
    public var tuning: Tuning

    /// A grader whose word weights come from the given rubrics (normally the whole bank).
    public init(weightsFrom rubrics: [Rubric], tuning: Tuning = Tuning()) {
        self.weights = TermWeights(rubrics: rubrics, analyzer: analyzer)
        self.tuning = tuning
    }

    /// Grades the answer; the rubric is analysed on its first use and kept by this grader (and
    /// its copies) for the next answers.
    public func grade(_ answer: String, against rubric: Rubric) -> Judgement {
        grade(answer, against: cache.prepared(rubric) { prepare($0) })
    }

    /// A rubric analysed once, for grading many answers against it.
    public func prepare(_ rubric: Rubric) -> PreparedRubric {
        PreparedRubric(compiled: CompiledRubric(rubric, analyzer: analyzer, weights: weights))
    }

    public func grade(_ answer: String, against prepared: PreparedRubric) -> Judgement {
        let rubric = prepared.compiled
        let sentences = analyzer.analyze(answer).sentences.map(IndexedSentence.init)
        guard sentences.contains(where: { !$0.content.isEmpty }) else { return zero(rubric, .empty) }
        let signals = AnswerSignals(sentences, rubric: rubric, weights: weights)
        if signals.isGibberish { return zero(rubric, .gibberish) }
        if signals.restatesWhole { return zero(rubric, .restatesQuestion) }

        var context = PointMatcher(
            sentences: sentences, usable: Set(sentences.indices).subtracting(signals.restating),
            distancing: signals.distancing, tuning: tuning)
        let pitfalls = context.findPitfalls(rubric.pitfalls, topic: rubric.topicKeys)
        var contradictions = context.findWrongRelations(rubric)
        var points: [PointJudgement] = []
        for point in rubric.points {
            let (judgement, contradiction) = context.judge(point)
            points.append(judgement)
            if let contradiction, judgement.verdict == .missed { contradictions.append(contradiction) }
        }

        var flags: [AnswerFlag] = []
        if !signals.restating.isEmpty { flags.append(.restatesQuestion) }
        let knowledge = Self.knowledge(points, partialCredit: tuning.partialCredit)
        var score =
            knowledge - tuning.pitfallPenalty * Double(min(pitfalls.count, 3))
            - tuning.contradictionPenalty * Double(min(contradictions.count, 2))
        if signals.isKeywordList {
            flags.append(.keywordList)
            score = min(score, tuning.keywordListCap)
        }
        if rubric.rubric.isBehavioural && signals.tellsNoStory {
            flags.append(.noStory)
            score = min(score, tuning.noStoryCap)
        }
        if signals.isHonestUnsure && pitfalls.isEmpty {
            flags.append(.honestUnsure)
            score = max(score, tuning.honestUnsureFloor)
        }
        // About something else: nothing earned, and few of its words belong to the topic at all
        // (a list of the right terms is on topic, however little it earns).
        if knowledge == 0 && pitfalls.isEmpty && contradictions.isEmpty && !signals.isHonestUnsure
            && signals.wordCount >= 12 && signals.onTopicShare < tuning.offTopicVocabulary
        {
            flags.append(.offTopic)
        }
        score = min(1, max(0, score))
        var judgement = Judgement(
            rubricID: rubric.rubric.id, score: score, grade: GradeScale.grade(forScore: score), points: points,
            pitfalls: pitfalls + contradictions, flags: flags, followUp: nil,
            dimensions: Self.dimensions(knowledge: knowledge, signals: signals, points: points, rubric: rubric),
            story: rubric.rubric.isBehavioural ? Self.story(points, rubric: rubric, signals: signals) : nil)
        judgement.followUp = FollowUpChoice.followUp(for: judgement, in: rubric.rubric)
        return judgement
    }

    private func zero(_ rubric: CompiledRubric, _ flag: AnswerFlag) -> Judgement {
        let points = rubric.points.map {
            PointJudgement(
                id: $0.point.id, weight: $0.point.weight, verdict: .missed, evidence: nil,
                expected: $0.point.strongAnswer, strength: 0)
        }
        var judgement = Judgement(
            rubricID: rubric.rubric.id, score: 0, grade: 0, points: points, pitfalls: [], flags: [flag],
            followUp: nil, dimensions: Dimensions(knowledge: 0, depth: 0, communication: 0),
            story: rubric.rubric.isBehavioural ? StoryShape(stages: [], personalActions: 0, measuredResult: false) : nil
        )
        judgement.followUp = FollowUpChoice.followUp(for: judgement, in: rubric.rubric)
        return judgement
    }

    /// The weighted share of the points the answer earns.
    static func knowledge(_ points: [PointJudgement], partialCredit: Double) -> Double {
        let total = points.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        return points.reduce(0.0) {
            $0 + Double($1.weight) * ($1.verdict == .partial ? partialCredit : $1.verdict.credit)
        } / Double(total)
    }

    private static func dimensions(
        knowledge: Double, signals: AnswerSignals, points: [PointJudgement], rubric: CompiledRubric
    ) -> Dimensions {
        let depth = min(1, signals.reasoning / 0.5) * min(1, knowledge / 0.6)
        let length = min(1, Double(signals.wordCount) / 60)
        let rambling = signals.averageSentenceLength > 45 ? 0.8 : 1
        var communication = (1 - signals.fragmentShare) * length * rambling
        if rubric.rubric.isBehavioural {
            let stages = Set(rubric.points.compactMap(\.point.stage))
            let told = Set(zip(rubric.points, points).filter { $0.1.verdict != .missed }.compactMap(\.0.point.stage))
            communication = 0.5 * communication + 0.5 * Double(told.count) / Double(max(1, stages.count))
        }
        return Dimensions(knowledge: knowledge, depth: depth, communication: min(1, communication))
    }

    private static func story(_ points: [PointJudgement], rubric: CompiledRubric, signals: AnswerSignals) -> StoryShape
    {
        let told = zip(rubric.points, points).filter { $0.1.verdict != .missed }.compactMap(\.0.point.stage)
        let stages = Stage.behaviour.filter(told.contains)
        return StoryShape(
            stages: stages, personalActions: signals.personalActions, measuredResult: signals.hasMeasuredResult)
    }
}

/// A rubric analysed by a ``RubricGrader``, to grade many answers against without analysing it again.
public struct PreparedRubric: Sendable {
    let compiled: CompiledRubric

    public var rubric: Rubric { compiled.rubric }
}
