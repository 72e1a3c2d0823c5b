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
}
