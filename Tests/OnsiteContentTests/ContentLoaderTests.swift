import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// A content pack with one problem planted, and the issue the loader must report for it.
struct BrokenPack: Sendable, CustomTestStringConvertible {
    var name: String
    /// Files on top of a valid pack (areas, one question, one snippet, one exercise).
    var files: [String: String]
    var file: String
    var line: Int
    var field: String?
    var message: String

    var testDescription: String { name }
}

private let question = ContentFixtures.question()

private func breaking(_ original: String, _ replacement: String) -> String {
    precondition(question.contains(original), "fixture has no line \(original)")
    return question.replacingOccurrences(of: original, with: replacement)
}

@Suite("Loading content")
struct ContentLoaderTests {
    static let brokenPacks: [BrokenPack] = [
        BrokenPack(
            name: "bad YAML", files: ["q.md": breaking("subtopics: [sample]", "subtopics: [sample")],
            file: "q.md", line: 7, field: nil, message: "invalid YAML"),
        BrokenPack(
            name: "missing field", files: ["q.md": breaking("level: mid\n", "")],
            file: "q.md", line: 2, field: "level", message: "missing required field (expected one of: mid, senior)"),
        BrokenPack(
            name: "wrong type", files: ["q.md": breaking("minutes: 5", "minutes: five")],
            file: "q.md", line: 9, field: "minutes", message: "expected a whole number from 1 to 120, found \"five\""),
        BrokenPack(
            name: "wrong type in a nested field", files: ["q.md": breaking("weight: 3", "weight: heavy")],
            file: "q.md", line: 13, field: "points[0].weight", message: "found \"heavy\""),
        BrokenPack(
            name: "a list where text is expected",
            files: ["q.md": breaking("title: A sample question", "title: [a, b]")],
            file: "q.md", line: 4, field: "title", message: "expected text, found a list"),
        BrokenPack(
            name: "unknown area",
            files: ["q.md": ContentFixtures.question(id: "cooking.sample", area: "cooking")],
            file: "q.md", line: 5, field: "area", message: "unknown area \"cooking\"; expected one of: python, design"),
        BrokenPack(
            name: "duplicate id",
            files: ["a/q.md": question, "b/q.md": question],
            file: "b/q.md", line: 2, field: "id", message: "id \"python.sample\" is already defined in PACK/a/q.md:2"),
        BrokenPack(
            name: "unknown field", files: ["q.md": breaking("level: mid", "level: mid\ndificulty: hard")],
            file: "q.md", line: 8, field: "dificulty", message: "unknown field; expected one of:"),
        BrokenPack(
            name: "id prefix differs from area", files: ["q.md": breaking("id: python.sample", "id: design.sample")],
            file: "q.md", line: 2, field: "id", message: "differs from area \"python\""),
        BrokenPack(
            name: "malformed id", files: ["q.md": breaking("id: python.sample", "id: Python.Sample")],
            file: "q.md", line: 2, field: "id", message: "expected an id of the form area.slug"),
        BrokenPack(
            name: "level not in its set", files: ["q.md": breaking("level: mid", "level: junior")],
            file: "q.md", line: 7, field: "level", message: "expected one of: mid, senior; found \"junior\""),
        BrokenPack(
            name: "follow-up aimed at no point", files: ["q.md": breaking("aims: first", "aims: second")],
            file: "q.md", line: 26, field: "follow_ups[0].aims", message: "\"second\" is neither a point id"),
        BrokenPack(
            name: "missing section", files: ["q.md": breaking("## Model answer", "## Modle answer")],
            file: "q.md", line: 35, field: nil, message: "unknown section `## Modle answer`"),
        BrokenPack(
            name: "no front matter", files: ["q.md": "# Just a heading\n"],
            file: "q.md", line: 1, field: nil, message: "expected YAML front matter"),
        BrokenPack(
            name: "snippet output outside a code block",
            files: ["s.md": ContentFixtures.snippet().replacingOccurrences(of: "```text\n2\n```", with: "2")],
            file: "s.md", line: 16, field: nil, message: "must hold exactly one fenced code block"),
        BrokenPack(
            name: "design prompt missing stages",
            files: [
                "d.md": breaking("kind: question", "kind: design")
                    .replacingOccurrences(of: "round: fundamentals", with: "round: design")
                    .replacingOccurrences(of: "weight: 3", with: "weight: 3\n    stage: api")
            ],
            file: "d.md", line: 12, field: "points", message: "no point covers the stage(s) requirements, data-model"),
        BrokenPack(
            name: "catalogue of an unknown kind", files: ["x.yaml": "kind: recipes\n"],
            file: "x.yaml", line: 1, field: "kind", message: "expected one of: question, design"),
    ]

