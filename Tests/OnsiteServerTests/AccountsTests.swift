import Foundation
import HTTPTypes
import HummingbirdTesting
import OnsiteStore
import Testing

/// A multi-user server: signing up and in, cookies, bcrypt, throttling, and the sign-in wall.
@Suite("Web app: accounts (multi-user)")
struct AccountsTests {
    static let password = "correct horse battery"

    @Test("sign up through the form: a bcrypt hash at cost 12, an HttpOnly SameSite=Lax session cookie")
    func signUpForm() async throws {
        let fixture = try ServerFixture(multiUser: true)
        try await fixture.test { client in
            let browser = Browser(client)
            let wall = try await browser.get("/questions")
            #expect(wall.status == .seeOther && wall.location == "/signin?next=%2Fquestions")
            try await browser.get("/signup")
            let signedUp = try await browser.post(
                "/signup", form: ["email": "ada@example.com", "password": Self.password, "next": "/questions"])
            #expect(signedUp.status == .seeOther && signedUp.location == "/questions")
            let cookie = try #require(browser.setCookieHeaders.first { $0.hasPrefix("onsite_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"), "no Secure flag unless --secure-cookies")
            let page = try await browser.get("/questions")
            #expect(page.status == .ok && page.text.contains("ada@example.com"))

            try await browser.post("/signout", form: [:])
            #expect(try await browser.get("/").status == .seeOther, "signed out")

            let user = try #require(try fixture.store.user(email: "ada@example.com"))
            #expect(user.passwordHash.hasPrefix("$2b$12$") || user.passwordHash.hasPrefix("$2a$12$"))
            #expect(!user.passwordHash.contains(Self.password))
        }
    }

