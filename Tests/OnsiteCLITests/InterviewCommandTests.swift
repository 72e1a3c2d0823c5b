import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The terminal interview driven through the real binary, as a script or a person would drive it:
/// prompts are read as they are printed and answered, with the real grader, the real sandbox and
/// a real SQLite file.
@Suite("onsite interview", .serialized)
struct InterviewCommandTests {
    static let bank = Result { try ContentLoader().load([Checkout.content]).bank }
    static let answerMarker = "Answer (end with a line holding only ---):"

    @Test("a scripted three-assessment interview runs to a report with every assessment scored")
    func scriptedThreeAssessments() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = folder.url.appendingPathComponent("onsite.sqlite")
        let run = try InteractiveRun(onsite: ["interview", "--seed", "7", "--json", "--database", database.path])
        var candidate = try Candidate(bank: Self.bank.get())
        try candidate.answerUntilTheEnd(run, stream: .standardError)
        let result = try run.finish()

        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("assessment 1 of 3 · Question 1 of "))
        #expect(result.standardError.contains("assessment 3 of 3"))
        let report = try JSONDecoder().decode(InterviewReport.self, from: Data(result.standardOutput.utf8))
        #expect(
            report.assessments.map(\.name) == [
                "Architecture and system thinking", "Python proficiency and idioms", "Problem solving and code quality",
            ])
        for assessment in report.assessments {
            #expect((3...5).contains(assessment.items.count), "\(assessment.name): \(assessment.items.count) items")
        }
        let asked = report.assessments.flatMap(\.items).map(\.id)
        #expect(Set(asked).count == asked.count, "an item was asked twice: \(asked)")
        #expect(
            Set(asked) == candidate.answered, "the report lists \(asked), the candidate answered \(candidate.answered)")

        let exercises = report.assessments[2].items.filter { $0.kind == .exercise }
        #expect(exercises.count == 1)
        #expect(exercises.first?.score == 1, "the reference solution passes every check: \(exercises)")
        for item in report.assessments.flatMap(\.items) where item.kind == .question {
            #expect((item.grade ?? 0) >= 3, "the model answer to \(item.id) graded \(item.grade ?? -1)")
        }
        #expect(candidate.followUps > 0, "a follow-up was asked")
        #expect([.yes, .strongYes].contains(report.hiringSignal.signal), "\(report.hiringSignal)")
        #expect(!report.hiringSignal.derivation.isEmpty)

        let reports = database.deletingLastPathComponent().appendingPathComponent("reports")
        let saved = try Data(contentsOf: reports.appendingPathComponent("\(report.interviewID).json"))
        #expect(try JSONDecoder().decode(InterviewReport.self, from: saved) == report)
        let markdown = try String(
            contentsOf: reports.appendingPathComponent("\(report.interviewID).md"), encoding: .utf8)
        #expect(markdown.contains("Architecture and system thinking"))
        #expect(markdown.contains(report.hiringSignal.signal.rawValue))
    }

    @Test("an interview killed while its code runs resumes where it stopped, losing no answer")
    func killedAndResumed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = folder.url.appendingPathComponent("onsite.sqlite")
        var candidate = try Candidate(bank: Self.bank.get())

        // The exercise's answer is stored before it is run, so killing the program while the code
        // runs leaves an answer stored but not yet applied.
        let first = try InteractiveRun(onsite: ["interview", "--seed", "11", "--database", database.path])
        let exercise = try candidate.answerUntilCodeRuns(first)
        first.signal(SIGKILL)
        _ = try first.finish()
        #expect(first.wasKilledBySignal)
        let beforeKill = candidate.answered

        let second = try InteractiveRun(onsite: ["interview", "--resume", "--database", database.path])
        try second.waitFor("Resuming interview")
        try second.waitFor("Applying your stored answer to \(exercise) from before the interruption.")
        try second.waitFor("Checks passed: ")
        candidate.asked = []
        try candidate.answerUntilTheEnd(second, stream: .standardOutput)
        let result = try second.finish()

        #expect(result.status == 0, "\(result.standardError)")
        #expect(!candidate.asked.contains(exercise), "the stored exercise answer was asked for again")
        #expect(candidate.asked.isDisjoint(with: beforeKill), "a question answered before the kill was asked again")
        let reports = database.deletingLastPathComponent().appendingPathComponent("reports")
        let files = try FileManager.default.contentsOfDirectory(atPath: reports.path).filter { $0.hasSuffix(".json") }
        #expect(files.count == 1)
        let report = try JSONDecoder().decode(
            InterviewReport.self, from: Data(contentsOf: reports.appendingPathComponent(try #require(files.first))))
        let items = report.assessments.flatMap(\.items)
        #expect(Set(items.map(\.id)) == candidate.answered)
        #expect(items.allSatisfy { !$0.skipped && $0.score != nil }, "\(items)")
        #expect(items.first { $0.id == exercise }?.score == 1, "\(result.standardOutput.prefix(3000))")
    }

    @Test("Ctrl-C keeps the half-typed answer as a draft, and --resume shows it and asks again")
    func interruptKeepsDraft() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = folder.url.appendingPathComponent("onsite.sqlite")
        let first = try InteractiveRun(onsite: ["interview", "--seed", "3", "--database", database.path])
        let prompt = try first.waitFor(Self.answerMarker)
        let question = try #require(Candidate.itemID(in: prompt))
        try first.send("The first thing I would say is\nthat it depends on the workload.\n")
        // The reader takes each line as it arrives; give it the two lines before interrupting.
        Thread.sleep(forTimeInterval: 0.5)
        first.signal(SIGINT)
        let interrupted = try first.finish()
        #expect(interrupted.status == 130)
        #expect(interrupted.standardOutput.contains("Saved. Continue with: onsite interview --resume"))

        let second = try InteractiveRun(onsite: ["interview", "--resume", "--database", database.path])
        try second.closeInput()
        let resumed = try second.finish()
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(
            resumed.standardOutput.contains(
                "You left with this answer unfinished; it is kept here to copy:\n"
                    + "The first thing I would say is\nthat it depends on the workload."))
        #expect(resumed.standardOutput.contains("Question \(question): "), "the same question is asked again")
    }

    @Test("--resume with nothing to resume says so and exits with an error")
    func nothingToResume() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = folder.url.appendingPathComponent("onsite.sqlite")
        let result = try CommandRun.onsite(["interview", "--resume", "--database", database.path], input: "")
        #expect(result.status != 0)
        #expect(result.standardError.contains("there is no interrupted interview to resume in \(database.path)"))
    }
}
