import Foundation

/// Colours and terminal detection for human-readable output.
enum Terminal {
    /// Standard output is a terminal and NO_COLOR is not set.
    static var isColourful: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Standard input is a terminal (a person typing), not a pipe or a file.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", cyan = "36"
    }

    /// Sends what is buffered to the terminal or pipe before waiting for input, so a program
    /// driving onsite through pipes sees each prompt. Call it only from the thread that reads.
    static func flushOutput() { fflush(nil) }

    static func paint(_ text: String, _ style: Style, when enabled: Bool) -> String {
        enabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
