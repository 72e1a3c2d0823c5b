public import Foundation

/// Accounts and sign-in sessions of a multi-user server.
///
/// Only hashes are stored: the password's bcrypt hash, and a hash of each session token, so a
/// copy of the database signs nobody in. Errors are ``StoreError``s naming the database; an
/// email already taken is `constraintViolated`.
public protocol AccountStore: Sendable {
    /// Creates an account and returns it with its id.
    func createUser(email: String, passwordHash: String, at date: Date) throws(StoreError) -> StoredUser

    /// The account with this email (compared without regard to case), or `nil`.
    func user(email: String) throws(StoreError) -> StoredUser?

    /// The account with this id, or `nil`.
    func user(id: Int64) throws(StoreError) -> StoredUser?

    /// Stores a new session.
    func save(_ session: StoredSession) throws(StoreError)

    /// The session with this token hash, or `nil` when there is none or it expired before `now`.
    func session(tokenHash: String, at now: Date) throws(StoreError) -> StoredSession?

    /// Ends a session; ending one that does not exist is not an error.
    func deleteSession(tokenHash: String) throws(StoreError)
}

/// An account.
public struct StoredUser: Hashable, Sendable {
    public var id: Int64
    public var email: String
    /// The bcrypt hash of the password, with its cost and salt.
    public var passwordHash: String
    public var createdAt: Date

    public init(id: Int64, email: String, passwordHash: String, createdAt: Date) {
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}

/// A signed-in browser or API client.
public struct StoredSession: Hashable, Sendable {
    /// A hash of the token the client holds; the token itself is never stored.
    public var tokenHash: String
    public var userID: Int64
    /// The token every form of this session must carry.
    public var csrfToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(tokenHash: String, userID: Int64, csrfToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
