public import Foundation

/// Where onsite keeps its data when no `--database` flag says otherwise.
public enum DataLocation {
    /// The database file for `environment`, the first of:
    ///
    /// 1. `ONSITE_DATABASE`, the file itself;
    /// 2. `$ONSITE_DATA/onsite.sqlite`;
    /// 3. `$XDG_DATA_HOME/onsite/onsite.sqlite`;
    /// 4. `$HOME/.local/share/onsite/onsite.sqlite` (the XDG default).
    ///
    /// Empty variables count as unset, as the XDG specification asks. A relative path is
    /// resolved against the working directory.
    public static func database(environment: [String: String]) -> URL {
        func value(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        if let file = value("ONSITE_DATABASE") {
            return URL(fileURLWithPath: file, isDirectory: false)
        }
        let folder: URL
        if let data = value("ONSITE_DATA") {
            folder = URL(fileURLWithPath: data, isDirectory: true)
        } else if let dataHome = value("XDG_DATA_HOME") {
            folder = URL(fileURLWithPath: dataHome, isDirectory: true).appendingPathComponent(
                "onsite", isDirectory: true)
        } else {
            let home =
                value("HOME").map { URL(fileURLWithPath: $0, isDirectory: true) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            folder = home.appendingPathComponent(".local/share/onsite", isDirectory: true)
        }
        return folder.appendingPathComponent(fileName, isDirectory: false)
    }

    /// The database's file name inside a data folder.
    public static let fileName = "onsite.sqlite"
}
