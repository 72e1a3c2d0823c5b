import Foundation
import OnsiteCore
import OnsiteTestSupport
import Testing

/// `onsite interview --resume-file`: a resume round inside the interview, each walk-through
/// judged for problem, approach, scale and impact, through the real binary and a real SQLite file.
@Suite("onsite interview --resume-file", .serialized)
struct InterviewResumeRoundTests {
    static let resume = """
        # Experience
        ## Senior Engineer, Ledgerly (2021–2024)
        - Rebuilt the invoice export on Celery, cutting failed nightly runs to zero
        - Worked on the payments API and helped with reliability

        # Skills
        - Python, PostgreSQL, Celery, Redis
        """

    /// Problem and approach only: the follow-up asks for the rest.
    static let firstAnswer = """
        The nightly invoice export was failing silently, so finance found the gaps days later. I rebuilt it as \
        Celery tasks with retries and alerts, because cron gave us no visibility at all.
        """

    /// Scale and impact, said aloud.
    static let followUpAnswer = """
        We process 2 million invoices a day for about 400 merchants. Failed runs went from 12 a month to zero, \
        and the export now finishes in 40 minutes instead of 6 hours.
        """

    @Test("a resume round walks through the bullets, follows up on missing parts and reports all four")
    func resumeRound() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = folder.url.appendingPathComponent("onsite.sqlite")
        let resumeFile = folder.url.appendingPathComponent("resume.md")
        try Self.resume.write(to: resumeFile, atomically: true, encoding: .utf8)
        let run = try InteractiveRun(onsite: [
            "interview", "--format", "drill", "--area", "python", "--resume-file", resumeFile.path,
            "--resume-questions", "2", "--seed", "5", "--json", "--database", database.path,
        ])
        var resumePrompts: [String] = []
        while true {
            let prompt: String
            do {
                prompt = try run.waitFor(InterviewCommandTests.answerMarker, in: .standardError)
            } catch let error as InteractiveRunError where error.outputEnded {
                break
            }
            if prompt.contains("Resume bullet") {
                resumePrompts.append(prompt)
                let isFollowUp = prompt.contains("· follow-up")
                try run.send(Candidate.scripted(isFollowUp ? Self.followUpAnswer : Self.firstAnswer))
            } else {
                try run.send(Candidate.scripted("skip"))
            }
        }
        let result = try run.finish()
        #expect(result.status == 0, "\(result.standardError)")

        let report = try JSONDecoder().decode(InterviewReport.self, from: Data(result.standardOutput.utf8))
        let round = try #require(report.assessments.last)
        #expect(round.name == "Resume deep dive")
        #expect(round.items.map(\.kind) == [.resume, .resume])
        #expect(
            round.items.map(\.id.description) == ["behaviour.resume-bullet-1", "behaviour.resume-bullet-2"],
            "the skills bullets are never asked about")
        #expect(resumePrompts.first?.contains("Walk me through this: Rebuilt the invoice export on Celery") == true)

        for item in round.items {
            #expect(item.followUps >= 1, "\(item.id): the first answer left scale and impact out")
            let parts = try #require(item.parts, "\(item.id) has no part verdicts")
            #expect(parts.map(\.part) == ResumePart.allCases)
            #expect(parts.allSatisfy { $0.verdict == .covered }, "\(parts)")
            #expect(parts.first { $0.part == .scale }?.quote?.contains("2 million invoices a day") == true)
            #expect((item.grade ?? 0) >= 3, "\(item.id) graded \(item.grade ?? -1)")
        }
        // The first answer alone is judged on two parts of four: the feedback says so.
        let firstFeedback = try #require(
            result.standardError.components(separatedBy: "Walk me through this: Rebuilt").dropFirst().first)
        #expect(firstFeedback.contains("✗ missed   impact (weight 2)"), "\(firstFeedback.prefix(900))")

        let reports = database.deletingLastPathComponent().appendingPathComponent("reports")
        let markdown = try String(
            contentsOf: reports.appendingPathComponent("\(report.interviewID).md"), encoding: .utf8)
        #expect(markdown.contains("### Resume deep dive"))
        #expect(markdown.contains("  - ✓ scale: \"We process 2 million invoices a day for about 400 merchants.\""))

        let history = try CommandRun.onsite(["history", "show", report.interviewID, "--database", database.path])
        #expect(history.status == 0, "\(history.standardError)")
        #expect(history.standardOutput.contains("Walk me through this: Rebuilt the invoice export"))
        #expect(history.standardOutput.contains("Grade "), "the stored walk-through is shown with its judgement")
    }

    @Test(
        "a resume file that cannot be used stops the interview before it starts, saying why",
        arguments: [
            ("missing.md", nil, "cannot read the resume"),
            ("skills.md", "# Skills\n- Python\n- Go\n", "none says what you did or achieved"),
            ("prose.txt", "I am a backend engineer who likes Python.\n", "no bullets"),
        ])
    func unusableResume(_ name: String, _ contents: String?, _ message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent(name)
        if let contents { try contents.write(to: file, atomically: true, encoding: .utf8) }
        let database = folder.url.appendingPathComponent("onsite.sqlite")
        let result = try CommandRun.onsite(
            ["interview", "--resume-file", file.path, "--database", database.path], input: "")
        #expect(result.status != 0)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardError.contains(name))
    }
}
