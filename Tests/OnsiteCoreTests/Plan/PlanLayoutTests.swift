import Testing

@testable import OnsiteCore

@Suite("Plan layout")
struct PlanLayoutTests {
    @Test(
        "splits the days into weeks of 7, the last one partial",
        arguments: [
            (7, [4, 3]), (8, [7, 1]), (13, [7, 6]), (14, [7, 7]), (15, [7, 7, 1]), (20, [7, 7, 6]),
            (40, [7, 7, 7, 7, 7, 5]), (42, [7, 7, 7, 7, 7, 7]), (112, Array(repeating: 7, count: 16)),
        ])
    func weekLengths(_ days: Int, _ expected: [Int]) {
        let lengths = PlanLayout.weekLengths(days: days)
        #expect(lengths == expected)
        #expect(lengths.reduce(0, +) == days)
    }

    @Test("maps 1 to 15 weeks onto a five-week outline in order, merging or stretching", arguments: 1...15)
    func slots(_ weeks: Int) {
        let slots = PlanLayout.slots(weeks: weeks, outlineWeeks: 5)
        #expect(slots.count == weeks)
        var covered: [Int] = []
        var consolidations = 0
        for slot in slots {
            switch slot {
            case .outline(let indexes, let part, let parts):
                #expect(!indexes.isEmpty)
                #expect((1...parts).contains(part))
                covered += indexes
            case .consolidation:
                consolidations += 1
            }
        }
        #expect(covered.sorted() == covered, "outline order kept")
        #expect(Set(covered) == Set(0..<5), "every outline week used")
        #expect(consolidations == (weeks > 5 ? max(1, weeks / 6) : 0))
        if weeks <= 5 { #expect(covered == Array(0..<5)) }
        if weeks > 5 {
            #expect(slots.last == .consolidation, "a long plan consolidates before the mock week")
        }
    }

    @Test(
        "merges and stretches the outline as expected",
        arguments: [
            (1, [[0, 1, 2, 3, 4]]), (2, [[0, 1], [2, 3, 4]]), (3, [[0], [1, 2], [3, 4]]),
            (5, [[0], [1], [2], [3], [4]]), (6, [[0], [1], [2], [3], [4], []]),
            (8, [[0], [0], [1], [2], [2], [3], [4], []]),
        ])
    func shapes(_ weeks: Int, _ expected: [[Int]]) {
        let shape = PlanLayout.slots(weeks: weeks, outlineWeeks: 5).map { slot -> [Int] in
            if case .outline(let indexes, _, _) = slot { return indexes }
            return []
        }
        #expect(shape == expected)
    }

    @Test("gives a long plan a consolidation week in the middle and one before the mock week")
    func longPlanConsolidation() {
        let slots = PlanLayout.slots(weeks: 15, outlineWeeks: 5)
        let positions = slots.indices.filter { slots[$0] == .consolidation }
        #expect(positions.count == 2)
        #expect(positions.last == 14)
        #expect((4...10).contains(positions[0]))
    }

    @Test("orders areas by weight: weak and job areas first, ties in their order")
    func ranking() {
        let job = JobProfile(matched: [], unmatched: [], areaWeights: ["web": 1])
        let priorities = AreaPriorities(mastery: ["python": 0.1, "ops": 0.95], job: job)
        #expect(
            priorities.ranked(["ops", "python", "objects", "web", "design"]) == [
                "web", "python", "objects", "design", "ops",
            ])
        #expect(priorities.weight(of: "python") > priorities.weight(of: "objects"))
        #expect(priorities.weight(of: "objects") > priorities.weight(of: "ops"))
        #expect(priorities.isWeak("python") && !priorities.isWeak("objects") && !priorities.isWeak("ops"))
    }

    @Test("orders an area's items foundations first: mid before senior for mid, a few mid first for senior")
    func itemOrder() {
        let items = PlanFixtures.bank().questions.filter { $0.area == "databases" }.map {
            PlanCandidate(
                id: $0.id, kind: .questions, title: $0.title, area: $0.area, level: $0.level, minutes: $0.minutes)
        }
        let mid = PlanCandidate.ordered(items, for: .mid).byArea["databases"] ?? []
        #expect(mid.map(\.level) == Array(repeating: .mid, count: 6) + Array(repeating: .senior, count: 6))
        #expect(mid.prefix(6).map(\.minutes) == mid.prefix(6).map(\.minutes).sorted())

        let (senior, foundations) = PlanCandidate.ordered(items, for: .senior)
        let levels = (senior["databases"] ?? []).map(\.level)
        #expect(levels == [.mid, .mid] + Array(repeating: .senior, count: 6) + Array(repeating: .mid, count: 4))
        #expect(foundations.count == 2)
        #expect(Set((senior["databases"] ?? []).prefix(2).map(\.id)) == foundations)
    }
}
