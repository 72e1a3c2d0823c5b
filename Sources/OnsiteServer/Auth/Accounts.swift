import Foundation
import HTTPTypes
import Hummingbird
import OnsiteStore

/// Signing up, in and out: shared by the pages and the API.
struct Accounts: Sendable {
    let services: ServerServices
    let configuration: ServerConfiguration

    /// A new session: the token the client keeps, and the stored session.
    struct Started: Sendable {
        var token: String
        var session: StoredSession
        var user: StoredUser
    }

    /// Creates an account and signs it in; `address` is where the request came from
    /// (``clientAddress(of:context:)``), which may create only so many accounts an hour.
    func signUp(email rawEmail: String, password: String, from address: String) async throws -> Started {
        let email = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines)
        guard Self.looksLikeEmail(email) else {
            throw AppError.invalid("email", "enter an email address like ada@example.com")
        }
        if let problem = Passwords.problem(with: password) { throw AppError.invalid("password", problem) }
        let now = services.now()
        if let wait = await services.throttle.retryAfter(.signUps(address), at: now) {
            throw AppError.tooManyAttempts("too many accounts were created from your network address", wait: wait)
        }
        let hash = try await Passwords.hash(password, cost: configuration.bcryptCost)
        let user: StoredUser
        do {
            user = try services.store.createUser(email: email, passwordHash: hash, at: services.now())
        } catch let error where error.code == .constraintViolated {
            throw AppError(
                .conflict, code: "email-taken", "an account with this email exists; sign in instead", field: "email")
        }
        await services.throttle.record(.signUps(address), at: now)
        return try start(for: user)
    }

    /// Signs in; refused for a while after too many failures for the email, or from `address`.
    func signIn(email rawEmail: String, password: String, from address: String) async throws -> Started {
        let email = rawEmail.trimmingCharacters(in: .whitespacesAndNewlines)
        let now = services.now()
        if let wait = await services.throttle.retryAfter(.address(address), at: now) {
            throw AppError.tooManyAttempts("too many failed sign-ins from your network address", wait: wait)
        }
        if let wait = await services.throttle.retryAfter(.email(email), at: now) {
            throw AppError.tooManyAttempts("too many failed sign-ins for this email", wait: wait)
        }
        guard let user = try services.store.user(email: email),
            try await Passwords.verify(password, against: user.passwordHash)
        else {
            await services.throttle.record(.email(email), at: now)
            await services.throttle.record(.address(address), at: now)
            throw AppError(
                .unauthorized, code: "wrong-credentials", "the email or the password is wrong", field: "password")
        }
        await services.throttle.forget(.email(email))
        return try start(for: user)
    }

    /// The client's network address: the peer of the connection, or, when the server is set to
    /// trust a reverse proxy, the last `X-Forwarded-For` entry (the one that proxy added; the
    /// ones before it are whatever the client claimed).
    func clientAddress(of request: Request, context: AppRequestContext) -> String {
        if configuration.trustsForwardedFor, let header = request.headers[Self.forwardedFor],
            let last = header.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        {
            return last
        }
        return context.peerAddress ?? "unknown"
    }

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    func signOut(_ visitor: Visitor) throws {
        if let hash = visitor.sessionTokenHash { try services.store.deleteSession(tokenHash: hash) }
    }

    private func start(for user: StoredUser) throws -> Started {
        let token = Token.random()
        let now = services.now()
        let session = StoredSession(
            tokenHash: SHA256.hex(token), userID: user.id, csrfToken: Token.random(), createdAt: now,
            expiresAt: now.addingTimeInterval(configuration.sessionLifetime))
        try services.store.save(session)
        return Started(token: token, session: session, user: user)
    }

    func cookie(for started: Started) -> Cookie {
        Cookie(
            name: SessionMiddleware.sessionCookie, value: started.token,
            maxAge: Int(configuration.sessionLifetime), path: "/", secure: configuration.secureCookies,
            httpOnly: true, sameSite: .lax)
    }

    var clearedCookie: Cookie {
        Cookie(
            name: SessionMiddleware.sessionCookie, value: "", maxAge: 0, path: "/",
            secure: configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return text.count <= 254 && parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: \.isWhitespace)
    }
}
