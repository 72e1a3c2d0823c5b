import Foundation
import OnsiteStore
import OnsiteTestSupport
import Testing

/// Accounts, sessions, and the promise a shared server rests on: a store owned by one user
/// never reads or changes another user's rows.
@Suite("Accounts and owner scoping")
struct OwnerScopingTests {
    /// Fills `store` with one of everything, as its owner.
    func fill(_ store: SQLiteStore, tag: String) throws -> (answer: Int64, submission: Int64) {
        try store.save(interview("mock-\(tag)"))
        let answerID = try store.record(answer("python.gil", in: "mock-\(tag)"))
        try store.attach(judgement: .json("{}"), score: 0.5, grade: 2, toAnswer: answerID)
        _ = try store.record(answer("python.gil", at: 5))
        let submissionID = try store.record(
            StoredSubmission(
                exerciseID: "algorithms.top-ips", area: "algorithms", submittedAt: moment(1), passed: true, score: 1,
                report: .json("{}")))
        let card = StoredCard(id: "question:python.gil", due: moment(100), state: .json(#"{"tag":"\#(tag)"}"#))
        try store.save(cards: [card])
        _ = try store.record(
            StoredReview(
                cardID: card.id, reviewedAt: moment(2), rating: 3, suggestedRating: 3, answer: tag, log: .json("{}")),
            updating: card)
        try store.set("plan", to: .json(#"{"owner":"\#(tag)"}"#))
        return (answerID, submissionID)
    }

    @Test(
        "each owner sees only their own rows, and the local user's rows stay the CLI's", arguments: StoreKind.allCases)
    func isolation(kind: StoreKind) throws {
        let (local, folder) = try kind.make()
        defer { folder?.remove() }
        let ada = local.owned(by: 1)
        let bob = local.owned(by: 2)
        let adaRows = try fill(ada, tag: "ada")
        _ = try fill(local, tag: "local")

        // Bob has nothing, and cannot reach Ada's rows by id.
        #expect(try bob.interviews(limit: 10).isEmpty)
        #expect(try bob.interview(id: "mock-ada") == nil)
        #expect(try bob.latestInterview(status: .inProgress) == nil)
        #expect(try bob.answers(inInterview: "mock-ada").isEmpty)
        #expect(try bob.answer(id: adaRows.answer) == nil)
        #expect(try bob.answers(toQuestion: "python.gil").isEmpty)
        #expect(try bob.gradedAnswers(since: nil).isEmpty)
        #expect(try bob.practiceAnswers(limit: 10).isEmpty)
        #expect(try bob.recentQuestionIDs(limit: 10).isEmpty)
        #expect(try bob.areaScores().isEmpty)
        #expect(try bob.submissions(exerciseID: nil, limit: 10).isEmpty)
        #expect(try bob.submission(id: adaRows.submission) == nil)
        #expect(try bob.cards().isEmpty)
        #expect(try bob.reviews(limit: 10).isEmpty)
        #expect(try bob.setting("plan") == nil)

        // Nor change them.
        #expect(throws: StoreError.self) {
            try bob.attach(judgement: .json("{}"), score: 1, grade: 4, toAnswer: adaRows.answer)
        }
        #expect(throws: StoreError.self) { try bob.save(interview("mock-ada", status: .finished)) }
        #expect(throws: StoreError.self) { try bob.record(answer("python.gil", in: "mock-ada")) }
        #expect(try ada.interview(id: "mock-ada")?.status == .inProgress)
        #expect(try ada.answers(inInterview: "mock-ada").map(\.grade) == [2])

        // Ada and the local user each see exactly their own.
        for (store, tag) in [(ada, "ada"), (local, "local")] {
            #expect(try store.interviews(limit: 10).map(\.id) == ["mock-\(tag)"])
            #expect(try store.answers(toQuestion: "python.gil").count == 2)
            #expect(try store.submissions(exerciseID: nil, limit: 10).count == 1)
            #expect(try store.cards().map(\.state) == [.json(#"{"tag":"\#(tag)"}"#)])
            #expect(try store.reviews(limit: 10).map(\.answer) == [tag])
            #expect(try store.setting("plan") == .json(#"{"owner":"\#(tag)"}"#))
        }
    }

    @Test("accounts: emails are unique without regard to case; sessions end and expire", arguments: StoreKind.allCases)
    func accounts(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        let ada = try store.createUser(email: "ada@example.com", passwordHash: "$2b$12$hash", at: moment(0))
        #expect(ada.id > SQLiteStore.localUser)
        #expect(try store.user(email: "ADA@example.com") == ada)
        #expect(try store.user(id: ada.id) == ada)
        let duplicate = #expect(throws: StoreError.self) {
            try store.createUser(email: "Ada@Example.com", passwordHash: "x", at: moment(1))
        }
        #expect(duplicate?.code == .constraintViolated)
        #expect(duplicate?.message.contains("already exists") == true)

        let session = StoredSession(
            tokenHash: "h1", userID: ada.id, csrfToken: "c1", createdAt: moment(0), expiresAt: moment(100))
        try store.save(session)
        #expect(try store.session(tokenHash: "h1", at: moment(50)) == session)
        #expect(try store.session(tokenHash: "h1", at: moment(100)) == nil, "expired")
        #expect(try store.session(tokenHash: "other", at: moment(50)) == nil)
        try store.deleteSession(tokenHash: "h1")
        #expect(try store.session(tokenHash: "h1", at: moment(50)) == nil)
    }
}
