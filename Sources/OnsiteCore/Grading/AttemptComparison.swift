/// How a new attempt at a question differs from an earlier one, point by point.
public struct AttemptComparison: Hashable, Sendable, Codable {
    /// Points missed or partial before and covered now, or missed before and partial now.
    public var improved: [String]
    /// Points that were better before than now.
    public var worsened: [String]
    /// Points missed (or partial) in both attempts.
    public var stillOpen: [String]
    /// The change in score, from −1 to 1.
    public var scoreChange: Double

    /// Compares two judgements of the same rubric; points are matched by id.
    public init(before: Judgement, after: Judgement) {
        let earlier = Dictionary(before.points.map { ($0.id, $0.verdict) }) { first, _ in first }
        var improved: [String] = []
        var worsened: [String] = []
        var stillOpen: [String] = []
        for point in after.points {
            let was = earlier[point.id] ?? .missed
            if Self.rank(point.verdict) > Self.rank(was) {
                improved.append(point.id)
            } else if Self.rank(point.verdict) < Self.rank(was) {
                worsened.append(point.id)
            } else if point.verdict != .covered {
                stillOpen.append(point.id)
            }
        }
        self.improved = improved
        self.worsened = worsened
        self.stillOpen = stillOpen
        scoreChange = after.score - before.score
    }

    private static func rank(_ verdict: PointJudgement.Verdict) -> Int {
        switch verdict {
        case .missed: 0
        case .partial: 1
        case .covered: 2
        }
    }
}
