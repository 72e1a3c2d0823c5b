import HummingbirdBcrypt
import NIOPosix

/// Password hashing with bcrypt, off the event loops: a hash at cost 12 takes a few hundred
/// milliseconds of CPU, which would stall every other request on the loop.
enum Passwords {
    static let minimumLength = 10
    static let maximumLength = 72  // bcrypt reads no further

    static func hash(_ password: String, cost: Int) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: UInt8(max(12, cost))) }
    }

    static func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Why a new password is refused, or `nil` when it will do.
    static func problem(with password: String) -> String? {
        if password.count < minimumLength { return "use at least \(minimumLength) characters" }
        if password.utf8.count > maximumLength { return "use at most \(maximumLength) bytes" }
        return nil
    }
}
