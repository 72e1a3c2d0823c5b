import Foundation

/// The file-system operations the loader needs, with paths shown relative to the working directory.
struct ContentFiles {
    private let workingDirectory: String

    init() {
        workingDirectory = FileManager.default.currentDirectoryPath
    }

    /// `url`'s path relative to the working directory when it lies inside it.
    func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }

    /// Regular files below `root`, sorted by path, skipping hidden files and `__pycache__`.
    func regularFiles(under root: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                options: [.skipsHiddenFiles])
        else { return [] }
        var result: [URL] = []
        for case let url as URL in enumerator {
            if url.lastPathComponent == "__pycache__" {
                enumerator.skipDescendants()
                continue
            }
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
            if values?.isRegularFile == true { result.append(url.standardizedFileURL) }
        }
        return result.sorted { $0.path < $1.path }
    }

    /// The file's text, or `nil` after reporting why it could not be read.
    func text(at url: URL, diagnostics: Diagnostics) -> String? {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            diagnostics.report(display(url), line: 0, field: nil, "cannot be read: \(error.localizedDescription)")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            diagnostics.report(display(url), line: 0, field: nil, "is not valid UTF-8 text")
            return nil
        }
        return text
    }
}
