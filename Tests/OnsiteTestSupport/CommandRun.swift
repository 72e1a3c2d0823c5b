public import Foundation

/// The outcome of running a program to completion.
public struct CommandResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
}

/// Runs programs as a user would, capturing their output.
public enum CommandRun {
    /// Where commands run by tests keep their history unless a test names a database: a folder
    /// of this test process, never the user's own data.
    public static let dataFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("onsite-tests-\(ProcessInfo.processInfo.processIdentifier)").path

    /// Runs the built `onsite` with `arguments`, in `directory`, with extra environment variables.
    public static func onsite(
        _ arguments: [String], environment: [String: String] = [:], input: String? = nil,
        directory: URL? = nil
    ) throws -> CommandResult {
        try run(Checkout.executable, arguments, environment: environment, input: input, directory: directory)
    }

    /// This process's environment without the user's `ONSITE_*` settings, history kept in
    /// ``dataFolder``, and `extra` on top.
    public static func environment(adding extra: [String: String]) -> [String: String] {
        var merged = ProcessInfo.processInfo.environment
        for key in merged.keys where key.hasPrefix("ONSITE_") { merged[key] = nil }
        merged["ONSITE_DATA"] = dataFolder
        merged.merge(extra) { $1 }
        return merged
    }

    /// Runs `executable`; output is read concurrently so a large output cannot block the child.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
        input: String? = nil, directory: URL? = nil
    ) throws -> CommandResult {
        BrokenPipes.ignored
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = CommandRun.environment(adding: environment)
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Each buffer is written by one reader and read only after group.wait(), which orders
        // the write before the read; no other access exists.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = error.fileHandleForReading.readDataToEndOfFile() }
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}

/// The test process ignores SIGPIPE: writing to a program that has already ended (its standard
/// input, a socket) then fails with an error the test reports, instead of killing every test.
enum BrokenPipes {
    static let ignored: Void = { signal(SIGPIPE, SIG_IGN) }()
}
