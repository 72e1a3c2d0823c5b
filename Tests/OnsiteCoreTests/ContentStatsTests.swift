import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite("Content statistics")
struct ContentStatsTests {
    static func question(
        _ id: String, kind: ContentKind = .question, level: Level = .senior, round: Round = .fundamentals
    ) -> Question {
        let itemID = ItemID(id)!
        return Question(
            id: itemID, kind: kind, title: id, area: itemID.area, subtopics: ["x"], level: level, round: round,
            minutes: 5, tags: [], prompt: "Q", modelAnswer: "A",
            points: [AssessmentPoint(id: "p", weight: 1, strongAnswer: "s", concepts: [], phrasings: [])],
            pitfalls: [], followUps: [])
    }

    @Test("counts items by kind, area, level and round")
    func counts() {
        let bank = ContentBank(
            areas: [
                Area(id: "python", title: "Core Python", summary: ""), Area(id: "design", title: "Design", summary: ""),
                Area(id: "ops", title: "Ops", summary: ""),
            ],
            questions: [
                Self.question("python.a"), Self.question("python.b", level: .mid),
                Self.question("design.c", kind: .design, round: .design),
            ],
            snippets: [
                Snippet(
                    id: ItemID("python.s")!, title: "s", area: "python", subtopics: [], level: .mid, tags: [],
                    code: "print(1)\n", output: "1", raises: nil, explanation: "")
            ],
            exercises: [], outline: nil, skills: [])

        let stats = ContentStats(of: bank)

        #expect(stats.total == 4)
        #expect(stats.kinds == ["question": 2, "design": 1, "snippet": 1])
        #expect(stats.areas == ["python": 3, "design": 1, "ops": 0])
        #expect(stats.levels == ["senior": 2, "mid": 2])
        #expect(stats.rounds == ["fundamentals": 3, "design": 1])
        #expect(stats.areaKinds["python"] == ["question": 2, "snippet": 1])
    }
}
