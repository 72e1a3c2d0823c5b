import Foundation
import OnsiteStore
import Testing

/// Where the database lives: flags aside, the environment decides, in a fixed order.
@Suite("Data location")
struct DataLocationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var environment: [String: String]
        var expected: String
        var testDescription: String { "\(environment.keys.sorted()) → \(expected)" }
    }

    static let home = ["HOME": "/home/ada"]

    static let cases: [Case] = [
        Case(environment: home, expected: "/home/ada/.local/share/onsite/onsite.sqlite"),
        Case(
            environment: home.merging(["XDG_DATA_HOME": "/xdg"]) { $1 },
            expected: "/xdg/onsite/onsite.sqlite"),
        Case(
            environment: home.merging(["XDG_DATA_HOME": "/xdg", "ONSITE_DATA": "/data"]) { $1 },
            expected: "/data/onsite.sqlite"),
        Case(
            environment: home.merging(["XDG_DATA_HOME": "/xdg", "ONSITE_DATA": "/data", "ONSITE_DATABASE": "/db/x.db"])
            { $1 },
            expected: "/db/x.db"),
        Case(environment: home.merging(["ONSITE_DATABASE": "/db/x.db"]) { $1 }, expected: "/db/x.db"),
        Case(
            environment: home.merging(["ONSITE_DATABASE": "", "ONSITE_DATA": "", "XDG_DATA_HOME": ""]) { $1 },
            expected: "/home/ada/.local/share/onsite/onsite.sqlite"),
        Case(
            environment: home.merging(["ONSITE_DATABASE": "", "ONSITE_DATA": "/data/"]) { $1 },
            expected: "/data/onsite.sqlite"),
    ]

    @Test("follows ONSITE_DATABASE, ONSITE_DATA, XDG_DATA_HOME, then HOME", arguments: cases)
    func precedence(_ example: Case) {
        #expect(DataLocation.database(environment: example.environment).path == example.expected)
    }

    @Test("a relative ONSITE_DATABASE is resolved against the working directory")
    func relative() {
        let url = DataLocation.database(environment: ["ONSITE_DATABASE": "here.sqlite"])
        let expected = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("here.sqlite")
        #expect(url.standardizedFileURL.path == expected.standardizedFileURL.path)
    }
}
