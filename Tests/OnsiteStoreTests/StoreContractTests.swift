import Foundation
import OnsiteStore
import OnsiteTestSupport
import Testing

/// The behaviour every ``InterviewStore`` promises, run against each implementation.
@Suite("Interview store contract")
struct StoreContractTests {
    @Test("an interview comes back as it was saved", arguments: StoreKind.allCases)
    func interviewRoundTrip(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        for status in InterviewStatus.allCases {
            let saved = interview("mock-\(status.rawValue)", status: status, updated: 30)
            try store.save(saved)
            #expect(try store.interview(id: saved.id) == saved)
        }
        #expect(try store.interview(id: "never-saved") == nil)
    }

    @Test("saving again replaces the interview and keeps its answers", arguments: StoreKind.allCases)
    func saveReplaces(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        try store.save(interview("mock"))
        _ = try store.record(answer("python.gil", in: "mock"))
        var finished = interview("mock", status: .finished, updated: 90, state: #"{"turn":9}"#)
        finished.format = "system-design"
        try store.save(finished)
        #expect(try store.interview(id: "mock") == finished)
        #expect(try store.answers(inInterview: "mock").map(\.questionID) == ["python.gil"])
    }

    @Test("dates keep their milliseconds", arguments: StoreKind.allCases)
    func milliseconds(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        var saved = interview("mock")
        saved.updatedAt = Date(timeIntervalSince1970: 1_750_000_000.123)
        try store.save(saved)
        let loaded = try #require(try store.interview(id: "mock"))
        #expect(abs(loaded.updatedAt.timeIntervalSince(saved.updatedAt)) < 0.000_5)
    }

    @Test("an answer comes back as it was recorded, graded or not", arguments: StoreKind.allCases)
    func answerRoundTrip(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        try store.save(interview("mock"))
        var ungraded = answer("python.gil", in: "mock", turn: 1)
        var graded = answer("python.generators", in: "mock", turn: 2)
        graded.score = 0.75
        graded.grade = 3
        graded.judgement = .json(#"{"points":[]}"#)
        ungraded.id = try store.record(ungraded)
        graded.id = try store.record(graded)
        #expect(ungraded.id != graded.id)
        #expect(try store.answers(inInterview: "mock") == [ungraded, graded])
    }

    @Test("answers outside an interview are stored too", arguments: StoreKind.allCases)
    func practiceAnswer(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        _ = try store.record(answer("python.gil"))
        #expect(try store.recentQuestionIDs(limit: 5) == ["python.gil"])
        #expect(try store.answers(inInterview: "python.gil").isEmpty)
    }

    @Test("answers are listed by turn, then in the order they were recorded", arguments: StoreKind.allCases)
    func answerOrder(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        try store.save(interview("mock"))
        try store.save(interview("other"))
        _ = try store.record(answer("python.c", in: "mock", turn: 2))
        _ = try store.record(answer("python.a", in: "mock", turn: 1))
        _ = try store.record(answer("python.x", in: "other", turn: 1))
        _ = try store.record(answer("python.b", in: "mock", turn: 1))
        #expect(try store.answers(inInterview: "mock").map(\.questionID) == ["python.a", "python.b", "python.c"])
    }

    @Test("attaching a judgement grades the answer", arguments: StoreKind.allCases)
    func attach(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        try store.save(interview("mock"))
        let id = try store.record(answer("python.gil", in: "mock"))
        try store.attach(judgement: .json(#"{"claimed":["gil"]}"#), score: 0.5, grade: 2, toAnswer: id)
        let stored = try #require(try store.answers(inInterview: "mock").first)
        #expect(stored.id == id)
        #expect(stored.score == 0.5)
        #expect(stored.grade == 2)
        #expect(stored.judgement == .json(#"{"claimed":["gil"]}"#))
        #expect(stored.isGraded)
    }

    @Test("attaching to an unknown answer says so", arguments: StoreKind.allCases)
    func attachUnknown(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        let error = try #require(throws: StoreError.self) {
            try store.attach(judgement: .json("{}"), score: 1, grade: 4, toAnswer: 42)
        }
        #expect(error.code == .notFound)
        #expect(error.description.contains("42"))
    }

    @Test("an answer to an interview never saved is refused", arguments: StoreKind.allCases)
    func unknownInterview(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        let error = try #require(throws: StoreError.self) { try store.record(answer("python.gil", in: "ghost")) }
        #expect(error.code == .constraintViolated)
        #expect(error.description.contains(store.path))
        #expect(error.description.contains("the interview ghost was never saved"))
    }

    @Test("the latest interview is the most recently updated one with that status", arguments: StoreKind.allCases)
    func latest(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        #expect(try store.latestInterview(status: .inProgress) == nil)
        try store.save(interview("older", updated: 10))
        try store.save(interview("newest", updated: 50))
        try store.save(interview("middle", updated: 30))
        try store.save(interview("finished", status: .finished, updated: 99))
        #expect(try store.latestInterview(status: .inProgress)?.id == "newest")
        #expect(try store.latestInterview(status: .finished)?.id == "finished")
        #expect(try store.latestInterview(status: .abandoned) == nil)

        try store.save(interview("older", updated: 60))
        #expect(try store.latestInterview(status: .inProgress)?.id == "older")
    }

    @Test("recent question ids are distinct, the most recently answered first", arguments: StoreKind.allCases)
    func recentQuestions(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        #expect(try store.recentQuestionIDs(limit: 3).isEmpty)
        for (question, seconds) in [("python.a", 10), ("python.b", 20), ("python.a", 30), ("python.c", 5)] {
            _ = try store.record(answer(question, at: seconds))
        }
        // Answered in the same instant: the one recorded last comes first.
        _ = try store.record(answer("python.d", at: 30))
        #expect(try store.recentQuestionIDs(limit: 10) == ["python.d", "python.a", "python.b", "python.c"])
        #expect(try store.recentQuestionIDs(limit: 2) == ["python.d", "python.a"])
        #expect(try store.recentQuestionIDs(limit: 0).isEmpty)
        #expect(try store.recentQuestionIDs(limit: -1).isEmpty)
    }

    @Test("area scores average graded answers only", arguments: StoreKind.allCases)
    func areaScores(kind: StoreKind) throws {
        let (store, folder) = try kind.make()
        defer { folder?.remove() }
        #expect(try store.areaScores().isEmpty)
        let graded: [(String, Double)] = [("python.a", 0.25), ("python.b", 0.75), ("web.a", 1.0)]
        for (question, score) in graded {
            let id = try store.record(answer(question))
            try store.attach(judgement: .json("{}"), score: score, grade: 2, toAnswer: id)
        }
        _ = try store.record(answer("python.c"))  // not graded yet
        _ = try store.record(answer("design.a"))  // an area with no graded answer
        #expect(try store.areaScores() == ["python": 0.5, "web": 1.0])
    }
}
