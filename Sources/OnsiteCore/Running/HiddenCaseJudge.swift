/// The verdict on one hidden case, decided outside the sandbox.
public struct HiddenCaseVerdict: Hashable, Sendable, Codable {
    public var name: String
    public var passed: Bool
    /// What the call did, for feedback ("returned [1, 2]", "raised KeyError: 'x'").
    public var observed: String

    public init(name: String, passed: Bool, observed: String) {
        self.name = name
        self.passed = passed
        self.observed = observed
    }
}

/// What a call did inside the sandbox, as the worker reported it.
public enum CallOutcome: Hashable, Sendable {
    /// The call returned this value (tuples as lists, sets as sorted lists).
    case returned(JSONValue)
    /// The call raised an exception; `lineage` lists its class and base classes by name.
    case raised(type: String, lineage: [String], message: String)
    /// The call never reported (the run stopped first).
    case missing(reason: String)
}

/// Compares what hidden calls did with what they should do. Expectations never leave this side.
public enum HiddenCaseJudge {
    /// Relative tolerance for comparing floating-point results.
    public static let tolerance = 1e-9

    public static func judge(_ hiddenCase: HiddenCase, _ outcome: CallOutcome) -> HiddenCaseVerdict {
        let passed: Bool
        switch (hiddenCase.expectation, outcome) {
        case (.returns(let expected), .returned(let actual)):
            passed = matches(expected, actual)
        case (.raises(let expected), .raised(_, let lineage, _)):
            passed = lineage.contains(expected)
        default:
            passed = false
        }
        return HiddenCaseVerdict(name: hiddenCase.name, passed: passed, observed: describe(outcome))
    }

    /// Equality of JSON values where integers and floats compare by value, floats within ``tolerance``.
    public static func matches(_ expected: JSONValue, _ actual: JSONValue) -> Bool {
        switch (expected, actual) {
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)):
            return close(Double(a), b)
        case (.double(let a), .double(let b)):
            return close(a, b)
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy(matches)
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { matches(value, $0) } ?? false }
        default:
            return expected == actual
        }
    }

    private static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= tolerance * max(abs(a), abs(b))
    }

    static func describe(_ outcome: CallOutcome) -> String {
        switch outcome {
        case .returned(let value): "returned \(value.pythonLiteral)"
        case .raised(let type, _, let message): message.isEmpty ? "raised \(type)" : "raised \(type): \(message)"
        case .missing(let reason): reason
        }
    }
}

extension JSONValue {
    /// A Python-like rendering for feedback: `['a', 1, None]`.
    public var pythonLiteral: String {
        switch self {
        case .null: "None"
        case .bool(let value): value ? "True" : "False"
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .string(let value): "'\(value)'"
        case .array(let values): "[" + values.map(\.pythonLiteral).joined(separator: ", ") + "]"
        case .object(let values):
            "{"
                + values.sorted { $0.key < $1.key }.map { "'\($0.key)': \($0.value.pythonLiteral)" }
                .joined(separator: ", ") + "}"
        }
    }
}
