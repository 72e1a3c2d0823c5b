import Foundation
import HTTPTypes
import HummingbirdTesting
import OnsiteStore
import Testing

/// One user can never read or change another's data, through any route.
@Suite("Web app: cross-user isolation")
struct IsolationTests {
    @Test("Bob sees none of Ada's answers, grades, cards or stats, on pages or the API, and cannot post as her")
    func isolation() async throws {
        let fixture = try ServerFixture(multiUser: true)
        let question = "python.gil"
        try await fixture.test { client in
            let ada = Browser(client)
            try await ada.get("/signup")
            try await ada.post("/signup", form: ["email": "ada@example.com", "password": AccountsTests.password])
            try await ada.get("/questions/\(question)")
            let answered = try await ada.post(
                "/questions/\(question)/answers",
                form: ["text": "The GIL lets one thread run Python bytecode at a time."])
            let adaFeedback = try #require(answered.location)
            #expect(try await ada.get(adaFeedback).status == .ok)

            let bob = Browser(client)
            try await bob.get("/signup")
            try await bob.post("/signup", form: ["email": "bob@example.com", "password": AccountsTests.password])

            // Ada's feedback page, her question's attempts, the dashboard, the API.
            #expect(try await bob.get(adaFeedback).status == .notFound)
            let page = try await bob.get("/questions/\(question)").text
            #expect(!page.contains("Your attempts side by side"))
            let dashboard = try await bob.get("/").text
            #expect(!dashboard.contains("Recent answers"))
            let answers = try await bob.get("/api/v1/questions/\(question)/answers")
            #expect((try answers.json()["answers"] as? [Any])?.isEmpty == true)
            let stats = try await bob.get("/api/v1/stats")
            #expect((try stats.json()["dueCards"] as? Int) == 0)

            // Ada's CSRF token does not let Bob post, and Bob's session cannot post with it.
            let forged = try await bob.post(
                "/questions/\(question)/answers", form: ["text": "as Ada"], csrf: ada.csrfToken())
            #expect(forged.status == .forbidden)

            // And Ada still sees exactly her own answer.
            let adaAnswers = try await ada.get("/api/v1/questions/\(question)/answers")
            #expect((try adaAnswers.json()["answers"] as? [Any])?.count == 1)
        }
        let adaID = try #require(try fixture.store.user(email: "ada@example.com")).id
        let bobID = try #require(try fixture.store.user(email: "bob@example.com")).id
        #expect(try fixture.store.owned(by: adaID).answers(toQuestion: question).count == 1)
        #expect(try fixture.store.owned(by: bobID).answers(toQuestion: question).isEmpty)
        #expect(try fixture.store.answers(toQuestion: question).isEmpty, "nothing landed in the local user's history")
    }

    @Test("Bob cannot read or change Ada's exercise drafts, submissions or interviews, on pages or the API")
    func exercisesAndInterviews() async throws {
        let fixture = try ServerFixture(multiUser: true)
        let review = "production.review-payment-webhook"
        try await fixture.test { client in
            let ada = Browser(client)
            try await ada.get("/signup")
            try await ada.post("/signup", form: ["email": "ada@example.com", "password": AccountsTests.password])
            try await ada.get("/exercises/\(review)")
            let findings = "Ada's findings: the secret is hard-coded and the signature check leaks timing."
            let submitted = try await ada.post("/exercises/\(review)/submissions", form: ["code": findings])
            let submission = try #require(submitted.location?.split(separator: "#").first.map(String.init))
            try await ada.get("/interviews")
            let started = try await ada.post("/interviews", form: ["format": "drill", "area": "python"])
            let interview = try #require(started.location)
            let interviewID = try #require(interview.split(separator: "/").last.map(String.init))

            let bob = Browser(client)
            try await bob.get("/signup")
            try await bob.post("/signup", form: ["email": "bob@example.com", "password": AccountsTests.password])
            #expect(try await bob.get(submission).status == .notFound)
            #expect(!(try await bob.get("/exercises/\(review)").text.contains("Ada's findings")))
            #expect(try await bob.get(interview).status == .notFound)
            #expect(try await bob.get("\(interview)/report").status == .notFound)
            #expect(!(try await bob.get("/interviews").text.contains(interviewID)))
            try await bob.get("/interviews")
            #expect(try await bob.post("\(interview)/answers", form: ["text": "as Bob"]).status == .notFound)
            try await bob.get("/interviews")
            #expect(try await bob.post("\(interview)/finish", form: [:]).status == .notFound)
            #expect(try await bob.get("/api/v1/interviews/\(interviewID)").status == .notFound)
            #expect(
                try await bob.json("/api/v1/interviews/\(interviewID)/answers", #"{"text":"x"}"#).status == .notFound)
            let bobInterviews = try await bob.get("/api/v1/interviews")
            #expect((try bobInterviews.json()["interviews"] as? [Any])?.isEmpty == true)
            let bobSubmissions = try await bob.get("/api/v1/exercises/\(review)/submissions")
            #expect((try bobSubmissions.json()["submissions"] as? [Any])?.isEmpty == true)
            let detail = try await bob.get("/api/v1/exercises/\(review)")
            #expect((try detail.json()["draft"] as? String)?.contains("Ada's") == false)

            // Ada's interview is untouched: still on its first question, with no answer.
            let state = try await ada.get("/api/v1/interviews/\(interviewID)").json()
            #expect(state["answered"] as? Int == 0)
            #expect(state["finished"] as? Bool == false)
        }
        let bobID = try #require(try fixture.store.user(email: "bob@example.com")).id
        #expect(try fixture.store.owned(by: bobID).submissions(exerciseID: nil, limit: 10).isEmpty)
        #expect(try fixture.store.owned(by: bobID).interviews(limit: 10).isEmpty)
    }
}
