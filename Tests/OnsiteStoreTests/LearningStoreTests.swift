import Foundation
import OnsiteStore
import OnsiteTestSupport
import Testing

/// What every ``LearningStore`` promises: submissions, review cards, reviews and settings come
/// back as stored, in the documented order, and history queries see every kind of answer.
@Suite("Learning store contract")
struct LearningStoreTests {
    func submission(_ exercise: String, at seconds: Int, passed: Bool) -> StoredSubmission {
        StoredSubmission(
            exerciseID: exercise, area: String(exercise.prefix { $0 != "." }), submittedAt: moment(seconds),
            passed: passed, score: passed ? 1 : 0.5, report: .json(#"{"checks":[]}"#))
    }

    @Test("submissions come back newest first, all or of one exercise", arguments: StoreKind.allCases)
    func submissions(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        var first = submission("algorithms.top-ips", at: 10, passed: false)
        var second = submission("web.rate-limit", at: 20, passed: true)
        var third = submission("algorithms.top-ips", at: 30, passed: true)
        first.id = try store.record(first)
        second.id = try store.record(second)
        third.id = try store.record(third)
        #expect(try store.submissions(exerciseID: nil, limit: 10) == [third, second, first])
        #expect(try store.submissions(exerciseID: "algorithms.top-ips", limit: 10) == [third, first])
        #expect(try store.submissions(exerciseID: nil, limit: 1) == [third])
        #expect(try store.submissions(exerciseID: nil, limit: 0) == [])
        #expect(try store.submission(id: try #require(second.id)) == second)
        #expect(try store.submission(id: 9999) == nil)
    }

    @Test("a question's answers from practice and interviews come back oldest first", arguments: StoreKind.allCases)
    func answersToQuestion(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        try store.save(interview("mock"))
        var later = answer("python.gil", in: "mock", at: 50)
        var earlier = answer("python.gil", at: 5)
        let other = answer("python.generators", at: 7)
        later.id = try store.record(later)
        earlier.id = try store.record(earlier)
        _ = try store.record(other)
        #expect(try store.answers(toQuestion: "python.gil") == [earlier, later])
        #expect(try store.practiceAnswers(limit: 10).map(\.questionID) == ["python.generators", "python.gil"])
        #expect(try store.answer(id: try #require(earlier.id)) == earlier)
        #expect(try store.answer(id: 9999) == nil)
    }

    @Test("graded answers are the graded ones only, from a date when asked", arguments: StoreKind.allCases)
    func gradedAnswers(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        let graded = try store.record(answer("python.gil", at: 10))
        _ = try store.record(answer("python.generators", at: 20))
        let late = try store.record(answer("databases.deadlocks", at: 30))
        try store.attach(judgement: .json("{}"), score: 0.8, grade: 4, toAnswer: graded)
        try store.attach(judgement: .json("{}"), score: 0.2, grade: 1, toAnswer: late)
        #expect(try store.gradedAnswers(since: nil).map(\.id) == [graded, late])
        #expect(try store.gradedAnswers(since: moment(15)).map(\.id) == [late])
    }

    @Test("interviews list newest first", arguments: StoreKind.allCases)
    func interviewList(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        try store.save(interview("old", updated: 10))
        try store.save(interview("new", status: .finished, updated: 20))
        #expect(try store.interviews(limit: 10).map(\.id) == ["new", "old"])
    }

    @Test("cards are replaced by id, and a review stores the card's new state with it", arguments: StoreKind.allCases)
    func cardsAndReviews(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        let gil = StoredCard(id: "question:python.gil", due: moment(100), state: .json(#"{"reps":0}"#))
        let point = StoredCard(id: "point:python.gil#cpu-vs-io", due: moment(50), state: .json(#"{"reps":0}"#))
        try store.save(cards: [gil, point])
        #expect(try store.cards() == [point, gil])

        let reviewed = StoredCard(id: gil.id, due: moment(900), state: .json(#"{"reps":1}"#))
        let review = StoredReview(
            cardID: gil.id, reviewedAt: moment(120), rating: 3, suggestedRating: 2, answer: "A lock in CPython.",
            log: .json(#"{"stability":2.3}"#))
        let id = try store.record(review, updating: reviewed)
        #expect(try store.cards() == [point, reviewed])
        var stored = review
        stored.id = id
        #expect(try store.reviews(limit: 5) == [stored])
    }

    @Test("a review with a rating outside 1-4 is refused and changes nothing", arguments: StoreKind.allCases)
    func invalidRating(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        let card = StoredCard(id: "question:python.gil", due: moment(100), state: .json("{}"))
        try store.save(cards: [card])
        let moved = StoredCard(id: card.id, due: moment(999), state: .json(#"{"moved":true}"#))
        let review = StoredReview(
            cardID: card.id, reviewedAt: moment(1), rating: 7, suggestedRating: nil, answer: "", log: .json("{}"))
        #expect(throws: StoreError.self) { try store.record(review, updating: moved) }
        #expect(try store.cards() == [card])
        #expect(try store.reviews(limit: 5).isEmpty)
    }

    @Test("settings are stored and replaced by key", arguments: StoreKind.allCases)
    func settings(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        #expect(try store.setting("plan") == nil)
        try store.set("plan", to: .json(#"{"weeks":6}"#))
        try store.set("plan", to: .json(#"{"weeks":3}"#))
        #expect(try store.setting("plan") == .json(#"{"weeks":3}"#))
    }
}
