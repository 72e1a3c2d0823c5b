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
        return installed("Content", holding: "areas.yaml", executable: executable)
    }

    /// A folder shipped with onsite (`Content`, `Python`), found beside or above the executable.
    public static func installed(
        _ name: String, holding marker: String,
        executable: URL = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    ) -> URL? {
        let files = ContentFiles()
        let share = executable.deletingLastPathComponent()
            .appendingPathComponent("../share/onsite/\(name)").standardizedFileURL
        if files.exists(share.appendingPathComponent(marker)) { return share }
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent(name)
            if files.exists(candidate.appendingPathComponent(marker)) { return candidate }
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
