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
        }
        let user = try #require(try fixture.store.user(email: "ada@example.com"))
        #expect(user.passwordHash.hasPrefix("$2b$12$") || user.passwordHash.hasPrefix("$2a$12$"))
        #expect(!user.passwordHash.contains(Self.password))
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
