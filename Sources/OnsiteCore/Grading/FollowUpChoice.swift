/// How the interviewer chooses what to ask after an answer.
public enum FollowUpChoice {
    /// The follow-up for a judged answer, skipping those already asked.
    ///
    /// A strong answer (grade 3 or 4) gets a deeper question: trade-offs, scale, depth, a changed
    /// constraint or experience. Otherwise the interviewer aims at the most important point the
    /// answer missed or left thin. When nothing fits, any follow-up not yet asked.
    public static func followUp(
        for judgement: Judgement, in rubric: Rubric, excluding asked: Set<String> = []
    ) -> FollowUp? {
        let open = rubric.followUps.filter { !asked.contains($0.prompt) }
        if judgement.grade >= 3, let deeper = open.first(where: \.isDeeper) { return deeper }
        let gaps = judgement.points.filter { $0.verdict != .covered }.sorted {
            ($0.weight, $1.verdict.credit) > ($1.weight, $0.verdict.credit)
        }
        for gap in gaps {
            if let aimed = open.first(where: { $0.aim == .point(gap.id) }) { return aimed }
        }
        return open.first(where: \.isDeeper) ?? open.first
    }
}

extension FollowUp {
    /// Aimed beyond the rubric's points: trade-offs, scale, depth, a constraint or experience.
    public var isDeeper: Bool {
        if case .point = aim { return false }
        return true
    }
}
