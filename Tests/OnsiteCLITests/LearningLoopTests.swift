import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The learning loop end to end through the real binary: interviews and reviews move `onsite stats`.
@Suite("Learning loop", .serialized)
struct LearningLoopTests {
    struct Area: Decodable {
        var area: String
        var attempts: Int
        var mastery: Double
        var readiness: Double
        var recall: Double?
        var dueCards: Int
    }

    struct Stats: Decodable {
        var overall: Double
        var areas: [Area]
        var untested: [String]

        func area(_ id: String) throws -> Area { try #require(areas.first { $0.area == id }) }
    }

    func stats(_ database: String) throws -> Stats {
        let result = try CommandRun.onsite(["stats", "--json", "--database", database])
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONDecoder().decode(Stats.self, from: Data(result.standardOutput.utf8))
    }

    func drill(_ database: String, seed: Int, manner: Candidate.Manner) throws {
        let run = try InteractiveRun(
            onsite: ["interview", "--format", "drill", "--area", "python", "--seed", "\(seed)", "--database", database])
        var candidate = try Candidate(bank: InterviewCommandTests.bank.get(), manner: manner)
        do {
            try candidate.answerUntilTheEnd(run, stream: .standardOutput)
        } catch {
            Issue.record("\(error)\nstandard error:\n\(run.transcript(.standardError).suffix(2000))")
            run.signal(SIGKILL)
            throw error
        }
        let result = try run.finish()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Report saved: "))
    }

    @Test("a strong interview raises readiness, a weak one lowers mastery, a review session restores recall")
    func interviewsAndReviewMoveStats() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = folder.path("onsite.sqlite")

        let empty = try stats(database)
        #expect(empty.overall == 0)
        #expect(empty.untested.contains("python"))

        try drill(database, seed: 1, manner: .prepared)
        let strong = try stats(database)
        let python1 = try strong.area("python")
        #expect(python1.attempts > 0)
        #expect(python1.readiness > 0.2, "\(python1)")
        #expect(strong.overall > empty.overall)
        #expect(!strong.untested.contains("python"))

        try drill(database, seed: 2, manner: .unprepared)
        let weak = try stats(database)
        let python2 = try weak.area("python")
        #expect(python2.attempts > python1.attempts)
        #expect(python2.mastery < python1.mastery)
        #expect(python2.readiness < python1.readiness)

        // The weak answers left cards for what they missed; answer each due card well.
        let bank = try InterviewCommandTests.bank.get()
        let export = try CommandRun.onsite(["review", "--export", "-", "--database", database])
        #expect(export.standardOutput.contains("area::python"))
        let due = python2.dueCards
        #expect(due > 0)
        let review = try InteractiveRun(onsite: ["review", "--limit", "200", "--database", database])
        var reviewed = 0
        while reviewed < due {
            let prompt = try review.waitFor("Answer (end with a line holding only ---):")
            try review.send(Self.answer(to: prompt, bank: bank) + "\n---\n")
            reviewed += 1
        }
        try review.closeInput()
        let session = try review.finish()
        #expect(session.status == 0, "\(session.standardError)")
        #expect(session.standardOutput.contains("Reviewed \(due) card(s)"))

        let after = try stats(database)
        let python3 = try after.area("python")
        #expect(python3.dueCards == 0)
        #expect((python3.recall ?? 0) > 0.9)
        #expect(python3.readiness >= python2.readiness)
        #expect(after.overall >= weak.overall)
    }

    /// A review card's front names the question's title; answer with that question's model answer.
    static func answer(to prompt: String, bank: ContentBank) throws -> String {
        let header = try #require(prompt.split(separator: "\n").first { $0.hasPrefix("Card ") })
        let title = try #require(header.components(separatedBy: " · ").last)
        let question = try #require(bank.questions.first { $0.title == title }, "no question titled \(title)")
        return question.modelAnswer
    }
}
