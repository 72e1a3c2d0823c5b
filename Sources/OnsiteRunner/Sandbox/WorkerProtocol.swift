import OnsiteCore

/// One file sent to a worker: text, or base64 for bytes that are not UTF-8.
enum WorkerFile: Encodable, Sendable {
    case text(String)
    case base64(String)

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .base64(let data): try container.encode(["base64": data])
        }
    }
}

/// What a worker is asked to run.
struct WorkerRequest: Encodable, Sendable {
    enum Mode: String, Encodable, Sendable {
        /// Run the folder's tests with pytest.
        case pytest
        /// Evaluate hidden calls and report what they returned.
        case cases
        /// Run one file as `__main__`.
        case script
        /// Measure length, nesting and complexity of every function (static, nothing runs).
        case metrics
        /// Time one call, started and stopped by the worker.
        case bench
    }

    struct Call: Encodable, Sendable {
        var call: String
    }

    var run: Int = 0
    var mode: Mode
    var files: [String: WorkerFile]
    var limits: RunLimits
    var seed: Int = 0
    /// Set: run in a fresh interpreter with this PYTHONHASHSEED instead of a warm fork.
    var hashSeed: Int?
    var switchInterval: Double?
    /// Try the lean path before pytest (see `onsite_lean.py`).
    var fastPath: Bool?
    var pytestArgs: [String]?
    var module: String?
    var setup: String?
    var calls: [Call]?
    var script: String?
    var benchSetup: String?
    var call: String?

    init(
        mode: Mode, files: [String: WorkerFile], limits: RunLimits, conditions: RunConditions = RunConditions(),
        pytestArgs: [String]? = nil, module: String? = nil, setup: String? = nil, calls: [Call]? = nil,
        script: String? = nil
    ) {
        self.mode = mode
        self.files = files
        self.limits = limits
        self.seed = conditions.seed
        self.switchInterval = conditions.switchInterval
        if case .fresh(let hashSeed) = conditions.interpreter { self.hashSeed = hashSeed }
        self.pytestArgs = pytestArgs
        self.module = module
        self.setup = setup
        self.calls = calls
        self.script = script
    }
}

/// The conditions a run's code sees: seeds, interpreter and thread scheduling.
public struct RunConditions: Hashable, Sendable {
    /// Which interpreter runs the code.
    public enum Interpreter: Hashable, Sendable {
        /// A fork of a warm worker: modules preloaded, `PYTHONHASHSEED=0`.
        case warm
        /// A new interpreter, nothing preloaded, with this `PYTHONHASHSEED`: exact "predict the
        /// output" runs, and varied string hashing (set and dict-of-set order).
        case fresh(hashSeed: Int)
    }

    /// The seed of `random` before user code runs.
    public var seed: Int
    public var interpreter: Interpreter
    /// `sys.setswitchinterval`: how often threads are asked to hand over the interpreter.
    public var switchInterval: Double

    public init(seed: Int = 0, interpreter: Interpreter = .warm, switchInterval: Double = 0.005) {
        self.seed = seed
        self.interpreter = interpreter
        self.switchInterval = switchInterval
    }

    /// The conditions of the `run`-th of several varied runs: its own random seed and hash seed,
    /// and a thread switch interval that cycles from Python's default down to 50 µs.
    public static func varied(run: Int) -> RunConditions {
        let intervals = [0.005, 0.001, 0.0002, 0.00005]
        return RunConditions(
            seed: run, interpreter: .fresh(hashSeed: run), switchInterval: intervals[run % intervals.count])
    }
}

/// What a worker answers after a run.
struct WorkerAnswer: Decodable, Sendable {
    /// `timeout` or `outputLimit` when the worker stopped the run, `infrastructure` when it could not run it.
    var verdict: String?
    var error: String?
    var exitCode: Int?
    var signal: Int?
    var stdout: String = ""
    var stderr: String = ""
    var results: [JSONValue] = []
    var durationMs: Double = 0
    var cpuMs: Double = 0
    var maxRSSKB: Int = 0
    var leftoverProcesses: Int = 0
    /// The harness that ran a pytest request: `lean` or `pytest`.
    var engine: String?
    /// For a timed call: the milliseconds between the worker's go and the call's answer.
    var timedMs: Double?

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try container.decodeIfPresent(String.self, forKey: .verdict)
        error = try container.decodeIfPresent(String.self, forKey: .error)
        exitCode = try container.decodeIfPresent(Int.self, forKey: .exitCode)
        signal = try container.decodeIfPresent(Int.self, forKey: .signal)
        stdout = try container.decodeIfPresent(String.self, forKey: .stdout) ?? ""
        stderr = try container.decodeIfPresent(String.self, forKey: .stderr) ?? ""
        results = try container.decodeIfPresent([JSONValue].self, forKey: .results) ?? []
        durationMs = try container.decodeIfPresent(Double.self, forKey: .durationMs) ?? 0
        maxRSSKB = try container.decodeIfPresent(Int.self, forKey: .maxRSSKB) ?? 0
        leftoverProcesses = try container.decodeIfPresent(Int.self, forKey: .leftoverProcesses) ?? 0
        cpuMs = try container.decodeIfPresent(Double.self, forKey: .cpuMs) ?? 0
        engine = try container.decodeIfPresent(String.self, forKey: .engine)
        timedMs = try container.decodeIfPresent(Double.self, forKey: .timedMs)
    }

    private enum CodingKeys: String, CodingKey {
        case verdict, error, exitCode, signal, stdout, stderr, results, durationMs, maxRSSKB, leftoverProcesses
        case cpuMs, engine, timedMs
    }

    /// How the run ended when the worker, not the code, ended it: the status and a sentence for people.
    var stop: (status: RunStatus, problem: String)? {
        switch verdict {
        case "timeout": (.timeout, "the run took longer than its time limit and was stopped")
        case "outputLimit": (.outputLimit, "the run printed more than its output limit and was stopped")
        case "workerDied": (.crashed, "the sandbox was killed during the run")
        case "infrastructure": (.crashed, error ?? "the worker could not run the code")
        default: nil
        }
    }

    /// An answer for a run whose worker died before answering.
    static func workerDied(after durationMs: Double) -> WorkerAnswer {
        var answer = WorkerAnswer()
        answer.verdict = "workerDied"
        answer.durationMs = durationMs
        return answer
    }
}
