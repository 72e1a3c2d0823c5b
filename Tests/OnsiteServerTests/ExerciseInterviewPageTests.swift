import Foundation
import HTTPTypes
import HummingbirdTesting
import OnsiteCore
import OnsiteStore
import Testing

/// Exercises and mock interviews in the browser: the sandbox runs code, answers are stored
/// before feedback, and the report draws its charts.
@Suite("Web app: exercises and mock interviews")
struct ExerciseInterviewPageTests {
    static let topIPs = "algorithms.top-ips"

    static func reference(_ id: String) throws -> String {
        let itemID = try #require(ItemID(id))
        let exercise = try #require(try ServerFixture.bank.get().exercise(itemID))
        let file = try #require(exercise.editedFile)
        return try #require(exercise.solutionFiles.first { $0.path == file }).contents
    }

    @Test("an exercise: the starter in the editor, a run of the visible tests, a failed and an accepted submission")
    func exercise() async throws {
        let fixture = try ServerFixture(runsCode: true)
        try await fixture.test { client in
            let browser = Browser(client)
            let page = try await browser.get("/exercises/\(Self.topIPs)").text
            #expect(page.contains(#"class="code""#) && page.contains("def top_ips"))
            #expect(page.contains(#"formaction="/exercises/\#(Self.topIPs)/runs""#))

            let wrong = "def top_ips(lines, n):\n    return []\n"
            let run = try await browser.post("/exercises/\(Self.topIPs)/runs", form: ["code": wrong])
            #expect(run.status == .ok)
            #expect(run.text.contains("Visible tests: failed"))
            #expect(run.text.contains("return []"), "the code stays in the editor")

            let failed = try await browser.post("/exercises/\(Self.topIPs)/submissions", form: ["code": wrong])
            #expect(failed.status == .seeOther)
            let verdict = try await browser.get(try #require(failed.location)).text
            #expect(verdict.contains("Not accepted yet"))
            #expect(verdict.contains("Failing tests"))
            #expect(verdict.contains("Hidden cases"))

            let solved = try Self.reference(Self.topIPs)
            let accepted = try await browser.post("/exercises/\(Self.topIPs)/submissions", form: ["code": solved])
            let good = try await browser.get(try #require(accepted.location)).text
            #expect(good.contains("Accepted: every check passed"), "\(good)")
            #expect(good.contains("Quality of your code"))
            #expect(good.contains("Your submissions"))
            // The draft is the last code sent; the list marks the exercise accepted.
            #expect(try await browser.get("/exercises/\(Self.topIPs)").text.contains("Counter"))
            #expect(try await browser.get("/exercises?area=algorithms").text.contains(">accepted<"))
        }
        #expect(try fixture.store.submissions(exerciseID: Self.topIPs, limit: 10).map(\.passed) == [true, false])
    }

    @Test("an optimise task shows its speed-up, and a review is graded against its rubric without the sandbox")
    func speedAndReview() async throws {
        let fixture = try ServerFixture(runsCode: true)
        try await fixture.test { client in
            let browser = Browser(client)
            let id = "python.csv-export-optimise"
            try await browser.get("/exercises/\(id)")
            let submitted = try await browser.post("/exercises/\(id)/submissions", form: ["code": Self.reference(id)])
            let page = try await browser.get(try #require(submitted.location)).text
            #expect(page.contains("Speed-up"))
            #expect(page.contains("faster than the original (target 5.0x)"))

            let review = "production.review-payment-webhook"
            let form = try await browser.get("/exercises/\(review)").text
            #expect(!form.contains("Run visible tests"))
            let findings = """
                The webhook secret is hard-coded in the source; load it from the environment. The \
                signature is compared with == instead of hmac.compare_digest, which leaks timing.
                """
            let graded = try await browser.post("/exercises/\(review)/submissions", form: ["code": findings])
            let verdict = try await browser.get(try #require(graded.location)).text
            #expect(verdict.contains("review:"))
            #expect(verdict.contains("points covered"))
        }
    }

    @Test("a drill: Question 1 of 4 with a timer, feedback and a follow-up, skips, then the report with charts")
    func interview() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            let list = try await browser.get("/interviews").text
            #expect(list.contains(#"name="format" value="drill""#))
            let refused = try await browser.post("/interviews", form: ["format": "drill", "area": ""])
            #expect(refused.status == .ok && refused.text.contains("a drill needs an area"))
            let badMinutes = try await browser.post("/interviews", form: ["format": "three", "minutes": "ten"])
            #expect(badMinutes.status == .ok && badMinutes.text.contains("minutes must be a whole number"))

            let started = try await browser.post(
                "/interviews", form: ["format": "drill", "area": "python", "minutes": "30", "level": "senior"])
            let interviewPage = try #require(started.location)
            var page = try await browser.get(interviewPage).text
            #expect(page.contains("Question 1 of 4"))
            #expect(page.contains(#"class="timer" data-deadline=""#))

            let answered = try await browser.post(
                "\(interviewPage)/answers",
                form: ["text": "It depends on the workload: I would measure first and explain the trade-offs."])
            #expect(answered.status == .seeOther)
            page = try await browser.get(try #require(answered.location)).text
            #expect(page.contains("Your last answer"))
            #expect(page.contains("Feedback: grade"))
            #expect(page.contains("follow-up 1") || page.contains("Question 2 of 4"))

            // Skip to the end: each skip moves to the next item.
            var location = interviewPage
            for _ in 0..<8 where !location.hasSuffix("/report") {
                let skipped = try await browser.post("\(interviewPage)/answers", form: ["skip": "1"])
                location = try #require(skipped.location)
                if !location.hasSuffix("/report") { try await browser.get(location) }
            }
            #expect(location.hasSuffix("/report"))
            let report = try await browser.get(location).text
            #expect(report.contains("Hiring signal:"))
            #expect(report.contains(#"aria-label="Score per assessment""#))
            #expect(report.contains("Study next"))
            let markdown = try await browser.get("\(location).md")
            #expect(markdown.headers[.contentType]?.hasPrefix("text/markdown") == true)
            #expect(markdown.text.hasPrefix("# Mock interview report"))
            // The interview page of a finished interview goes to its report.
            #expect(try await browser.get(interviewPage).location == location)
            #expect(try await browser.get("/interviews").text.contains("finished"))
        }
        let stored = try #require(try fixture.store.interviews(limit: 5).first)
        #expect(stored.status == .finished)
        #expect(try fixture.store.answers(inInterview: stored.id).count >= 2, "every answer is stored")
    }

    @Test("an interview's answer to a question that is over is refused, and an unknown interview is a 404")
    func interviewErrors() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            try await browser.get("/interviews")
            let started = try await browser.post("/interviews", form: ["format": "drill", "area": "python"])
            let page = try #require(started.location)
            try await browser.get(page)
            let finished = try await browser.post("\(page)/finish", form: [:])
            #expect(finished.location == "\(page)/report")
            try await browser.get("/interviews")
            #expect(try await browser.post("\(page)/answers", form: ["text": "late"]).status == .conflict)
            #expect(try await browser.get("/interviews/2020-01-01-nothere").status == .notFound)
        }
    }
}
