import Foundation
import OnsiteTestSupport
import Testing

/// The exercise workflow as a candidate uses it: list, start, check, submit.
@Suite("onsite exercise", .serialized)
struct ExerciseCommandTests {
    static func json(_ line: Substring) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("list filters by kind and area, as text and as JSON lines")
    func list() throws {
        let optimise = try CommandRun.onsite(["exercise", "list", "--kind", "optimise", "--json"])
        #expect(optimise.status == 0, "\(optimise.standardError)")
        let lines = optimise.standardOutput.split(separator: "\n")
        #expect(lines.count >= 6)
        for line in lines { #expect(try Self.json(line)["kind"] as? String == "optimise") }

        let area = try CommandRun.onsite(["exercise", "list", "--area", "algorithms"])
        #expect(area.standardOutput.contains("algorithms.top-ips"))
        #expect(!area.standardOutput.contains("python.csv-export-optimise"))

        let unknown = try CommandRun.onsite(["exercise", "list", "--kind", "juggling"])
        #expect(unknown.status != 0)
        #expect(unknown.standardError.contains("unknown kind 'juggling'"))
    }

    @Test("start, check and submit: the starter fails, the solved folder passes, each result is kept")
    func workflow() throws {
        let parent = try TemporaryFolder()
        defer { parent.remove() }
        let folder = parent.url.appendingPathComponent("top")
        let start = try CommandRun.onsite(["exercise", "start", "algorithms.top-ips", folder.path])
        #expect(start.status == 0, "\(start.standardError)")
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("algorithms.top-ips"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".onsite/exercise.json").path))

        // A second start into the same folder must not overwrite the candidate's work.
        let again = try CommandRun.onsite(["exercise", "start", "algorithms.top-ips", folder.path])
        #expect(again.status == 2)
        #expect(again.standardError.contains("not empty"))

        let check = try CommandRun.onsite(["exercise", "check"], directory: folder)
        #expect(check.status == 1, "\(check.standardOutput)\(check.standardError)")

        let failing = try CommandRun.onsite(["exercise", "submit", "--json"], directory: folder)
        #expect(failing.status == 1)
        let failed = try Self.json(Substring(failing.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(failed["passed"] as? Bool == false)

        // Solve it with the reference solution, from a subfolder: the exercise folder is found above.
        let solution = Checkout.content.appendingPathComponent("exercises/top-ips/solution")
        for name in try FileManager.default.contentsOfDirectory(atPath: solution.path) {
            let target = folder.appendingPathComponent(name)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: solution.appendingPathComponent(name), to: target)
        }
        let nested = folder.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let passing = try CommandRun.onsite(["exercise", "submit"], directory: nested)
        #expect(passing.status == 0, "\(passing.standardOutput)\(passing.standardError)")
        #expect(passing.standardOutput.contains("PASSED"))
        #expect(passing.standardOutput.contains("✓ hidden cases"))
        #expect(passing.standardOutput.contains("Quality:"))

        let history = try String(
            contentsOf: folder.appendingPathComponent(".onsite/submissions.jsonl"), encoding: .utf8)
        let records = history.split(separator: "\n")
        #expect(records.count == 2)
        #expect(try Self.json(records[0])["passed"] as? Bool == false)
        #expect(try Self.json(records[1])["passed"] as? Bool == true)
    }

    @Test("a fix submitted with an edited test file is rejected, and says which file")
    func editedTests() throws {
        let parent = try TemporaryFolder()
        defer { parent.remove() }
        let folder = parent.url.appendingPathComponent("fix")
        let list = try CommandRun.onsite(["exercise", "list", "--kind", "fix", "--json"])
        let id = try #require(try list.standardOutput.split(separator: "\n").first.map(Self.json)?["id"] as? String)
        #expect(try CommandRun.onsite(["exercise", "start", id, folder.path]).status == 0)
        let testFile = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
                $0.hasPrefix("test_") && $0.hasSuffix(".py")
            })
        try Data("def test_nothing():\n    assert True\n".utf8).write(to: folder.appendingPathComponent(testFile))
        let submit = try CommandRun.onsite(["exercise", "submit"], directory: folder)
        #expect(submit.status == 1)
        #expect(submit.standardOutput.contains("✗ tests unchanged"))
        #expect(submit.standardOutput.contains(testFile))
    }

    @Test("outside an exercise folder, check and submit say how to start one and exit 2")
    func notAnExerciseFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRun.onsite(["exercise", "check"], directory: folder.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("onsite exercise start"))
    }
}

