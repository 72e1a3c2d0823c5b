public import ArgumentParser
import Foundation
public import Logging
import Synchronization

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("content"),
        help: ArgumentHelp(
            "A content pack folder to merge with the bundled content (repeatable; default: $ONSITE_CONTENT, folders separated by ':').",
            valueName: "dir"))
    var contentFolders: [String] = []

    @Option(
        name: .customLong("log-level"),
        help: ArgumentHelp(
            "Log level: trace, debug, info, notice, warning, error or critical (default: $ONSITE_LOG_LEVEL, else warning).",
            valueName: "level"))
    var logLevel: Logger.Level?

    /// Sets up logging to standard error and returns the command's logger.
    func makeLogger(label: String = "onsite") -> Logger {
        let level = logLevel ?? Environment.logLevel ?? .warning
        LoggingBootstrap.once(level: level)
        var logger = Logger(label: label)
        logger.logLevel = level
        return logger
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

/// The `ONSITE_*` environment variables the CLI reads.
enum Environment {
    static var values: [String: String] { ProcessInfo.processInfo.environment }

    static var logLevel: Logger.Level? {
        values["ONSITE_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) }
    }
}

/// Bootstraps swift-log exactly once per process.
enum LoggingBootstrap {
    private static let done = Atomic<Bool>(false)

    static func once(level: Logger.Level) {
        guard done.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
