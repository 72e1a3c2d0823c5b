import Foundation
import HTTPTypes
import HummingbirdTesting
import OnsiteCore
import OnsiteStore
import Testing

/// Review, plan, history and the resume and job tools in the browser (single-user).
@Suite("Web app: review, plan, history and tools")
struct LearningPageTests {
    @Test("a review: a due card, the answer judged with a suggested rating, the rating rescheduling the card")
    func review() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            #expect(try await browser.get("/review").text.contains("Nothing is due"))
            try await browser.get("/questions/python.gil")
            try await browser.post("/questions/python.gil/answers", form: ["text": "It is a lock."])
            let page = try await browser.get("/review").text
            let due = try #require(Self.number(after: #"id="due-count">"#, in: page))
            #expect(due > 0)
            let card = try #require(Self.value(of: "card", in: page))
            let judged = try await browser.post(
                "/review/answers", form: ["card": card, "text": "Only one thread runs bytecode at a time."])
            #expect(judged.text.contains("(suggested)"))
            #expect(judged.text.contains(#"name="rating" value="3""#))
            let rated = try await browser.post(
                "/review/ratings",
                form: [
                    "card": card, "rating": "3", "suggested": "1", "text": "Only one thread runs bytecode at a time.",
                ])
            let after = try await browser.get(try #require(rated.location)).text
            #expect(after.contains("Rated good: next review in"))
            #expect(Self.number(after: #"id="due-count">"#, in: after) == due - 1)
            try await browser.get("/review")
            #expect(
                try await browser.post("/review/answers", form: ["card": "question:nope.nope"]).status
                    == .unprocessableContent)
        }
        let reviews = try fixture.store.reviews(limit: 5)
        #expect(reviews.count == 1 && reviews.first?.rating == 3 && reviews.first?.suggestedRating == 1)
    }

    @Test("a plan: refused without a valid date, then today's items and the weeks, aimed at a job description")
    func plan() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            #expect(try await browser.get("/plan").text.contains("Make a plan"))
            let refused = try await browser.post("/plan", form: ["interviewDate": "soon", "hoursPerWeek": "6"])
            #expect(refused.text.contains("give the interview date as YYYY-MM-DD"))
            let past = try await browser.post("/plan", form: ["interviewDate": "2001-01-01", "hoursPerWeek": "6"])
            #expect(past.status == .ok && past.text.contains("flash error"))
            let date = CalendarDay.local(at: Date()).adding(days: 21).description
            let saved = try await browser.post(
                "/plan",
                form: [
                    "interviewDate": date, "hoursPerWeek": "6", "level": "senior",
                    "jobDescription": "We need strong PostgreSQL: indexes, transactions and query plans.",
                ])
            #expect(saved.location == "/plan")
            let plan = try await browser.get("/plan").text
            #expect(plan.contains("Change the plan"))
            #expect(plan.contains("Week 1"))
            #expect(plan.contains("aimed at a job description"))
            let dashboard = try await browser.get("/").text
            #expect(dashboard.contains("This week&#39;s plan") || dashboard.contains("This week's plan"))
            #expect(!dashboard.contains("No plan yet"))
        }
    }

    @Test("history lists answers, submissions and interviews with links to replay them")
    func history() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            #expect(try await browser.get("/history").text.contains("Nothing yet"))
            try await browser.get("/questions/python.gil")
            let answered = try await browser.post("/questions/python.gil/answers", form: ["text": "It is a lock."])
            try await browser.get("/interviews")
            try await browser.post("/interviews", form: ["format": "drill", "area": "python"])
            let page = try await browser.get("/history").text
            #expect(page.contains(try #require(answered.location)))
            #expect(page.contains("drill interview"))
        }
    }

    @Test("the resume tool names what each bullet lacks; the job tool maps skills to areas")
    func tools() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            try await browser.get("/tools/resume")
            let resume = try await browser.post(
                "/tools/resume",
                form: [
                    "text": """
                    ## Experience
                    - Rewrote the billing export in Python, cutting the nightly run from 6 hours to 40 minutes for 2M invoices.
                    - Worked on the API.
                    """
                ])
            #expect(resume.text.contains("Line 2"))
            #expect(resume.text.contains("not stated"))
            #expect(resume.text.contains("An interviewer would ask"))
            try await browser.get("/tools/job")
            let job = try await browser.post(
                "/tools/job", form: ["text": "Senior Python engineer. Required: PostgreSQL, asyncio, Kubernetes."])
            #expect(job.text.contains(#"id="skills""#))
            #expect(job.text.contains("Areas, most important first"))
            let empty = try await browser.post("/tools/resume", form: ["text": "no bullets here"], csrf: nil)
            #expect(empty.text.contains("No bullet points found"))
        }
    }

    @Test("settings: the target retention is kept, used by the review schedule, and refused outside 0.70–0.99")
    func settings() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            #expect(try await browser.get("/settings").text.contains(#"value="0.90""#))
            let refused = try await browser.post("/settings", form: ["retention": "0.5"])
            #expect(refused.text.contains("target retention:"))
            let saved = try await browser.post("/settings", form: ["retention": "0.95"])
            #expect(try await browser.get(try #require(saved.location)).text.contains(#"value="0.95""#))
        }
        let deck = try ReviewCards.remembered(in: fixture.store)
        #expect(deck.scheduler.fsrs.parameters.desiredRetention == 0.95)
    }

    static func number(after marker: String, in page: String) -> Int? {
        guard let range = page.range(of: marker) else { return nil }
        return Int(page[range.upperBound...].prefix { $0.isNumber })
    }

    /// The value of the hidden input `name` in the page.
    static func value(of name: String, in page: String) -> String? {
        guard let range = page.range(of: #"name="\#(name)" value=""#) else { return nil }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }
}
