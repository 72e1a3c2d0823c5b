public import Foundation
import Synchronization

/// A program driven the way a person or a script drives it: its output is read as it comes, and
/// input is written in reply to what it has printed.
public final class InteractiveRun {
    /// The output stream a conversation is read from.
    public enum Stream: Hashable, Sendable {
        case standardOutput
        case standardError
    }

    /// What the program printed, filled by one reading thread per stream.
    private final class Received: Sendable {
        let data = Mutex<[Stream: Data]>([.standardOutput: Data(), .standardError: Data()])
        let ended = Mutex<Set<Stream>>([])

        func drain(_ handle: FileHandle, as stream: Stream) {
            Thread.detachNewThread {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    self.data.withLock { $0[stream, default: Data()].append(chunk) }
                }
                self.ended.withLock { _ = $0.insert(stream) }
            }
        }

        func current(_ stream: Stream) -> Data { data.withLock { $0[stream] ?? Data() } }
        func hasEnded(_ stream: Stream) -> Bool { ended.withLock { $0.contains(stream) } }
    }

    private let process: Process
    private let input: FileHandle
    private let received = Received()
    /// How far each stream has been consumed by ``waitFor(_:in:timeout:)``.
    private var consumed: [Stream: Int] = [:]

    /// Starts the built `onsite` with `arguments` and extra environment variables.
    public convenience init(onsite arguments: [String], environment: [String: String] = [:]) throws {
        try self.init(Checkout.executable, arguments, environment: environment)
    }

    public init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws {
        BrokenPipes.ignored
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = CommandRun.environment(adding: environment)
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        input = stdin.fileHandleForWriting
        try process.run()
        received.drain(stdout.fileHandleForReading, as: .standardOutput)
        received.drain(stderr.fileHandleForReading, as: .standardError)
    }

    /// Everything the program has printed so far on the stream.
    public func transcript(_ stream: Stream = .standardOutput) -> String {
        String(decoding: received.current(stream), as: UTF8.self)
    }

    /// Waits until `marker` appears in output not yet consumed, and returns that output up to and
    /// including the marker. Throws when the program ends or `timeout` passes first.
    @discardableResult
    public func waitFor(_ marker: String, in stream: Stream = .standardOutput, timeout: Double = 60) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Data(marker.utf8)
        while true {
            let start = consumed[stream] ?? 0
            let data = received.current(stream)
            if start <= data.count, let range = data[start...].firstRange(of: needle) {
                consumed[stream] = range.upperBound
                return String(decoding: data[start..<range.upperBound], as: UTF8.self)
            }
            let ended = received.hasEnded(stream)
            if ended || Date() > deadline {
                throw InteractiveRunError(
                    waitedFor: marker, reason: ended ? "the output ended" : "timed out after \(timeout) s",
                    unread: String(String(decoding: data, as: UTF8.self).suffix(3000)), outputEnded: ended)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
    }

    /// Writes text to the program's standard input.
    public func send(_ text: String) throws {
        try input.write(contentsOf: Data(text.utf8))
    }

    /// Closes the program's standard input, as Ctrl-D or the end of a file would.
    public func closeInput() throws {
        try input.close()
    }

    /// Sends a signal to the program.
    public func signal(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the program to end and returns its status and all it printed.
    public func finish(timeout: Double = 120) throws -> CommandResult {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                process.terminate()
                throw InteractiveRunError(
                    waitedFor: "the program to end", reason: "timed out after \(timeout) s",
                    unread: transcript(.standardOutput), outputEnded: false)
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        // Output still in the pipes is read by the draining threads before they see the end.
        while !(received.hasEnded(.standardOutput) && received.hasEnded(.standardError)) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        return CommandResult(
            status: process.terminationStatus, standardOutput: transcript(.standardOutput),
            standardError: transcript(.standardError))
    }

    /// Whether the program ended because of a signal rather than by exiting.
    public var wasKilledBySignal: Bool { process.terminationReason == .uncaughtSignal }
}

/// A driven program did not print what was waited for.
public struct InteractiveRunError: Error, CustomStringConvertible {
    public var waitedFor: String
    public var reason: String
    /// The last part of what the program printed on the stream.
    public var unread: String
    /// The stream ended (the program closed it or exited) before the marker appeared.
    public var outputEnded: Bool

    public var description: String {
        "waiting for \(waitedFor.debugDescription): \(reason); the end of what it printed:\n\(unread)"
    }
}