    @Test("reports each planted problem with its file, line, field and expectation", arguments: brokenPacks)
    func reportsProblem(_ pack: BrokenPack) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("areas.yaml", ContentFixtures.areas)
        for (path, contents) in pack.files { try folder.write(path, contents) }

        let error = #expect(throws: ContentValidationError.self) { try ContentLoader().load([folder.url]) }
        let issues = try #require(error).issues
        let message = pack.message.replacingOccurrences(of: "PACK/", with: folder.url.path + "/")
        let match = issues.first { $0.file.hasSuffix("/" + pack.file) && $0.message.contains(message) }
        let issue = try #require(match, "no issue matching \(pack.file) '\(message)' in \(issues)")
        #expect(issue.line == pack.line)
        #expect(issue.field == pack.field)
    }

    @Test("loads a valid pack of every kind")
    func loadsValidPack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("areas.yaml", ContentFixtures.areas)
        try folder.write("questions/q.md", question)
        try folder.write("snippets/s.md", ContentFixtures.snippet())
        for (path, contents) in ContentFixtures.exercise() { try folder.write(path, contents) }

        let bank = try ContentLoader().load([folder.url]).bank

        let loaded = try #require(bank.question(ItemID("python.sample")!))
        #expect(loaded.points.map(\.id) == ["first"])
        #expect(loaded.points[0].concepts == [Concept(alternatives: ["first thing", "initial thing"])])
        #expect(loaded.followUps.map(\.aim) == [.point("first"), .tradeOffs])
        #expect(loaded.modelAnswer == "The first thing matters because it comes first.")
        #expect(bank.snippet(ItemID("python.sample-snippet")!)?.output == "2")
        let exercise = try #require(bank.exercise(ItemID("python.double")!))
        #expect(exercise.starterFiles.map(\.path) == ["double.py", "test_double.py"])
        #expect(exercise.starterFiles.filter(\.isTestFile).map(\.path) == ["test_double.py"])
        #expect(
            exercise.hidden?.cases.map(\.expectation) == [
                .returns(.int(0)), .returns(.string("abab")), .raises("TypeError"),
            ])
    }

    @Test("reports every broken file in one pass, and skips none")
    func reportsAllProblemsAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("areas.yaml", ContentFixtures.areas)
        try folder.write("one.md", breaking("minutes: 5", "minutes: 500"))
        try folder.write(
            "two.md",
            ContentFixtures.question(id: "python.other").replacingOccurrences(of: "level: mid", with: "level: expert"))
        try folder.write("three.md", "---\nkind: [\n---\n")
        try folder.write("four.md", data: Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE]))

        let error = #expect(throws: ContentValidationError.self) { try ContentLoader().load([folder.url]) }
        let files = Set(try #require(error).issues.map { URL(fileURLWithPath: $0.file).lastPathComponent })
        #expect(files == ["one.md", "two.md", "three.md", "four.md"])
        let utf8 = error?.issues.first { $0.file.hasSuffix("four.md") }
        #expect(utf8?.message == "is not valid UTF-8 text")
    }

    @Test("an unknown area is reported even when the same file has other problems")
    func unknownAreaAmongOtherProblems() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("areas.yaml", ContentFixtures.areas)
        try folder.write(
            "q.md",
            ContentFixtures.question(id: "cooking.sample", area: "cooking")
                .replacingOccurrences(of: "minutes: 5", with: "minutes: soon"))

        let error = #expect(throws: ContentValidationError.self) { try ContentLoader().load([folder.url]) }
        let fields = try #require(error).issues.map { "\($0.line) \($0.field ?? "")" }
        #expect(fields.sorted() == ["5 area", "9 minutes"])
    }

    @Test("merges packs, and a duplicate across packs names both files")
    func mergesPacks() throws {
        let bundled = try TemporaryFolder()
        let pack = try TemporaryFolder()
        defer {
            bundled.remove()
            pack.remove()
        }
        try bundled.write("areas.yaml", ContentFixtures.areas)
        try bundled.write("q.md", question)
        try pack.write("mine.md", ContentFixtures.question(id: "python.mine"))

        let bank = try ContentLoader().load([bundled.url, pack.url]).bank
        #expect(bank.questions.map(\.id.description) == ["python.mine", "python.sample"])

        try pack.write("copy.md", question)
        let error = #expect(throws: ContentValidationError.self) { try ContentLoader().load([bundled.url, pack.url]) }
        let issue = try #require(error?.issues.first)
        #expect(issue.file.hasSuffix("copy.md"))
        #expect(issue.message.contains(bundled.url.appendingPathComponent("q.md").path))
    }

    @Test("reports a folder that does not exist")
    func missingFolder() {
        let error = #expect(throws: ContentValidationError.self) {
            try ContentLoader().load([URL(fileURLWithPath: "/nonexistent/onsite-pack")])
        }
        #expect(error?.issues.first?.message == "content folder does not exist or is not a folder")
    }
}
