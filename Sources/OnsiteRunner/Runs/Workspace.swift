public import Foundation

/// The files of a folder to run, read into memory so the sandbox never sees the host's file system.
public struct Workspace: Sendable {
    /// The most a workspace may hold; more is almost certainly a wrong folder.
    public static let maximumBytes = 8 << 20
    static let skippedFolders: Set<String> = [
        "__pycache__", ".git", ".hg", ".svn", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".venv", "venv",
        "node_modules", ".tox", ".nox", ".onsite",
    ]

    var files: [String: WorkerFile]

    /// Reads every file below `folder`, skipping caches, VCS and virtual-environment folders.
    public init(reading folder: URL) throws(RunnerError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw RunnerError(.badInput, "\(folder.path): no such folder") }
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey], options: [])
        else { throw RunnerError(.badInput, "\(folder.path): cannot be read") }
        var files: [String: WorkerFile] = [:]
        var total = 0
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true {
                if Self.skippedFolders.contains(url.lastPathComponent) { enumerator.skipDescendants() }
                continue
            }
            guard values?.isRegularFile == true, !url.lastPathComponent.hasSuffix(".pyc") else { continue }
            let relative = String(url.standardizedFileURL.resolvingSymlinksInPath().path.dropFirst(root.path.count + 1))
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RunnerError(.badInput, "\(url.path): cannot be read")
            }
            total += data.count
            guard total <= Self.maximumBytes else {
                throw RunnerError(.badInput, "\(folder.path): holds more than \(Self.maximumBytes >> 20) MB of files")
            }
            files[relative] =
                String(data: data, encoding: .utf8).map(WorkerFile.text) ?? .base64(data.base64EncodedString())
        }
        self.files = files
    }

    /// A workspace made of in-memory text files, by relative path.
    public init(files: [String: String]) {
        self.files = files.mapValues(WorkerFile.text)
    }

    /// Every file's relative path, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The files that are text, by relative path; files that are not UTF-8 are left out.
    public var textFiles: [String: String] {
        files.compactMapValues {
            if case .text(let text) = $0 { return text }
            return nil
        }
    }

    /// This workspace with `replacements` written over it: same paths replaced, new paths added.
    public func overlaying(_ replacements: [String: String]) -> Workspace {
        var copy = self
        for (path, text) in replacements { copy.files[path] = .text(text) }
        return copy
    }

    /// This workspace without the files whose path matches `predicate`.
    public func removing(where predicate: (String) -> Bool) -> Workspace {
        var copy = self
        copy.files = files.filter { !predicate($0.key) }
        return copy
    }
}
