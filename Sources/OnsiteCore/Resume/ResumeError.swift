/// Why a resume round cannot be run on a document.
public struct ResumeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable code for each kind of failure.
    public enum Code: String, Hashable, Sendable, Codable {
        /// The document has no bullet lines to ask about.
        case noBullets = "no-bullets"
        /// The document has bullets, but all of them are skills, education or other background.
        case noAchievements = "no-achievements"
        /// The number of questions asked for is not positive.
        case invalidLimit = "invalid-limit"
    }

    /// What went wrong.
    public var code: Code
    /// One readable line with the context: how many lines and bullets were read, what was asked.
    public var message: String

    /// An error with its code and message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The code and the message, for a log or the terminal.
    public var description: String { "\(code.rawValue): \(message)" }
}
