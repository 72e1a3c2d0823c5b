public import Foundation

/// A fresh folder under the system's temporary directory, removed by ``remove()``.
public struct TemporaryFolder: Sendable {
    public let url: URL

    /// Creates an empty folder whose name starts with `prefix`.
    public init(prefix: String = "onsite-test") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `path` inside the folder, creating intermediate folders; returns the file's URL.
    @discardableResult
    public func write(_ path: String, _ contents: String) throws -> URL {
        try write(path, data: Data(contents.utf8))
    }

    /// Writes raw bytes to `path` inside the folder.
    @discardableResult
    public func write(_ path: String, data: Data) throws -> URL {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    public func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Paths inside this checkout, found from the test sources' location.
public enum Checkout {
    /// The package root: the nearest folder above the test sources holding `Package.swift`.
    public static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }()

    /// The bundled `Content/` folder.
    public static var content: URL { root.appendingPathComponent("Content") }

    /// Where scripts/setup installs ruff (`.tools/ruff/bin/ruff`).
    public static var tools: URL { root.appendingPathComponent(".tools/ruff") }

    /// The `onsite` executable built next to the test bundle.
    public static var executable: URL {
        let products = Bundle.main.bundleURL
        let beside = products.appendingPathComponent("onsite")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return root.appendingPathComponent(".build/debug/onsite")
    }
}
