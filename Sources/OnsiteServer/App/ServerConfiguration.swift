public import Foundation

/// How `onsite serve` runs: where it listens, whether it has accounts, and its limits.
public struct ServerConfiguration: Sendable {
    /// The address to bind; loopback by default.
    public var host: String
    public var port: Int
    /// Accounts with sign-in; required to bind anything but loopback. Without it every visitor is
    /// the local user, who shares the CLI's history.
    public var multiUser: Bool
    /// Marks cookies `Secure`: set it when the server is reached over HTTPS (behind a proxy).
    public var secureCookies: Bool
    /// Takes the client's address from the last `X-Forwarded-For` entry, for sign-in
    /// throttling: set it only when a reverse proxy that sets that header is the server's sole
    /// client, or anyone could claim any address.
    public var trustsForwardedFor: Bool
    /// How long a sign-in lasts.
    public var sessionLifetime: TimeInterval
    /// The bcrypt cost of new password hashes; never below 12.
    public var bcryptCost: Int
    /// The largest request body accepted, in bytes.
    public var maxBodyBytes: Int
    /// Keeps the skeleton of pages that differ between visits only by the visitor's own
    /// strings (a question before its first attempt), so a visit fills the skeleton in instead
    /// of rendering the page. Off only to compare with full rendering.
    public var keepsPageSkeletons: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, multiUser: Bool = false, secureCookies: Bool = false,
        trustsForwardedFor: Bool = false, sessionLifetime: TimeInterval = 14 * 86_400, bcryptCost: Int = 12,
        maxBodyBytes: Int = 256 * 1024, keepsPageSkeletons: Bool = true
    ) {
        self.host = host
        self.port = port
        self.multiUser = multiUser
        self.secureCookies = secureCookies
        self.trustsForwardedFor = trustsForwardedFor
        self.sessionLifetime = sessionLifetime
        self.bcryptCost = max(12, bcryptCost)
        self.maxBodyBytes = maxBodyBytes
        self.keepsPageSkeletons = keepsPageSkeletons
    }

    /// Whether `host` is a loopback address, which a single-user server may bind.
    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}
