extension Judgement {
    /// The judgement of one question answered over several turns (the answer and its follow-ups):
    /// each point at its best verdict with that turn's evidence, every pitfall stated, and the
    /// score recomputed from the points by the same rule as a single answer's.
    public static func combining(_ judgements: [Judgement], tuning: RubricGrader.Tuning = .init()) -> Judgement? {
        guard var combined = judgements.first else { return nil }
        guard judgements.count > 1 else { return combined }
        for judgement in judgements.dropFirst() {
            for (index, point) in judgement.points.enumerated() where index < combined.points.count {
                if point.verdict.credit > combined.points[index].verdict.credit { combined.points[index] = point }
            }
            for pitfall in judgement.pitfalls where !combined.pitfalls.contains(where: { $0.id == pitfall.id }) {
                combined.pitfalls.append(pitfall)
            }
        }
        let knowledge = RubricGrader.knowledge(combined.points, partialCredit: tuning.partialCredit)
        let stated = combined.pitfalls.filter { !$0.isContradiction }.count
        let contradictions = combined.pitfalls.count - stated
        var score =
            knowledge - tuning.pitfallPenalty * Double(min(stated, 3))
            - tuning.contradictionPenalty * Double(min(contradictions, 2))
        let flags = Set(judgements.flatMap(\.flags))
        if combined.flags.contains(.keywordList) { score = min(score, tuning.keywordListCap) }
        if combined.flags.contains(.noStory) { score = min(score, tuning.noStoryCap) }
        if flags.contains(.honestUnsure) && stated == 0 { score = max(score, tuning.honestUnsureFloor) }
        combined.score = min(1, max(0, score))
        combined.grade = GradeScale.grade(forScore: combined.score)
        combined.flags =
            judgements.allSatisfy({ $0.score == 0 })
            ? combined.flags
            : combined.flags.filter {
                ![.empty, .gibberish, .restatesQuestion, .offTopic].contains($0)
            }
        let count = Double(judgements.count)
        combined.dimensions = Dimensions(
            knowledge: knowledge, depth: judgements.map(\.dimensions.depth).max() ?? 0,
            communication: judgements.reduce(0) { $0 + $1.dimensions.communication } / count)
        combined.followUp = nil
        return combined
    }
}

extension PitfallFinding {
    /// Found by the grader (a contradiction or a wrong relation) rather than listed in the rubric.
    public var isContradiction: Bool { id.hasPrefix("contradicts:") || id == "wrong-relation" }
}
