import Testing

@testable import OnsiteCore

/// The weakest areas, each with concrete advice: how many questions and exercises, a drill,
/// the cards due.
@Suite("Readiness advice")
struct ReadinessAdviceTests {
    typealias Fixture = ReadinessCalculatorTests

    /// An area's evidence and the advice it should get.
    struct AdviceCase: Sendable, CustomTestStringConvertible {
        var name: String
        var attempts: [ScoredAttempt]
        var recall: AreaRecall?
        var reasons: [ReadinessAdvice.Reason]
        var actions: [ReadinessAdvice.Action]

        var testDescription: String { name }
    }

    static let cases: [AdviceCase] = [
        AdviceCase(
            name: "untested", attempts: [], recall: nil, reasons: [.untested],
            actions: [.answerQuestions(3), .doExercises(1)]),
        AdviceCase(
            name: "untested with cards due", attempts: [], recall: AreaRecall(probability: 0.7, cards: 20, dueCards: 5),
            reasons: [.untested, .fadingRecall], actions: [.answerQuestions(3), .doExercises(1), .reviewDueCards(5)]),
        AdviceCase(
            name: "two good answers today", attempts: Fixture.answers("databases", [0.8, 0.9]), recall: nil,
            reasons: [.littleEvidence], actions: [.answerQuestions(3)]),
        AdviceCase(
            name: "enough attempts, low scores",
            attempts: Fixture.answers("databases", [0.3, 0.4, 0.2, 0.5, 0.3, 0.4]), recall: nil,
            reasons: [.lowScores], actions: [.takeDrill]),
        AdviceCase(
            name: "many good answers, but two months ago",
            attempts: Fixture.answers("databases", [0.9, 0.9, 0.9, 0.9, 0.9, 0.9], daysAgo: 60), recall: nil,
            reasons: [.staleEvidence], actions: [.answerQuestions(3), .doExercises(1)]),
        AdviceCase(
            name: "ready, one card due",
            attempts: Fixture.answers("databases", [0.9, 0.9, 0.9, 0.9, 0.9, 0.9]),
            recall: AreaRecall(probability: 0.95, cards: 10, dueCards: 1), reasons: [], actions: [.reviewDueCards(1)]),
        AdviceCase(
            name: "ready, nothing due", attempts: Fixture.answers("databases", [0.9, 0.9, 0.9, 0.9, 0.9, 0.9]),
            recall: nil, reasons: [], actions: [.answerQuestions(1)]),
    ]

    @Test("each area's advice follows from its evidence", arguments: cases)
    func advice(_ example: AdviceCase) throws {
        let evidence = ReadinessEvidence(
            attempts: example.attempts, recall: example.recall.map { ["databases": $0] } ?? [:])
        let readiness = try Fixture.calculator.readiness(from: evidence, asOf: Fixture.now)
        let advice = try #require(readiness.area("databases")?.advice)
        #expect(advice.reasons == example.reasons)
        #expect(advice.actions == example.actions)
        #expect(!advice.actions.isEmpty)
    }

    @Test("the weakest areas come first, weighted by importance, each with its advice")
    func weakest() throws {
        let evidence = ReadinessEvidence(
            attempts: Fixture.answers("python", [0.9, 0.9, 0.9, 0.9, 0.9, 0.9])
                + Fixture.answers("design", [0.5, 0.6]) + Fixture.answers("concurrency", [0.9, 0.8, 0.9]),
            recall: ["databases": AreaRecall(probability: 0.6, cards: 8, dueCards: 5)])
        let readiness = try Fixture.calculator.readiness(from: evidence, asOf: Fixture.now)
        let weakest = readiness.weakest(2)
        #expect(weakest.map(\.area) == ["databases", "design"])
        #expect(
            weakest[0].sentence(naming: "Databases")
                == "Answer 3 questions, do 1 exercise and review the 5 cards due in Databases.")
        #expect(readiness.weakest(0).isEmpty)
        #expect(readiness.weakest(-1).isEmpty)
        #expect(readiness.weakest(10).count == 4)
        let shortfalls = readiness.weakest(4).map { readiness.area($0.area)!.shortfall }
        #expect(shortfalls == shortfalls.sorted(by: >))

        let focused = try ReadinessCalculator(areas: Fixture.areas, importance: ["python": 20])
            .readiness(from: evidence, asOf: Fixture.now)
        #expect(focused.weakest(1).map(\.area) == ["python"])
    }

    static let sentences: [([ReadinessAdvice.Action], String)] = [
        ([.answerQuestions(1)], "Answer 1 question in Concurrency."),
        ([.takeDrill, .reviewDueCards(1)], "Take a drill and review the card due in Concurrency."),
        (
            [.answerQuestions(2), .doExercises(2), .takeDrill],
            "Answer 2 questions, do 2 exercises and take a drill in Concurrency."
        ),
    ]

    @Test("advice reads as one sentence", arguments: sentences)
    func sentence(_ actions: [ReadinessAdvice.Action], _ expected: String) {
        let advice = ReadinessAdvice(area: "concurrency", readiness: 0.3, reasons: [], actions: actions)
        #expect(advice.sentence(naming: "Concurrency") == expected)
        #expect(advice.sentence.hasSuffix("in concurrency."))
    }
}
