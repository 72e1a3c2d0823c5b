import Foundation
import GRDB
import OnsiteStore
import OnsiteTestSupport
import Testing

/// What a real file keeps across stores: restarts, and two processes sharing one database.
@Suite("SQLite store on a file")
struct DurabilityTests {
    @Test("an answer recorded without a judgement survives closing, and is graded after reopening")
    func survivesReopening() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("onsite.sqlite")

        let first = try SQLiteStore(path: path)
        try first.save(interview("mock"))
        let id = try first.record(answer("python.gil", in: "mock"))
        try first.close()

        let second = try SQLiteStore(path: path)
        let recorded = try #require(try second.answers(inInterview: "mock").first)
        #expect(recorded.id == id)
        #expect(recorded.text == answer("python.gil").text)
        #expect(!recorded.isGraded)
        #expect(recorded.judgement == nil)
        try second.attach(judgement: .json(#"{"score":1}"#), score: 1, grade: 4, toAnswer: id)
        try second.close()

        let third = try SQLiteStore(path: path)
        let graded = try #require(try third.answers(inInterview: "mock").first)
        #expect(graded.score == 1)
        #expect(graded.grade == 4)
        #expect(graded.judgement == .json(#"{"score":1}"#))
    }

    @Test("two stores on the same file see each other's writes")
    func sharedFile() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("onsite.sqlite")
        let cli = try SQLiteStore(path: path)
        let server = try SQLiteStore(path: path)

        try cli.save(interview("mock", updated: 10))
        #expect(try server.interview(id: "mock") == interview("mock", updated: 10))
        let id = try server.record(answer("python.gil", in: "mock"))
        #expect(try cli.answers(inInterview: "mock").map(\.id) == [id])
        try cli.attach(judgement: .json("{}"), score: 0.5, grade: 2, toAnswer: id)
        #expect(try server.areaScores() == ["python": 0.5])
    }

    @Test(
        "the reads made on every request (answers, session, user, setting) see another store's commits at once, and fail clearly once closed"
    )
    func perRequestReads() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("onsite.sqlite")
        let cli = try SQLiteStore(path: path)
        let server = try SQLiteStore(path: path)

        #expect(try server.answers(toQuestion: "python.gil").isEmpty)
        let first = try cli.record(answer("python.gil", at: 1))
        #expect(try server.answers(toQuestion: "python.gil") == [try #require(try cli.answer(id: first))])
        let second = try cli.record(answer("python.gil", at: 2))
        #expect(try server.answers(toQuestion: "python.gil").map(\.id) == [first, second])
        #expect(try server.owned(by: 7).answers(toQuestion: "python.gil").isEmpty, "another owner's rows stay hidden")

        #expect(try server.setting("plan") == nil)
        try cli.set("plan", to: Data([0, 1, 2, 0xFF]))
        #expect(try server.setting("plan") == Data([0, 1, 2, 0xFF]))

        let user = try cli.createUser(email: "ada@example.com", passwordHash: "$2b$12$hash", at: moment(0))
        #expect(try server.user(id: user.id) == user)
        let session = StoredSession(
            tokenHash: "hash", userID: user.id, csrfToken: "csrf", createdAt: moment(0), expiresAt: moment(100))
        try cli.save(session)
        #expect(try server.session(tokenHash: "hash", at: moment(50)) == session)
        #expect(try server.session(tokenHash: "hash", at: moment(100)) == nil, "expired")

        try server.close()
        #expect {
            try server.answers(toQuestion: "python.gil")
        } throws: { error in
            (error as? StoreError)?.message.contains("read the answers to python.gil") == true
        }
    }

    @Test("a write waits for another process's write instead of failing")
    func waitsWhenBusy() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("onsite.sqlite")
        let store = try SQLiteStore(path: path)
        var holdsTransactions = Configuration()
        holdsTransactions.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: holdsTransactions)  // another process's connection
        try other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        let committed = DispatchSemaphore(value: 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            try? other.inDatabase { db in try db.execute(sql: "COMMIT") }
            committed.signal()
        }
        #expect(try store.interview(id: "mock") == nil)  // readers do not wait at all
        let start = ContinuousClock.now
        let id = try store.record(answer("python.gil"))
        #expect(ContinuousClock.now - start >= .milliseconds(250))
        committed.wait()
        #expect(try store.recentQuestionIDs(limit: 1) == ["python.gil"])
        #expect(id > 0)
    }

    @Test("the database is in WAL mode, so readers never wait for a writer")
    func walMode() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("onsite.sqlite")
        let store = try SQLiteStore(path: path)
        try store.save(interview("mock"))
        let header = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(20)
        // Bytes 18 and 19 of the header are the write and read format versions: 2 means WAL.
        #expect(Array(header.suffix(2)) == [2, 2])
    }

    @Test("missing folders above the file are created")
    func createsFolders() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("data/onsite/deeper/onsite.sqlite")
        let store = try SQLiteStore(path: path)
        try store.save(interview("mock"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("an empty file becomes a new database")
    func emptyFile() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let file = try folder.write("onsite.sqlite", "")
        let store = try SQLiteStore(path: file.path)
        try store.save(interview("mock"))
        #expect(try store.interview(id: "mock") != nil)
    }
}
