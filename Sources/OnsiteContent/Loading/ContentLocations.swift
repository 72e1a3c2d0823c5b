public import Foundation

/// Finds the bundled content folder and the user's packs.
public enum ContentLocations {
    /// The environment variable naming the bundled content folder explicitly.
    public static let bundledVariable = "ONSITE_BUNDLED_CONTENT"
    /// The environment variable listing the user's packs, separated by `:`.
    public static let packsVariable = "ONSITE_CONTENT"

    /// The bundled `Content/` folder.
    ///
    /// Looks, in order, at `ONSITE_BUNDLED_CONTENT`, at `../share/onsite/Content` beside the
    /// executable (an installed copy), and at the folders above the executable (a build inside
    /// a checkout, such as `.build/debug/onsite`).
    public static func bundled(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    ) -> URL? {
        if let explicit = environment[bundledVariable], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        let files = ContentFiles()
        let installed = executable.deletingLastPathComponent()
            .appendingPathComponent("../share/onsite/Content").standardizedFileURL
        if files.exists(installed.appendingPathComponent("areas.yaml")) { return installed }
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Content")
            if files.exists(candidate.appendingPathComponent("areas.yaml")) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The user's packs: the `--content` folders, else those in `ONSITE_CONTENT`.
    public static func packs(
        flags: [String], environment: [String: String] = ProcessInfo.processInfo.environment
    )
        -> [URL]
    {
        let paths = flags.isEmpty ? (environment[packsVariable] ?? "").split(separator: ":").map(String.init) : flags
        return paths.filter { !$0.isEmpty }.map { URL(fileURLWithPath: $0) }
    }
}
