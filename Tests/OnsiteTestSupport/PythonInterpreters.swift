public import Foundation

/// The Python interpreters on this machine that onsite supports (3.11 to 3.13).
public enum PythonInterpreters {
    /// One interpreter, by its resolved path and `major.minor` version.
    public struct Interpreter: Sendable, Hashable {
        public var executable: URL
        public var version: String
    }

    /// One working interpreter per supported version, oldest first.
    ///
    /// Candidates: `python3` and `python3.11`…`python3.13` on `PATH`, `/usr/bin/python3`, and
    /// the versions a pyenv installation holds. Each is asked for its version; shims that do not
    /// run are skipped.
    public static let supported: [Interpreter] = {
        var candidates: [String] = ["/usr/bin/python3"]
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            for name in ["python3", "python3.11", "python3.12", "python3.13"] {
                candidates.append("\(folder)/\(name)")
            }
        }
        let pyenv = ProcessInfo.processInfo.environment["PYENV_ROOT"] ?? NSHomeDirectory() + "/.pyenv"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: pyenv + "/versions")) ?? []
        candidates += versions.sorted().map { "\(pyenv)/versions/\($0)/bin/python3" }

        var found: [String: Interpreter] = [:]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            let url = URL(fileURLWithPath: candidate)
            guard
                let result = try? CommandRun.run(
                    url, ["-I", "-c", "import sys; print('%d.%d' % sys.version_info[:2])"]),
                result.status == 0
            else { continue }
            let version = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
            guard ["3.11", "3.12", "3.13"].contains(version), found[version] == nil else { continue }
            found[version] = Interpreter(executable: url, version: version)
        }
        return found.values.sorted { $0.version < $1.version }
    }()
}
