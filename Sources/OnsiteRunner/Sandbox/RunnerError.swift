/// Why the runner could not run code at all (as opposed to code that ran and failed).
public struct RunnerError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// The sandbox could not start on this machine.
        case sandboxUnavailable
        /// A worker broke the protocol or could not be started.
        case workerFailed
        /// The input could not be sent (unreadable folder, too large).
        case badInput
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