@Suite("onsite bench runner")
struct BenchRunnerCommandTests {
    @Test("prints every row and goal as JSON, and every outcome is the planted one")
    func figures() throws {
        let result = try CommandRun.onsite([
            "bench", "runner", "--submissions", "20", "--baseline", "2", "--failing-every", "5", "--json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let figures = try #require(document["figures"] as? [String: Any])
        let rows = try #require(figures["rows"] as? [[String: Any]])
        #expect(
            rows.map { $0["name"] as? String } == [
                "warm, lean path", "warm, lean, some failing", "warm, pytest only", "fresh python3 -m pytest",
            ])
        for row in rows {
            #expect(row["mismatches"] as? Int == 0)
            #expect(((row["latency"] as? [String: Any])?["p50"] as? Double ?? 0) > 0)
        }
        #expect((rows[0]["leanShare"] as? Double) == 1)
        #expect((document["goals"] as? [[String: Any]])?.count == 3)
    }

    @Test(
        "a review is graded like an answer: the untouched template scores nothing, the model findings pass",
        arguments: [
            "databases.review-order-repository", "apis.review-partner-client", "concurrency.review-job-worker",
            "production.review-payment-webhook",
        ])
    func review(id: String) throws {
        let parent = try TemporaryFolder()
        defer { parent.remove() }
        let folder = parent.url.appendingPathComponent("review")
        let start = try CommandRun.onsite(["exercise", "start", id, folder.path])
        #expect(start.status == 0, "\(start.standardError)")

        let untouched = try CommandRun.onsite(["exercise", "submit", "--json"], directory: folder)
        #expect(untouched.status == 1, "\(untouched.standardError)")
        #expect(
            try ExerciseCommandTests.json(
                Substring(untouched.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))["grade"] as? Int
                == 0)

        let slug = String(id.split(separator: ".")[1])
        let statement = try String(
            contentsOf: Checkout.content.appendingPathComponent("exercises/\(slug)/exercise.md"), encoding: .utf8)
        let model = try #require(statement.components(separatedBy: "## Model answer").last)
        try model.write(to: folder.appendingPathComponent("REVIEW.md"), atomically: true, encoding: .utf8)
        let answered = try CommandRun.onsite(["exercise", "submit", "--json"], directory: folder)
        #expect(answered.status == 0, "\(answered.standardOutput)")
        let judgement = try ExerciseCommandTests.json(
            Substring(answered.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect((judgement["grade"] as? Int ?? 0) >= 3)
        let history = try String(
            contentsOf: folder.appendingPathComponent(".onsite/submissions.jsonl"), encoding: .utf8)
        #expect(history.split(separator: "\n").count == 2)
    }
}

@Suite("onsite bench http")
struct BenchHTTPCommandTests {
    @Test("loads every scenario of a real server and prints the figures as JSON, with no failed request")
    func figures() throws {
        let result = try CommandRun.onsite([
            "bench", "http", "--seconds", "1", "--rounds", "1", "--connections", "4", "--json",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let figures = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let scenarios = try #require(figures["scenarios"] as? [[String: Any]])
        #expect(
            scenarios.map { $0["name"] as? String } == [
                "hello world (reference)", "question page", "search", "grading endpoint",
            ])
        for scenario in scenarios {
            #expect(scenario["failures"] as? Int == 0, "\(scenario)")
            #expect((scenario["requests"] as? Int ?? 0) > 0, "\(scenario)")
            #expect((scenario["cpuMicrosecondsPerRequest"] as? Double ?? 0) > 0, "\(scenario)")
            #expect(((scenario["latencyMs"] as? [String: Any])?["p99"] as? Double ?? 0) > 0, "\(scenario)")
        }
        #expect((figures["questionPageShareOfHello"] as? Double ?? 0) > 0)
        #expect(figures["questionPageP99Ms"] is Double)
    }

    @Test("without the question page, the table says the goal was not checked")
    func withoutPage() throws {
        let result = try CommandRun.onsite([
            "bench", "http", "--seconds", "0.5", "--rounds", "1", "--scenario", "search",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("hello world (reference)") && result.standardOutput.contains("search"))
        #expect(result.standardOutput.contains("question page not run"))
        #expect(!result.standardOutput.contains("grading endpoint"))
    }
}