    @Test("bad sign-ups say which field is wrong; a taken email is refused")
    func badSignUps() async throws {
        let fixture = try ServerFixture(multiUser: true)
        try await fixture.test { client in
            let api = Browser(client)
            for (body, field) in [
                (#"{"email": "not-an-email", "password": "long enough password"}"#, "email"),
                (#"{"email": "bob@example.com", "password": "short"}"#, "password"),
                (#"{"email": "bob@example.com"}"#, "password"),
            ] {
                let response = try await api.json("/api/v1/accounts", body)
                #expect(response.status == .unprocessableContent, "\(body)")
                let error = try #require(try response.json()["error"] as? [String: Any])
                #expect(error["field"] as? String == field, "\(body): \(error)")
            }
            let first = try await api.json(
                "/api/v1/accounts", #"{"email": "bob@example.com", "password": "\#(Self.password)"}"#)
            #expect(first.status == .created)
            let again = try await api.json(
                "/api/v1/accounts", #"{"email": "BOB@example.com", "password": "\#(Self.password)"}"#)
            #expect(again.status == .conflict)
            #expect((try again.json()["error"] as? [String: Any])?["code"] as? String == "email-taken")
        }
    }

    @Test("five wrong passwords lock the email for a while; the right one then waits too")
    func throttling() async throws {
        let fixture = try ServerFixture(multiUser: true)
        try await fixture.test { client in
            let api = Browser(client)
            let created = try await api.json(
                "/api/v1/accounts", #"{"email": "eve@example.com", "password": "\#(Self.password)"}"#)
            #expect(created.status == .created)
            for _ in 0..<5 {
                let wrong = try await api.json(
                    "/api/v1/sessions", #"{"email": "eve@example.com", "password": "wrong password!"}"#)
                #expect(wrong.status == .unauthorized)
            }
            let locked = try await api.json(
                "/api/v1/sessions", #"{"email": "eve@example.com", "password": "\#(Self.password)"}"#)
            #expect(locked.status == .tooManyRequests)
            let other = try await api.json(
                "/api/v1/sessions", #"{"email": "someone@example.com", "password": "whatever it is"}"#)
            #expect(other.status == .unauthorized, "other emails are not locked")
        }
    }

    @Test("twenty failed sign-ins from one address lock that address out, whichever emails it tries")
    func addressThrottling() async throws {
        let fixture = try ServerFixture(multiUser: true, trustsForwardedFor: true)
        try await fixture.test { client in
            let api = Browser(client)
            let created = try await api.json(
                "/api/v1/accounts", #"{"email": "ann@example.com", "password": "\#(Self.password)"}"#)
            #expect(created.status == .created)
            func signIn(_ email: String, _ password: String, from address: String) async throws -> TestResponse {
                try await api.json(
                    "/api/v1/sessions", #"{"email": "\#(email)", "password": "\#(password)"}"#,
                    headers: [Self.forwardedFor: "10.9.9.9, \(address)"])
            }
            // A guesser spreading its tries over many emails never trips the per-email limit.
            for guess in 0..<20 {
                let wrong = try await signIn("user\(guess)@example.com", "guessed password", from: "203.0.113.7")
                #expect(wrong.status == .unauthorized, "guess \(guess)")
            }
            let locked = try await signIn("ann@example.com", Self.password, from: "203.0.113.7")
            #expect(locked.status == .tooManyRequests)
            #expect((try locked.json()["error"] as? [String: Any])?["code"] as? String == "too-many-attempts")
            #expect(Int(locked.headers[.retryAfter] ?? "") ?? 0 > 0, "Retry-After says when")

            let elsewhere = try await signIn("ann@example.com", Self.password, from: "198.51.100.2")
            #expect(elsewhere.status == .created, "another address signs in")

            // The sign-in page says the same in words.
            let browser = Browser(client)
            try await browser.get("/signin")
            let page = try await browser.post(
                "/signin", form: ["email": "ann@example.com", "password": Self.password],
                headers: [Self.forwardedFor: "203.0.113.7"])
            #expect(
                page.text.contains("too many failed sign-ins from your network address"), "\(page.text.prefix(300))")
        }
    }

    @Test("without a trusted proxy, X-Forwarded-For is ignored: a guesser cannot dodge the limit by rotating it")
    func forwardedForIgnored() async throws {
        let fixture = try ServerFixture(multiUser: true)
        try await fixture.test { client in
            let api = Browser(client)
            for guess in 0..<20 {
                let wrong = try await api.json(
                    "/api/v1/sessions", #"{"email": "user\#(guess)@example.com", "password": "guessed password"}"#,
                    headers: [Self.forwardedFor: "192.0.2.\(guess)"])
                #expect(wrong.status == .unauthorized, "guess \(guess)")
            }
            let locked = try await api.json(
                "/api/v1/sessions", #"{"email": "new@example.com", "password": "guessed password"}"#,
                headers: [Self.forwardedFor: "192.0.2.200"])
            #expect(locked.status == .tooManyRequests)
        }
    }

    @Test("one address may create twenty accounts an hour, then it waits")
    func signUpThrottling() async throws {
        let fixture = try ServerFixture(multiUser: true)
        try await fixture.test { client in
            let api = Browser(client)
            for index in 0..<20 {
                let created = try await api.json(
                    "/api/v1/accounts", #"{"email": "u\#(index)@example.com", "password": "\#(Self.password)"}"#)
                #expect(created.status == .created, "account \(index)")
            }
            let refused = try await api.json(
                "/api/v1/accounts", #"{"email": "u20@example.com", "password": "\#(Self.password)"}"#)
            #expect(refused.status == .tooManyRequests)
            #expect(try fixture.store.user(email: "u20@example.com") == nil)
        }
    }

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    @Test("the API takes a bearer token; without one it answers 401 JSON; sign-out ends the token")
    func bearer() async throws {
        let fixture = try ServerFixture(multiUser: true)
        try await fixture.test { client in
            let api = Browser(client)
            let anonymous = try await api.get("/api/v1/stats")
            #expect(anonymous.status == .unauthorized)
            #expect((try anonymous.json()["error"] as? [String: Any])?["code"] as? String == "sign-in-required")
            let created = try await api.json(
                "/api/v1/accounts", #"{"email": "kim@example.com", "password": "\#(Self.password)"}"#)
            let token = try #require(try created.json()["token"] as? String)
            api.cookies = [:]
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            #expect(try await api.get("/api/v1/stats", headers: auth).status == .ok)
            let out = try await api.json("/api/v1/sessions/current", method: .delete, nil, headers: auth)
            #expect(out.status == .noContent)
            #expect(try await api.get("/api/v1/stats", headers: auth).status == .unauthorized)
        }
    }
}
