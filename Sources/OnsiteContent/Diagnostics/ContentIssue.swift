/// One problem found in a content file: where it is and what was expected.
public struct ContentIssue: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file, as given to the loader (relative to the working directory when possible).
    public var file: String
    /// The 1-based line in the file; 0 when the problem concerns the whole file.
    public var line: Int
    /// The field path, for example `points[2].weight`, or `nil` for a file-level problem.
    public var field: String?
    /// What was wrong, and what was expected.
    public var message: String

    public init(file: String, line: Int, field: String?, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        let location = line > 0 ? "\(file):\(line)" : file
        if let field { return "\(location): \(field): \(message)" }
        return "\(location): \(message)"
    }
}

/// The content could not be loaded; ``issues`` lists every problem found in one pass.
public struct ContentValidationError: Error, Sendable, CustomStringConvertible {
    public var issues: [ContentIssue]

    public init(issues: [ContentIssue]) { self.issues = issues }

    public var description: String {
        let noun = issues.count == 1 ? "problem" : "problems"
        return "content has \(issues.count) \(noun):\n"
            + issues.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// Where an item was defined.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// Collects the issues of one loading pass. Used by a single loading task only.
final class Diagnostics {
    private(set) var issues: [ContentIssue] = []

    func report(_ file: String, line: Int, field: String?, _ message: String) {
        issues.append(ContentIssue(file: file, line: line, field: field, message: message))
    }
}
