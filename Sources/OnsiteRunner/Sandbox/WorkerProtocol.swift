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
    }

    struct Call: Encodable, Sendable {
        var call: String
    }

    var run: Int = 0
    var mode: Mode
    var files: [String: WorkerFile]
    var limits: RunLimits
    var seed: Int = 0
    var pytestArgs: [String]?
    var module: String?
    var setup: String?
    var calls: [Call]?
    var script: String?
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
    var maxRSSKB: Int = 0
    var leftoverProcesses: Int = 0

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
    }

    private enum CodingKeys: String, CodingKey {
        case verdict, error, exitCode, signal, stdout, stderr, results, durationMs, maxRSSKB, leftoverProcesses
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

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }
}
