extension InterviewReport {
    /// The report of an interview (finished or not: items not reached count as zero).
    public init(_ interview: Interview, bank: ContentBank, tuning: RubricGrader.Tuning = .init()) {
        interviewID = interview.id
        format = interview.settings.format
        level = interview.settings.level
        var judged: [(item: PlannedItem, judgement: Judgement)] = []
        var outcomes: [ExerciseOutcome] = []
        assessments = interview.assessments.enumerated().map { index, assessment in
            let items = assessment.items.enumerated().map { position, item -> ItemScore in
                let turns = interview.turns.filter { $0.assessment == index && $0.item == position }
                let title =
                    bank.question(item.id)?.title ?? bank.exercise(item.id)?.title
                    ?? item.bullet.map { ResumeRound().rubric(for: $0).title } ?? item.id.description
                var score: Double?
                var parts: [PartVerdict]?
                if let outcome = turns.compactMap(\.exercise).last {
                    outcomes.append(outcome)
                    score = outcome.score
                } else if let combined = Judgement.combining(turns.compactMap(\.judgement), tuning: tuning) {
                    judged.append((item, combined))
                    score = combined.score
                    if item.kind == .resume {
                        parts = combined.points.compactMap { point in
                            ResumePart(rawValue: point.id).map {
                                PartVerdict(part: $0, verdict: point.verdict, quote: point.evidence)
                            }
                        }
                    }
                } else if turns.contains(where: { $0.skipped && $0.followUp == 0 }) {
                    score = 0
                }
                return ItemScore(
                    id: item.id, title: title, kind: item.kind, score: score,
                    grade: score.map(GradeScale.grade(forScore:)),
                    skipped: turns.contains { $0.skipped && $0.followUp == 0 },
                    followUps: turns.filter { $0.followUp > 0 }.count, overTime: turns.contains(where: \.overTime),
                    parts: parts)
            }
            let score = items.reduce(0) { $0 + ($1.score ?? 0) } / Double(max(1, items.count))
            return AssessmentScore(
                name: assessment.name, score: score, grade: GradeScale.grade(forScore: score), items: items)
        }
        overall = assessments.reduce(0) { $0 + $1.score } / Double(max(1, assessments.count))
        dimensions = Self.dimensions(judged.map(\.judgement), outcomes: outcomes)
        (strengths, gaps) = Self.observations(judged)
        studyNext = Self.studyNext(
            gaps: gaps, judged: judged, asked: Set(interview.assessments.flatMap(\.items).map(\.id)), bank: bank)
        hiringSignal = Self.signal(
            overall: overall, assessments: assessments, dimensions: dimensions, level: level, judged: judged)
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    private static func dimensions(_ judgements: [Judgement], outcomes: [ExerciseOutcome]) -> [DimensionScore] {
        [
            DimensionScore(
                name: "knowledge", score: mean(judgements.map(\.dimensions.knowledge)),
                basis: "the weighted points of assessment established, over \(judgements.count) answered question(s)"),
            DimensionScore(
                name: "depth and trade-offs", score: mean(judgements.map(\.dimensions.depth)),
                basis: "sentences giving reasons, consequences and trade-offs, weighed by what the answer knew"),
            DimensionScore(
                name: "communication and structure", score: mean(judgements.map(\.dimensions.communication)),
                basis: "whole sentences rather than lists, a sensible length, and STAR stages in stories"),
            DimensionScore(
                name: "code quality", score: mean(outcomes.map(\.quality)),
                basis: outcomes.isEmpty
                    ? "no code was submitted"
                    : "checks passed by the submitted code, less 5% per ruff finding (at most 10)"),
        ]
    }

    private static func observations(
        _ judged: [(item: PlannedItem, judgement: Judgement)]
    ) -> ([Observation], [Observation]) {
        var strengths: [Observation] = []
        var gaps: [Observation] = []
        for (item, judgement) in judged {
            // A resume bullet's heaviest part is its impact (weight 2).
            let important = item.kind == .resume ? 2 : 3
            for point in judgement.points where point.verdict == .covered && point.weight >= important {
                strengths.append(
                    Observation(item: item.id, point: point.id, detail: point.expected, quote: point.evidence))
            }
            for point in judgement.points where point.verdict != .covered && point.weight >= important {
                gaps.append(
                    Observation(
                        item: item.id, point: point.id,
                        detail: (point.verdict == .partial ? "Only partly: " : "Missed: ") + point.expected,
                        quote: point.evidence))
            }
            for pitfall in judgement.pitfalls {
                gaps.append(
                    Observation(item: item.id, point: pitfall.id, detail: pitfall.description, quote: pitfall.evidence))
            }
        }
        return (Array(strengths.prefix(8)), Array(gaps.prefix(12)))
    }

    private static func studyNext(
        gaps: [Observation], judged: [(item: PlannedItem, judgement: Judgement)], asked: Set<ItemID>, bank: ContentBank
    ) -> [StudyItem] {
        var result: [StudyItem] = []
        var seen = Set<ItemID>()
        let weak = judged.filter { $0.judgement.grade <= 2 }.sorted { $0.judgement.score < $1.judgement.score }
        for (item, judgement) in weak {
            if item.kind == .resume, seen.insert(item.id).inserted {
                let missing = judgement.points.filter { $0.verdict != .covered }.map(\.id)
                result.append(
                    StudyItem(
                        id: item.id, kind: .resume, title: item.bullet?.text ?? item.id.description,
                        reason: "say the \(missing.joined(separator: ", ")) of this line, with figures; "
                            + "graded \(judgement.grade)/4"))
                continue
            }
            guard seen.insert(item.id).inserted, let question = bank.question(item.id) else { continue }
            result.append(
                StudyItem(
                    id: item.id, kind: .question, title: question.title,
                    reason: "retry it: graded \(judgement.grade)/4; read the model answer first"))
            let related = bank.questions.first {
                $0.area == question.area && !asked.contains($0.id) && !seen.contains($0.id)
                    && !Set($0.subtopics).isDisjoint(with: question.subtopics)
            }
            if let related, seen.insert(related.id).inserted {
                result.append(
                    StudyItem(id: related.id, kind: .question, title: related.title, reason: "same topic as \(item.id)")
                )
            }
            if let exercise = bank.exercises.first(where: { $0.area == question.area && !seen.contains($0.id) }),
                seen.insert(exercise.id).inserted
            {
                result.append(
                    StudyItem(
                        id: exercise.id, kind: .exercise, title: exercise.title,
                        reason: "practise \(question.area) hands-on"))
            }
        }
        return Array(result.prefix(8))
    }

    private static func signal(
        overall: Double, assessments: [AssessmentScore], dimensions: [DimensionScore], level: Level,
        judged: [(item: PlannedItem, judgement: Judgement)]
    ) -> HiringSignal {
        var signal = Signal.of(overall)
        var steps = [
            "overall score \(percent(overall)) (the mean of the assessments) gives \"\(signal.rawValue)\" on thresholds 20/35/50/65/80%"
        ]
        if let weakest = assessments.min(by: { $0.score < $1.score }), weakest.score < 0.3,
            signal.rank > Signal.leanNo.rank
        {
            signal = .leanNo
            steps.append(
                "capped at \"lean no\": the assessment \"\(weakest.name)\" scored \(percent(weakest.score)), below 30%")
        }
        let pitfalls = judged.reduce(0) { $0 + $1.judgement.pitfalls.filter { !$0.isContradiction }.count }
        if pitfalls >= 3, signal.rank > Signal.no.rank {
            signal = Signal.allCases[signal.rank - 1]
            steps.append("lowered one step: \(pitfalls) confident false statements (pitfalls)")
        }
        if level == .senior, let depth = dimensions.first(where: { $0.name == "depth and trade-offs" })?.score,
            depth < 0.4,
            signal.rank > Signal.leanYes.rank
        {
            signal = .leanYes
            steps.append(
                "capped at \"lean yes\" for a senior role: depth and trade-offs scored \(percent(depth)), below 40%")
        }
        steps.append("signal: \(signal.rawValue)")
        return HiringSignal(signal: signal, scale: Signal.allCases.map(\.rawValue), derivation: steps)
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
