import OnsiteCore
import Testing

@Suite("Quality bar")
struct QualityBarTests {
    @Test(
        "counts words, not punctuation or code fences",
        arguments: [
            ("one two three", 3), ("  spaced\n\nout  words ", 3), ("a -- b ```", 2), ("`x` is **bold**.", 3), ("", 0),
        ])
    func wordCount(_ text: String, _ expected: Int) {
        #expect(QualityBar.wordCount(text) == expected)
    }

    @Test("a thin question falls short on every part of the bar")
    func thinQuestion() {
        let thin = ContentStatsTests.question("python.thin")
        let fields = Set(QualityBar.findings(in: bank(thin)).map(\.field))
        #expect(
            fields == [
                "points", "Model answer", "pitfalls", "follow_ups", "tags", "points[0].concepts", "points[0].phrasings",
            ])
    }

    @Test("a question that meets the bar has no findings")
    func fullQuestion() {
        var question = ContentStatsTests.question("python.full")
        question.tags = ["t"]
        question.modelAnswer = Array(repeating: "word", count: 150).joined(separator: " ")
        question.points = (1...4).map {
            AssessmentPoint(
                id: "p\($0)", weight: 2, strongAnswer: "s", concepts: [Concept(alternatives: ["a", "b", "c"])],
                phrasings: ["one", "two"])
        }
        question.pitfalls = [
            Pitfall(id: "x", description: "d", signs: ["s"]), Pitfall(id: "y", description: "d", signs: ["s"]),
        ]
        question.followUps = [FollowUp(prompt: "f", aim: .depth), FollowUp(prompt: "g", aim: .point("p1"))]
        #expect(QualityBar.findings(in: bank(question)).isEmpty)

        question.kind = .design
        let designFields = Set(QualityBar.findings(in: bank(question)).map(\.field))
        #expect(designFields == ["points", "follow_ups", "Model answer"])
    }

    private func bank(_ question: Question) -> ContentBank {
        ContentBank(areas: [], questions: [question], snippets: [], exercises: [], outline: nil, skills: [])
    }
}
