/// A bank item a plan can schedule, reduced to what the planner needs.
struct PlanCandidate: Hashable, Sendable {
    var id: ItemID
    var kind: WorkKind
    var title: String
    var area: String
    var level: Level
    var minutes: Int

    /// The minutes a snippet is planned for: read it, predict the output, check the explanation.
    static let snippetMinutes = 3

    /// Every question, design and behaviour prompt, snippet and exercise of the bank.
    static func all(in bank: ContentBank) -> [PlanCandidate] {
        let questions = bank.questions.map { question -> PlanCandidate in
            let kind: WorkKind =
                switch question.kind {
                case .design: .design
                case .behaviour: .behaviour
                default: .questions
                }
            return PlanCandidate(
                id: question.id, kind: kind, title: question.title, area: question.area, level: question.level,
                minutes: max(1, question.minutes))
        }
        let snippets = bank.snippets.map {
            PlanCandidate(
                id: $0.id, kind: .snippets, title: $0.title, area: $0.area, level: $0.level, minutes: snippetMinutes)
        }
        let exercises = bank.exercises.map {
            PlanCandidate(
                id: $0.id, kind: .exercises, title: $0.title, area: $0.area, level: $0.level,
                minutes: max(1, $0.minutes))
        }
        return questions + snippets + exercises
    }

    /// The share of an area's time each kind of work gets, relative to the others: snippets are quick
    /// checks, so they get half the time of questions and exercises.
    static func timeShare(of kind: WorkKind) -> Double { kind == .snippets ? 0.5 : 1 }

    /// How many of the shortest mid items of each kind are an area's foundations: one exercise, two of
    /// anything else.
    static func foundationCount(of kind: WorkKind) -> Int { kind == .exercises ? 1 : 2 }

    /// The items of each area and kind in the order a candidate at `level` should meet them.
    ///
    /// Easy foundations first: mid before senior, shorter before longer. A senior candidate does an
    /// area's foundations (``foundationCount(of:)`` shortest mid items of each kind) first, then the
    /// senior items, then the other mid items. The second value holds the foundations' ids.
    static func ordered(
        _ candidates: [PlanCandidate], for level: Level
    ) -> (byArea: [String: [PlanCandidate]], foundations: Set<ItemID>) {
        var byArea: [String: [PlanCandidate]] = [:]
        var foundations = Set<ItemID>()
        let shortestFirst: (PlanCandidate, PlanCandidate) -> Bool = { ($0.minutes, $0.id) < ($1.minutes, $1.id) }
        let groups = Dictionary(grouping: candidates) { [$0.area, $0.kind.rawValue] }
        for key in groups.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let items = groups[key] ?? []
            let count = foundationCount(of: items[0].kind)
            let mid = items.filter { $0.level == .mid }.sorted(by: shortestFirst)
            let senior = items.filter { $0.level == .senior }.sorted(by: shortestFirst)
            switch level {
            case .mid:
                byArea[key[0], default: []] += mid + senior
            case .senior:
                byArea[key[0], default: []] += mid.prefix(count) + senior + mid.dropFirst(count)
            }
            foundations.formUnion(mid.prefix(count).map(\.id))
        }
        return (byArea, foundations)
    }
}

/// How much each area deserves: weak areas and the areas a job stresses weigh more.
struct AreaPriorities: Hashable, Sendable {
    /// Mastery per area, 0–1.
    var mastery: [String: Double]
    /// The job's area weights, 0–1.
    var jobWeights: [String: Double]

    /// The mastery of an area with no evidence yet.
    static let unknownMastery = 0.5
    /// Below this mastery an area is "weak".
    static let weakMastery = 0.5

    init(mastery: [String: Double], job: JobProfile?) {
        self.mastery = mastery.compactMapValues { $0.isFinite ? min(1, max(0, $0)) : nil }
        self.jobWeights = job?.areaWeights ?? [:]
    }

    /// The area's mastery, 0.5 when unknown.
    func mastery(of area: String) -> Double { mastery[area] ?? Self.unknownMastery }

    /// The job's weight for the area, 0–1.
    func jobWeight(of area: String) -> Double { jobWeights[area].map { min(1, max(0, $0)) } ?? 0 }

    /// The share of a week an area gets relative to the others: from 0.25 (mastered, not in the job)
    /// to 2.5 (no mastery, the job's main area); an unknown area not in the job weighs 0.75.
    func weight(of area: String) -> Double {
        (0.25 + (1 - mastery(of: area))) * (1 + jobWeight(of: area))
    }

    /// Whether the candidate's mastery of the area is known to be low.
    func isWeak(_ area: String) -> Bool { (mastery[area] ?? 1) < Self.weakMastery }

    /// Whether the job stresses the area.
    func isNamedByJob(_ area: String) -> Bool { jobWeight(of: area) >= PlanLayout.jobFocusThreshold }

    /// `areas` heaviest first; equal weights keep their order.
    func ranked(_ areas: [String]) -> [String] {
        areas.enumerated().sorted { lhs, rhs in
            let (left, right) = (weight(of: lhs.element), weight(of: rhs.element))
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
