import Foundation
import OnsiteTestSupport
import Testing

@Suite("onsite content")
struct ContentCommandTests {
    @Test("validate accepts the bundled content and exits 0")
    func validatesBundled() throws {
        let result = try CommandRun.onsite(["content", "validate"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Content is valid: "))
    }

    @Test("validate lists every problem of a broken pack with file, line and field, and exits 1")
    func reportsBrokenPack() throws {
        let pack = try TemporaryFolder()
        defer { pack.remove() }
        let valid = ContentFixtures.question(id: "python.pack-sample")
        try pack.write("bad-yaml.md", valid.replacingOccurrences(of: "subtopics: [sample]", with: "subtopics: [sample"))
        try pack.write(
            "missing.md",
            ContentFixtures.question(id: "python.pack-missing").replacingOccurrences(of: "level: mid\n", with: ""))
        try pack.write(
            "wrong-type.md",
            ContentFixtures.question(id: "python.pack-type").replacingOccurrences(
                of: "minutes: 5", with: "minutes: soon"))
        try pack.write("area.md", ContentFixtures.question(id: "cooking.pack-area", area: "cooking"))
        try pack.write("duplicate.md", ContentFixtures.question(id: "python.list-vs-tuple"))

        let result = try CommandRun.onsite(["content", "validate", "--content", pack.url.path])

        #expect(result.status == 1)
        let lines = result.standardError
        #expect(lines.contains("bad-yaml.md:7: invalid YAML"))
        #expect(lines.contains("missing.md:2: level: missing required field"))
        #expect(lines.contains("wrong-type.md:9: minutes: expected a whole number from 1 to 120, found \"soon\""))
        #expect(lines.contains("area.md:5: area: unknown area \"cooking\""))
        #expect(lines.contains("duplicate.md:2: id: id \"python.list-vs-tuple\" is already defined in "))
        #expect(lines.contains("Content/questions/python/list-vs-tuple.md:2"))
    }

    @Test("a pack can come from ONSITE_CONTENT")
    func packFromEnvironment() throws {
        let pack = try TemporaryFolder()
        defer { pack.remove() }
        try pack.write("mine.md", ContentFixtures.question(id: "python.from-environment"))
        let bundled = try CommandRun.onsite(["content", "stats", "--json"])
        let merged = try CommandRun.onsite(
            ["content", "stats", "--json"], environment: ["ONSITE_CONTENT": pack.url.path])
        #expect(try total(merged) == total(bundled) + 1)
    }

    @Test("stats --json prints counts per kind, area, level and round")
    func statsJSON() throws {
        let result = try CommandRun.onsite(["content", "stats", "--json"])
        #expect(result.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        for key in ["total", "kinds", "areas", "levels", "rounds", "areaKinds"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let areas = try #require(object["areas"] as? [String: Int])
        #expect(areas.count >= 16)
        let kinds = try #require(object["kinds"] as? [String: Int])
        #expect(kinds["question"] ?? 0 >= 1)
    }

    @Test("stats without --json prints tables")
    func statsTable() throws {
        let result = try CommandRun.onsite(["content", "stats"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("By kind"))
        #expect(result.standardOutput.contains("Core Python"))
    }

    private func total(_ result: CommandResult) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return try #require(object?["total"] as? Int)
    }
}

@Suite("onsite basics")
struct BasicsTests {
    @Test(
        "every command has --help",
        arguments: [
            [], ["content"], ["content", "validate"], ["content", "stats"], ["run"], ["exercise"],
            ["exercise", "list"], ["exercise", "start"], ["exercise", "check"], ["exercise", "submit"], ["bench"],
            ["bench", "runner"],
        ])
    func help(_ path: [String]) throws {
        let result = try CommandRun.onsite(path + ["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE: onsite"))
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CommandRun.onsite(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test("--log-level debug logs to standard error; an unknown level is a usage error")
    func logLevel() throws {
        let debug = try CommandRun.onsite(["content", "stats", "--log-level", "debug"])
        #expect(debug.status == 0)
        #expect(debug.standardError.contains("loaded content"))
        let fromEnvironment = try CommandRun.onsite(["content", "stats"], environment: ["ONSITE_LOG_LEVEL": "debug"])
        #expect(fromEnvironment.standardError.contains("loaded content"))
        let wrong = try CommandRun.onsite(["content", "stats", "--log-level", "loud"])
        #expect(wrong.status != 0)
        #expect(wrong.standardError.contains("loud"))
    }
}
