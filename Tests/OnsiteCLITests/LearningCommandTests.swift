import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Practice, history and review through the real binary, on a real SQLite file.
@Suite("onsite practice, history and review", .serialized)
struct LearningCommandTests {
    static let bank = Result { try ContentLoader().load([Checkout.content]).bank }

    /// A fresh database for one test, passed to every command.
    struct Database {
        let folder: TemporaryFolder
        var path: String { folder.path("onsite.sqlite") }

        init() throws { folder = try TemporaryFolder() }

        func run(_ arguments: [String], input: String? = nil) throws -> CommandResult {
            try CommandRun.onsite(arguments + ["--database", path], input: input)
        }
    }

    @Test("a second attempt is stored, graded and shown beside the first, with what improved")
    func practiceTwice() throws {
        let database = try Database()
        defer { database.folder.remove() }
        let weak = "The GIL is a lock in CPython, so only one thread runs Python bytecode at a time."
        let first = try database.run(["practice", "python.gil"], input: weak)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(!first.standardOutput.contains("Your attempts"))
        let model = try #require(try Self.bank.get().rubric(ItemID("python.gil")!)?.modelAnswer)
        let second = try database.run(["practice", "python.gil", "--json"], input: model)
        #expect(second.status == 0, "\(second.standardError)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(second.standardOutput.utf8)) as? [String: Any])
        #expect(object["attempts"] as? Int == 2)
        #expect((object["scoreChange"] as? Double ?? 0) > 0.2)
        #expect(!(object["improved"] as? [String] ?? []).isEmpty)

        let third = try database.run(["practice", "python.gil"], input: weak)
        #expect(third.standardOutput.contains("Your attempts, oldest first:"))
        #expect(third.standardOutput.contains("said less now: "))

        let history = try database.run(["history", "--json"])
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(history.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.filter { $0["kind"] as? String == "practice" }.count == 3)
        let shown = try database.run(["history", "show", "answer-1"])
        #expect(shown.status == 0)
        #expect(shown.standardOutput.contains(weak))
        #expect(shown.standardOutput.contains("Grade "))
    }

    @Test("an empty practice answer is refused and nothing is stored")
    func emptyPractice() throws {
        let database = try Database()
        defer { database.folder.remove() }
        let result = try database.run(["practice", "python.gil"], input: "  \n")
        #expect(result.status != 0)
        #expect(result.standardError.contains("the answer is empty; nothing was saved"))
        let history = try database.run(["history", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(history.standardOutput.utf8)) as? [Any]
        #expect(entries?.isEmpty == true, "\(history.standardOutput)")
    }

    @Test("a review session grades each due card, reschedules it, and leaves nothing due today")
    func reviewSession() throws {
        let database = try Database()
        defer { database.folder.remove() }
        let bank = try Self.bank.get()
        let question = try #require(bank.rubric(ItemID("python.gil")!))
        let snippet = try #require(bank.snippets.first { $0.raises == nil })
        let added = try database.run(["review", "--add", "python.gil", "--add", snippet.id.description])
        #expect(added.standardOutput.contains("Added 2 card(s)"), "\(added.standardError)")

        // New cards come in id order: the question, then the snippet.
        #expect(snippet.id.description.hasPrefix("python.") == false || snippet.id.description > "python.gil")
        let script = [question.modelAnswer, "definitely not the output\nrating: hard"].joined(separator: "\n---\n")
        let session = try database.run(["review"], input: script + "\n---\n")
        #expect(session.status == 0, "\(session.standardError)")
        #expect(session.standardOutput.contains("Card 1 of 2"))
        #expect(
            session.standardOutput.contains("Suggested: Easy") || session.standardOutput.contains("Suggested: Good"))
        #expect(session.standardOutput.contains("Not what it prints."))
        #expect(session.standardOutput.contains("Hard: next review in"))
        #expect(session.standardOutput.contains("Reviewed 2 card(s)"))

        let again = try database.run(["review"], input: "")
        #expect(again.standardOutput.contains("No cards due. 2 card(s) in your deck"))

        let export = try database.run(["review", "--export", "-"])
        let lines = export.standardOutput.components(separatedBy: "\r\n")
        #expect(
            Array(lines.prefix(4)) == ["#separator:Comma", "#html:false", "#columns:Front,Back,Tags", "#tags column:3"])
        #expect(export.standardOutput.contains("area::python"))
        let history = try database.run(["history", "--json"])
        #expect(history.standardOutput.contains("\"review\""))
    }

    @Test("a target retention outside 0.70-0.99 is refused")
    func retentionBounds() throws {
        let database = try Database()
        defer { database.folder.remove() }
        let result = try database.run(["review", "--retention", "0.5"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("0.5"))
    }
}

/// `onsite resume` through the real binary.
@Suite("onsite resume")
struct ResumeCommandTests {
    static let resume = """
        # Jane Doe

        ## Experience

        ### Senior Engineer, Acme
        - Migrated billing from cron jobs to Celery, cutting failed invoice runs from 40 a month to 2
          across 1.2M invoices a month.
        - Built a Redis cache in front of the product API.

        ## Skills
        - Python, Django, PostgreSQL
        """

    @Test("each achievement bullet is checked for the four parts, with probing questions; skills are not probed")
    func analysis() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("cv.md", Self.resume)
        let result = try CommandRun.onsite(["resume", folder.path("cv.md")])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Line 6"))
        #expect(result.standardOutput.contains("✗ scale: not stated"))
        #expect(result.standardOutput.contains("Why Redis and not Memcached"))
        #expect(!result.standardOutput.contains("Python, Django, PostgreSQL"))
        #expect(result.standardOutput.contains("0 of 2 bullets state all four parts"))
    }

    @Test("a resume round stores and judges each answer, and follows up on what is missing")
    func round() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("cv.md", Self.resume)
        let answer = "I built the cache with Redis in front of the API.\n---\nI don't remember.\n---\n"
        let result = try CommandRun.onsite(
            ["resume", folder.path("cv.md"), "--round", "--questions", "1", "--database", folder.path("db.sqlite")],
            input: answer)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Walk me through this: "))
        #expect(result.standardOutput.contains("· follow-up"))
        let history = try CommandRun.onsite(["history", "--json", "--database", folder.path("db.sqlite")])
        #expect(history.standardOutput.contains("behaviour.resume-bullet-"))
    }

    @Test("a file without bullets is refused with a clear message")
    func noBullets() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("cv.txt", "Jane Doe\nI like Python.\n")
        let result = try CommandRun.onsite(["resume", folder.path("cv.txt")])
        #expect(result.status != 0)
        #expect(result.standardError.contains("no bullet points found"))
    }
}
