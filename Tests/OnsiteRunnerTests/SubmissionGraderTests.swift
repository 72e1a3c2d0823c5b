import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@testable import OnsiteRunner

/// Every bundled exercise, graded as a candidate's submission would be: the reference passes
/// every check of its task, and the untouched starter fails the check its task is about.
@Suite("Grading the bundled exercises", .serialized)
struct SubmissionGraderTests {
    static let exercises = ExerciseBankTests.exercises.filter { $0.task != .review }
    static let grader = SubmissionGrader(
        pool: SandboxFixture.pool, limits: ExerciseBankTests.limits,
        linter: RuffLinter.locate(folders: [Checkout.tools]))

    static func exercise(_ id: String) throws -> Exercise {
        try #require(exercises.first { $0.id.description == id })
    }

    /// For a write-tests task the submission is the reference test file; otherwise the solved folder.
    static func referenceSubmission(_ exercise: Exercise) -> Workspace {
        ExerciseWorkspaces.reference(of: exercise)
    }

    @Test("the reference solution passes every check of its task", arguments: exercises.map(\.id.description))
    func reference(_ id: String) async throws {
        let exercise = try Self.exercise(id)
        let report = try await Self.grader.grade(Self.referenceSubmission(exercise), for: exercise)
        let failing = report.checks.filter { !$0.passed }
        #expect(report.passed, "\(failing.map { "\($0.name): \($0.summary) \($0.details)" })")
        switch exercise.task {
        case .refactor: #expect(report.quality?.improved == true)
        case .optimise: #expect((report.speed?.speedup ?? 0) >= (report.speed?.target ?? .infinity))
        case .flaky: #expect(report.checks.contains { $0.name == "repeated runs" && $0.passed })
        case .writeTests: #expect(!report.mutants.isEmpty && report.mutants.allSatisfy(\.killed))
        default: break
        }
    }

    @Test(
        "the untouched starter fails the check its task is about",
        arguments: exercises.filter { $0.task != .implement && $0.task != .fix }.map(\.id.description))
    func starter(_ id: String) async throws {
        let exercise = try Self.exercise(id)
        // One timed round is enough to see that the starter is no faster than itself.
        var grader = Self.grader
        grader.speedRounds = 1
        let report = try await grader.grade(ExerciseWorkspaces.starter(of: exercise), for: exercise)
        let check: String =
            switch exercise.task {
            case .refactor: "quality improved"
            case .optimise: "speed-up"
            case .flaky: "repeated runs"
            case .writeTests: "planted bugs caught"
            default: ""
            }
        let found = report.checks.first { $0.name == check }
        if exercise.task == .writeTests, found == nil {
            // Starter tests that do not even pass on the correct code fail before the mutants run.
            #expect(report.checks.contains { !$0.passed })
        } else {
            #expect(found?.passed == false, "\(report.checks)")
        }
        #expect(!report.passed)
    }

    @Test("a fix that edits the test file instead of the code is rejected")
    func editedTests() async throws {
        let exercise = try #require(Self.exercises.first { $0.task == .fix })
        let testFile = try #require(exercise.starterFiles.first { $0.isTestFile })
        // Keep only the imports: every test is gone, so nothing can fail.
        let gutted =
            testFile.contents.split(separator: "\n").filter { $0.hasPrefix("import") || $0.hasPrefix("from") }
            .joined(separator: "\n") + "\n\ndef test_nothing():\n    assert True\n"
        let submission = ExerciseWorkspaces.starter(of: exercise).overlaying([testFile.path: gutted])
        let report = try await Self.grader.grade(submission, for: exercise)
        let unchanged = try #require(report.checks.first { $0.name == "tests unchanged" })
        #expect(!unchanged.passed)
        #expect(unchanged.summary.contains(testFile.path))
        // The original tests were run instead, and the unfixed code still fails them.
        #expect(report.checks.first { $0.name == "visible tests" }?.passed == false)
    }

    @Test("quality measures follow their definitions")
    func measures() async throws {
        let code = """
            def flat(x):
                \"\"\"A docstring is not code.\"\"\"
                # nor is a comment
                return x + 1


            def branchy(items, limit):
                total = 0
                for item in items:
                    if item > limit and item % 2 == 0:
                        total += item
                    elif item < 0:
                        try:
                            total -= item
                        except TypeError:
                            pass
                return [x for x in items if x] or total
            """
        let meter = QualityMeter(pool: SandboxFixture.pool, linter: nil)
        let measures = try await meter.measure(
            Workspace(files: ["m.py": code, "test_m.py": "def test_x():\n    pass\n"]))
        let byName = Dictionary(uniqueKeysWithValues: measures.functions.map { ($0.name, $0) })
        #expect(byName["flat"].map { [$0.length, $0.nesting, $0.complexity] } == [2, 0, 1])
        // for, if, and, elif, except, the comprehension's loop and condition, and `or`: 1 + 8.
        #expect(byName["branchy"]?.complexity == 9)
        // for > if/elif > try: the elif continues its if.
        #expect(byName["branchy"]?.nesting == 3)
        #expect(byName["branchy"]?.length == 11)
        #expect(!measures.functions.contains { $0.file == "test_m.py" })
    }
}
