import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite("Loading exercises")
struct ExerciseLoadingTests {
    private func pack(_ changes: [String: String?]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("areas.yaml", ContentFixtures.areas)
        var files = ContentFixtures.exercise(folder: "ex")
        for (path, contents) in changes { files[path] = contents }
        for (path, contents) in files { try folder.write(path, contents) }
        return folder
    }

    private func task(_ name: String) -> String {
        ContentFixtures.exercise(folder: "ex")["ex/exercise.md"]!.replacingOccurrences(
            of: "task: implement", with: "task: \(name)")
    }

    @Test("an optimise task needs a benchmark, and a flaky task a repeat count")
    func taskRequirements() throws {
        for (name, field) in [("optimise", "benchmark"), ("flaky", "repeat")] {
            let folder = try pack(["ex/exercise.md": task(name)])
            defer { folder.remove() }
            let error = #expect(throws: ContentValidationError.self) { try ContentLoader().load([folder.url]) }
            #expect(error?.issues.contains { $0.file.hasSuffix("hidden.yaml") && $0.field == field } == true, "\(name)")
        }
    }

    @Test("reads a benchmark, a repeat count and mutants")
    func taskFields() throws {
        let hidden = """
            module: double
            cases:
              - {name: zero, call: double(0), expect: 0}
            benchmark:
              setup: "N = list(range(1000))"
              call: "[double(n) for n in N]"
              speedup: 5
            repeat: 20

            """
        let folder = try pack(["ex/hidden.yaml": hidden, "ex/exercise.md": task("optimise")])
        defer { folder.remove() }
        let suite = try #require(try ContentLoader().load([folder.url]).bank.exercises.first?.hidden)
        #expect(
            suite.benchmark == Benchmark(setup: "N = list(range(1000))", call: "[double(n) for n in N]", speedup: 5))
        #expect(suite.repeatCount == 20)

        let mutants = """
            mutants:
              - {name: triple, says: multiplies by three}
              - {name: missing, says: the folder is absent}

            """
        try folder.write("ex/hidden.yaml", mutants)
        try folder.write("ex/exercise.md", task("write-tests"))
        try folder.write("ex/mutants/triple/double.py", "def double(x):\n    return 3 * x\n")
        let error = #expect(throws: ContentValidationError.self) { try ContentLoader().load([folder.url]) }
        #expect(error?.issues.map(\.message) == ["missing folder mutants/missing/ next to exercise.md"])

        try folder.write("ex/mutants/missing/double.py", "def double(x):\n    return x\n")
        let loaded = try ContentLoader().load([folder.url]).bank.exercises.first?.hidden?.mutants
        #expect(loaded?.map(\.name) == ["triple", "missing"])
        #expect(
            loaded?.first?.files == [ExerciseFile(path: "double.py", contents: "def double(x):\n    return 3 * x\n")])
    }

    @Test("a review task carries a rubric and a model answer instead of a solution")
    func review() throws {
        let exercise = """
            ---
            id: python.review-sample
            kind: exercise
            task: review
            title: Review a function
            area: python
            subtopics: [review]
            level: senior
            minutes: 10
            points:
              - id: injection
                weight: 3
                says: The query is built by string formatting, which allows SQL injection.
                concepts: [sql injection | string formatting | f-string query]
                phrasings: [the query concatenates user input]
            follow_ups:
              - {ask: How would you fix it?, aims: injection}
            ---

            ## Statement

            Review `repo.py`.

            ## Model answer

            Use parameters.

            """
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("areas.yaml", ContentFixtures.areas)
        try folder.write("review/exercise.md", exercise)
        try folder.write(
            "review/starter/repo.py",
            "def find(db, name):\n    return db.execute(f\"select * from t where n = '{name}'\")\n")
        let loaded = try #require(try ContentLoader().load([folder.url]).bank.exercises.first)
        #expect(loaded.rubric?.points.map(\.id) == ["injection"])
        #expect(loaded.rubric?.modelAnswer == "Use parameters.")
        #expect(loaded.solutionFiles.isEmpty)
        #expect(loaded.hidden == nil)
    }
}
