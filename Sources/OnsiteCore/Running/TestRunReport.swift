/// How a run of untrusted code ended, as a whole.
public enum RunStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every test passed.
    case passed
    /// At least one test failed.
    case failed
    /// Tests could not be collected or set up, or no test was found.
    case error
    /// The wall-clock or CPU limit was reached.
    case timeout
    /// The memory limit was reached.
    case memoryLimit
    /// The output, or a file written, grew past its limit.
    case outputLimit
    /// The run died on a signal, or the sandbox itself was killed.
    case crashed

    /// A short phrase for people, for example "memory limit".
    public var phrase: String {
        switch self {
        case .memoryLimit: "memory limit"
        case .outputLimit: "output limit"
        default: rawValue
        }
    }
}

/// The outcome of one test, as pytest names it.
public enum TestOutcome: String, Hashable, Sendable, Codable {
    case passed
    case failed
    case error
    case skipped
}

/// One test's result: its pytest node id, outcome and, when it did not pass, why.
public struct TestResult: Hashable, Sendable, Codable {
    /// The node id as pytest prints it, for example `test_calc.py::test_add[1-2]`.
    public var id: String
    public var outcome: TestOutcome
    /// The assertion or error (for failures and errors) or the skip reason.
    public var message: String?
    /// The full failure report, as pytest prints it.
    public var details: String?
    /// How long the test's own call took, in milliseconds, when the runner measured it.
    public var durationMs: Double?

    public init(
        id: String, outcome: TestOutcome, message: String? = nil, details: String? = nil, durationMs: Double? = nil
    ) {
        self.id = id
        self.outcome = outcome
        self.message = message
        self.details = details
        self.durationMs = durationMs
    }
}

/// The report of running a folder's tests.
public struct TestRunReport: Hashable, Sendable, Codable {
    public var status: RunStatus
    public var tests: [TestResult]
    /// Why the run as a whole did not pass, when no single test says it (limits, crashes, collection).
    public var problem: String?
    /// What the run printed, capped.
    public var output: String
    public var durationMs: Double

    public init(status: RunStatus, tests: [TestResult], problem: String?, output: String, durationMs: Double) {
        self.status = status
        self.tests = tests
        self.problem = problem
        self.output = output
        self.durationMs = durationMs
    }

    /// Counts of tests per outcome.
    /// Which harness produced the outcomes: `lean` (all passed, found without pytest's machinery) or `pytest`.
    public var engine: String?

    public var counts: [TestOutcome: Int] { tests.reduce(into: [:]) { $0[$1.outcome, default: 0] += 1 } }

    /// The time spent inside the tests themselves, as far as it was measured.
    public var testsMs: Double { tests.compactMap(\.durationMs).reduce(0, +) }
}
