public import Foundation
public import OnsiteCore

/// Runs ruff, a static linter, over a workspace's Python files.
///
/// ruff only reads files, so it runs outside the sandbox, on a private copy of the workspace's
/// non-test `.py` files, with `--isolated` so that no configuration from the submission applies.
public struct RuffLinter: Sendable {
    /// The rules onsite measures: pycodestyle and pyflakes, bugbear, simplifications,
    /// comprehensions, returns, modernisation, performance and pylint's size and refactoring rules.
    public static let rules = "E,W,F,B,SIM,C4,RET,UP,PERF,PLR09,PLR1714,PLW"

    public var executable: URL

    public init(executable: URL) {
        self.executable = executable
    }

    /// The first ruff found: `ONSITE_RUFF`, then each of `folders` (as `bin/ruff` below it), then `PATH`.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment, folders: [URL] = []
    ) -> RuffLinter? {
        let manager = FileManager.default
        if let explicit = environment["ONSITE_RUFF"], !explicit.isEmpty {
            return manager.isExecutableFile(atPath: explicit)
                ? RuffLinter(executable: URL(fileURLWithPath: explicit)) : nil
        }
        let path = (environment["PATH"] ?? "").split(separator: ":").map { URL(fileURLWithPath: String($0)) }
        let candidates =
            folders.map { $0.appendingPathComponent("bin/ruff") } + path.map { $0.appendingPathComponent("ruff") }
        return candidates.first { manager.isExecutableFile(atPath: $0.path) }.map(RuffLinter.init(executable:))
    }

    /// The findings for the workspace's Python files that are not tests.
    public func findings(in workspace: Workspace) throws(RunnerError) -> [LintFinding] {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("onsite-ruff-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            for (path, contents) in workspace.textFiles
            where path.hasSuffix(".py") && !ExerciseFile(path: path, contents: "").isTestFile
                && !path.hasSuffix("conftest.py")
            {
                let target = folder.appendingPathComponent(path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents.utf8).write(to: target)
            }
        } catch {
            throw RunnerError(.badInput, "cannot copy the files for ruff: \(error.localizedDescription)")
        }
        let arguments = [
            "check", "--isolated", "--no-cache", "--exit-zero", "--output-format", "json", "--target-version",
            "py311", "--select", Self.rules, ".",
        ]
        let output = try run(arguments, in: folder)
        struct Finding: Decodable {
            struct Location: Decodable { var row: Int }
            var code: String?
            var message: String
            var filename: String
            var location: Location
        }
        guard let decoded = try? JSONDecoder().decode([Finding].self, from: output) else {
            throw RunnerError(.workerFailed, "ruff printed something that is not its JSON report")
        }
        let root = folder.resolvingSymlinksInPath().path + "/"
        return decoded.map {
            let file = $0.filename.hasPrefix(root) ? String($0.filename.dropFirst(root.count)) : $0.filename
            return LintFinding(file: file, line: $0.location.row, code: $0.code ?? "syntax", message: $0.message)
        }.sorted { ($0.file, $0.line, $0.code) < ($1.file, $1.line, $1.code) }
    }

    private func run(_ arguments: [String], in folder: URL) throws(RunnerError) -> Data {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw RunnerError(.workerFailed, "cannot start ruff at \(executable.path): \(error.localizedDescription)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw RunnerError(.workerFailed, "ruff stopped with status \(process.terminationStatus)")
        }
        return data
    }
}
