import Foundation
import Testing

@testable import OnsiteCore

extension ReviewTests {
    @Suite("Review cards and their content")
    struct ReviewDeckTests {
        typealias F = ReviewFixtures

        @Test(
            "a card's id names its source, and parses back",
            arguments: [
                (CardSource.question(F.id("python.gil")), "question:python.gil"),
                (.snippet(F.id("objects.lru-cache-info")), "snippet:objects.lru-cache-info"),
                (.point(F.id("python.gil"), point: "released-on-io"), "point:python.gil#released-on-io"),
            ])
        func cardIDs(_ source: CardSource, _ id: String) {
            #expect(source.cardID == id)
            #expect(ReviewCard.new(source, at: 0).id == id)
            #expect(CardSource(cardID: id) == source)
        }

        @Test(
            "text that is not a card id does not parse",
            arguments: [
                "", "python.gil", "question:", "question:Python.gil", "point:python.gil", "point:python.gil#",
                "deck:python.gil",
            ])
        func badCardIDs(_ text: String) {
            #expect(CardSource(cardID: text) == nil)
        }

        @Test("a new card has no memory and is due when made")
        func newCard() {
            let card = ReviewCard.new(.snippet(F.id("python.x")), at: 42)
            #expect(card.isNew)
            #expect(card.memory == nil && card.lastReview == nil)
            #expect(card.due == 42)
            #expect(card.reps == 0 && card.lapses == 0)
        }

        @Test("cards and sources are stored as readable JSON and read back")
        func codable() throws {
            let card = try #require(F.reviewOnDueDays([.good, .again]).last).card
            let pointCard = ReviewCard.new(.point(F.id("python.gil"), point: "io"), at: F.start)
            for original in [card, pointCard] {
                let data = try JSONEncoder().encode(original)
                #expect(try JSONDecoder().decode(ReviewCard.self, from: data) == original)
            }
            let source = try JSONEncoder().encode(CardSource.point(F.id("python.gil"), point: "io"))
            let object = try JSONSerialization.jsonObject(with: source) as? [String: String]
            #expect(object == ["kind": "point", "item": "python.gil", "point": "io"])
        }

        @Test("a question card shows the prompt, then the model answer")
        func questionContent() throws {
            let content = try #require(ReviewDeck.content(of: .new(.question(Self.question.id), at: 0), in: Self.bank))
            #expect(content == CardContent(title: "The GIL", front: "What is the GIL?", back: "A lock around the VM."))
        }

        @Test("a snippet card shows the code with its question, then the output, the exception and the explanation")
        func snippetContent() throws {
            let content = try #require(ReviewDeck.content(of: .new(.snippet(Self.snippet.id), at: 0), in: Self.bank))
            #expect(content.title == "Dividing by zero")
            #expect(content.front == "Dividing by zero\n\nWhat does this print?\n\n```python\nprint(1)\n1 / 0\n```")
            #expect(
                content.back
                    == "```text\n1\n```\n\nThen the script ends with an uncaught `ZeroDivisionError`.\n\n"
                    + "Division by zero raises.")
        }

        @Test(
            "a point card asks the follow-up aimed at the point, or about the point's concepts",
            arguments: [
                ("released", "The GIL\n\nWhen is the GIL released?", "It is released around blocking I/O."),
                (
                    "one-thread", "The GIL\n\nWhat should a strong answer say about one thread and bytecode?",
                    "Only one thread runs bytecode at a time."
                ),
            ])
        func pointContent(_ point: String, _ front: String, _ back: String) throws {
            let card = ReviewCard.new(.point(Self.question.id, point: point), at: 0)
            let content = try #require(ReviewDeck.content(of: card, in: Self.bank))
            #expect(content.front == front)
            #expect(content.back == back)
        }

        @Test(
            "a card whose item or point left the bank has no content",
            arguments: [
                CardSource.question(F.id("python.gone")), .snippet(F.id("python.gone")),
                .point(F.id("python.gil"), point: "gone"), .point(F.id("python.gone"), point: "released"),
            ])
        func missingContent(_ source: CardSource) {
            #expect(ReviewDeck.content(of: .new(source, at: 0), in: Self.bank) == nil)
            #expect(ReviewDeck.ankiNotes(for: [.new(source, at: 0)], in: Self.bank).isEmpty)
        }

        @Test("export tags name onsite, the area, the kind of card and the item's tags, without spaces")
        func tags() {
            let card = ReviewCard.new(.point(Self.question.id, point: "released"), at: 0)
            #expect(
                ReviewDeck.tags(of: card, in: Self.bank) == [
                    "onsite", "area::python", "card::point", "gil", "free_threading",
                ])
            let notes = ReviewDeck.ankiNotes(for: [card, .new(.snippet(Self.snippet.id), at: 0)], in: Self.bank)
            #expect(notes.map(\.tags.last) == ["free_threading", "card::snippet"])
        }

        static let question = Question(
            id: ItemID("python.gil")!, kind: .question, title: "The GIL", area: "python", subtopics: [],
            level: .senior, round: .fundamentals, minutes: 5, tags: ["gil", "free threading", "onsite"],
            prompt: "What is the GIL?", modelAnswer: "A lock around the VM.",
            points: [
                AssessmentPoint(
                    id: "one-thread", weight: 3, strongAnswer: "Only one thread runs bytecode at a time.",
                    concepts: [
                        Concept(alternatives: ["one thread", "single thread"]), Concept(alternatives: ["bytecode"]),
                    ],
                    phrasings: []),
                AssessmentPoint(
                    id: "released", weight: 2, strongAnswer: "It is released around blocking I/O.", concepts: [],
                    phrasings: []),
            ],
            pitfalls: [],
            followUps: [
                FollowUp(prompt: "Why does it exist?", aim: .depth),
                FollowUp(prompt: "When is the GIL released?", aim: .point("released")),
            ])

        static let snippet = Snippet(
            id: ItemID("python.zero-division")!, title: "Dividing by zero", area: "python", subtopics: [],
            level: .mid, tags: [], code: "print(1)\n1 / 0\n", output: "1\n", raises: "ZeroDivisionError",
            explanation: "Division by zero raises.")

        static let bank = ContentBank(
            areas: [], questions: [question], snippets: [snippet], exercises: [], outline: nil, skills: [])
    }
}
