import Foundation
import HTTPTypes
import HummingbirdTesting
import OnsiteCore
import OnsiteStore
import Testing

/// The single-user web app: the question bank, answering with feedback, and forged posts refused.
@Suite("Web app: questions (single-user)")
struct QuestionPageTests {
    static let gil = "python.gil"

    @Test("health, metrics, assets and security headers")
    func basics() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            #expect(try await browser.get("/healthz").text == "ok\n")
            let css = try await browser.get("/assets/onsite.css")
            #expect(css.status == .ok && css.headers[.contentType]?.hasPrefix("text/css") == true)
            #expect(try await browser.get("/assets/../Package.swift").status == .notFound)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            #expect(home.headers[HTTPField.Name("Content-Security-Policy")!]?.contains("default-src 'self'") == true)
            let metrics = try await browser.get("/metrics").text
            #expect(metrics.contains(#"onsite_http_requests_total{method="GET",route="/",status="200"} 1"#))
            #expect(metrics.contains("onsite_http_request_duration_seconds_bucket"))
        }
    }

    @Test("search finds by word prefix and filters by area, level, round and kind")
    func search() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            let page = try await browser.get("/questions?q=decorat").text
            #expect(page.contains("href=\"/questions/python.decorators\""))
            let filtered = try await browser.get("/questions?area=databases&kind=question").text
            let ids = Self.questionLinks(in: filtered)
            #expect(!ids.isEmpty && ids.allSatisfy { $0.hasPrefix("databases.") }, "\(ids)")
            let behaviour = Self.questionLinks(in: try await browser.get("/questions?kind=behaviour").text)
            #expect(!behaviour.isEmpty && behaviour.allSatisfy { $0.hasPrefix("behaviour.") })
            let nothing = try await browser.get("/questions?q=zzzqqq").text
            #expect(nothing.contains("0 question(s) match"))
            let hostile = try await browser.get("/questions?q=%22%29%20OR%20*%20NEAR%28").text
            #expect(hostile.contains("question(s)"), "FTS5 syntax in a search is read as words")
            let bad = try await browser.get("/questions?level=principal")
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("unknown level"))
        }
    }

    @Test("answering stores the answer, grades it, and shows feedback, evidence and the model answer")
    func answer() async throws {
        let fixture = try ServerFixture()
        let model = try #require(try ServerFixture.bank.get().question(ItemID(Self.gil)!)).modelAnswer
        try await fixture.test { client in
            let browser = Browser(client)
            let page = try await browser.get("/questions/\(Self.gil)")
            #expect(page.status == .ok)
            #expect(page.text.contains("<textarea id=\"answer-text\" name=\"text\""))
            #expect(!page.text.contains("Model answer"), "the model answer waits until an answer is in")

            let posted = try await browser.post("/questions/\(Self.gil)/answers", form: ["text": model])
            #expect(posted.status == .seeOther)
            let location = try #require(posted.location)
            #expect(location.hasPrefix("/questions/\(Self.gil)/answers/"))
            let feedback = try await browser.get(location).text
            #expect(feedback.contains("Feedback: grade 4/4") || feedback.contains("Feedback: grade 3/4"))
            #expect(feedback.contains("<mark class=\"evidence\">"))
            #expect(feedback.contains("Model answer"))
            #expect(feedback.contains("Your attempts side by side"))

            let second = try await browser.post(
                "/questions/\(Self.gil)/answers", form: ["text": "It is a lock, I think. Not sure what it does."])
            let secondPage = try await browser.get(try #require(second.location)).text
            #expect(secondPage.contains("#1 ·") && secondPage.contains("#2 ·"), "both attempts side by side")
            #expect(secondPage.contains("Worse than the last attempt"))
        }
        // The CLI's database holds both answers, graded, as the local user's.
        let answers = try fixture.store.answers(toQuestion: Self.gil)
        #expect(answers.count == 2)
        #expect(answers.allSatisfy { $0.grade != nil })
        #expect(try fixture.store.cards().contains { $0.id == "question:\(Self.gil)" })
    }

    @Test("every question page before the first attempt is the page rendered in full, with each visitor's own token")
    func keptSkeletons() async throws {
        let kept = try ServerFixture()
        let full = try ServerFixture(keepsPageSkeletons: false)
        let ids = try ServerFixture.bank.get().questions.map(\.id.description)
        try await full.test { fullClient in
            try await kept.test { keptClient in
                let (fromFull, fromKept) = (Browser(fullClient), Browser(keptClient))
                for (visitor, token) in [("first", "t0k3n&<x>"), ("second", "another-token")] {
                    fromFull.cookies["onsite_csrf"] = token
                    fromKept.cookies["onsite_csrf"] = token
                    for id in ids {
                        let page = try await fromKept.get("/questions/\(id)")
                        #expect(page.status == .ok)
                        #expect(page.text == (try await fromFull.get("/questions/\(id)")).text, "\(visitor): \(id)")
                    }
                    #expect(
                        fromKept.csrfToken()
                            == token.replacingOccurrences(of: "&", with: "&amp;")
                            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;"))
                }
                try await fromKept.get("/questions/\(Self.gil)")
                let answered = try await fromKept.post(
                    "/questions/\(Self.gil)/answers", form: ["text": "The GIL lets one thread run bytecode at a time."],
                    csrf: "another-token")
                #expect(answered.status == .seeOther)
                let after = try await fromKept.get("/questions/\(Self.gil)").text
                #expect(after.contains("Your attempts side by side"), "an attempt takes the page off its skeleton")
            }
        }
    }

    @Test("a signed-in visitor's email and token fill the kept page; another visitor sees their own")
    func keptSkeletonsSignedIn() async throws {
        let fixture = try ServerFixture(multiUser: true)
        try await fixture.test { client in
            var pages: [String: String] = [:]
            for email in ["o'hara+<1>@example.com", "bob@example.com"] {
                let browser = Browser(client)
                try await browser.get("/signup")
                let signedUp = try await browser.post(
                    "/signup", form: ["email": email, "password": "correct horse battery", "next": "/"])
                #expect(signedUp.status == .seeOther, "\(email)")
                let page = try await browser.get("/questions/\(Self.gil)").text
                #expect(!page.contains("slot"))
                pages[email] = page
                #expect(browser.csrfToken().count == 64 && page.contains(browser.csrfToken()))
            }
            #expect(pages["o'hara+<1>@example.com"]?.contains("o&#39;hara+&lt;1&gt;@example.com") == true)
            #expect(pages["bob@example.com"]?.contains("bob@example.com") == true)
            #expect(pages["bob@example.com"]?.contains("hara") == false)
        }
    }

    @Test("an empty answer is refused with the reason and nothing is stored")
    func emptyAnswer() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            try await browser.get("/questions/\(Self.gil)")
            let response = try await browser.post("/questions/\(Self.gil)/answers", form: ["text": "   "])
            #expect(response.status == .ok)
            #expect(response.text.contains("the answer is empty; nothing was saved"))
        }
        #expect(try fixture.store.answers(toQuestion: Self.gil).isEmpty)
    }

    @Test("a form post without the CSRF token, or with another's, is refused and stores nothing")
    func csrf() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            try await browser.get("/questions/\(Self.gil)")
            let missing = try await browser.post("/questions/\(Self.gil)/answers", form: ["text": "x"], csrf: "")
            #expect(missing.status == .forbidden)
            let forged = try await browser.post(
                "/questions/\(Self.gil)/answers", form: ["text": "x"], csrf: String(repeating: "a", count: 64))
            #expect(forged.status == .forbidden)
            let stranger = Browser(client)
            let crossSite = try await stranger.post("/questions/\(Self.gil)/answers", form: ["text": "x"], csrf: "x")
            #expect(crossSite.status == .forbidden)
        }
        #expect(try fixture.store.answers(toQuestion: Self.gil).isEmpty)
    }

    @Test("unknown questions and answers are 404 pages")
    func notFound() async throws {
        let fixture = try ServerFixture()
        try await fixture.test { client in
            let browser = Browser(client)
            for uri in [
                "/questions/python.no-such-thing", "/questions/\(Self.gil)/answers/999", "/questions/not%20an%20id",
            ] {
                let response = try await browser.get(uri)
                #expect(response.status == .notFound, "\(uri)")
            }
        }
    }

    static func questionLinks(in page: String) -> [String] {
        page.components(separatedBy: "href=\"/questions/").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }
}
