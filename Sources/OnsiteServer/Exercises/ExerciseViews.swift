import Foundation
import OnsiteCore

/// A run of the visible tests, as the exercise page shows it: the status, a line per test, and
/// the failing tests' messages and tracebacks.
struct TestRunView: Encodable, Sendable {
    struct Test: Encodable, Sendable {
        var id: String
        var outcome: String
        var passed: Bool
        var message: String?
        var details: String?
    }

    var status: String
    var passed: Bool
    var counts: String
    var tests: [Test]
    var problem: String?
    var output: String?

    init(_ report: TestRunReport) {
        status = report.status.phrase
        passed = report.status == .passed
        let tally = report.counts
        counts = [TestOutcome.passed, .failed, .error, .skipped].compactMap { outcome in
            tally[outcome].map { "\($0) \(outcome.rawValue)" }
        }.joined(separator: ", ")
        tests = report.tests.map {
            Test(
                id: $0.id, outcome: $0.outcome.rawValue, passed: $0.outcome == .passed || $0.outcome == .skipped,
                message: $0.message, details: $0.details)
        }
        problem = report.problem
        let trimmed = report.output.trimmingCharacters(in: .whitespacesAndNewlines)
        output = trimmed.isEmpty ? nil : String(trimmed.prefix(8_000))
    }
}

/// A graded submission, as the exercise page shows it: the verdict, every check with its details,
/// failing visible tests, hidden cases, quality, speed-up and planted bugs.
struct SubmissionView: Encodable, Sendable {
    struct Check: Encodable, Sendable {
        var name: String
        var passed: Bool
        var summary: String
        var details: [String]
    }

    struct Case: Encodable, Sendable {
        var name: String
        var passed: Bool
        var observed: String
    }

    struct Metric: Encodable, Sendable {
        var name: String
        var before: Int
        var after: Int
        var change: String
        var worst: String?
    }

    struct Finding: Encodable, Sendable {
        var place: String
        var code: String
        var message: String
    }

    struct Speed: Encodable, Sendable {
        var baseline: String
        var submission: String
        var speedup: String
        var target: String
        var passed: Bool
    }

    struct Mutant: Encodable, Sendable {
        var name: String
        var description: String
        var killed: Bool
    }

    var id: Int64
    var when: String
    var passed: Bool
    var verdict: String
    var checks: [Check]
    var failingTests: [TestRunView.Test]
    var hasFailingTests: Bool
    var cases: [Case]
    var hasCases: Bool
    var metrics: [Metric]
    var hasMetrics: Bool
    var qualityNotes: [String]
    var findings: [Finding]
    var hasFindings: Bool
    var measures: String?
    var speed: Speed?
    var mutants: [Mutant]
    var hasMutants: Bool

    init(id: Int64, submittedAt: Date, _ report: SubmissionReport) {
        self.id = id
        when = submittedAt.formatted(QuestionPages.attemptDate)
        passed = report.passed
        let passedCount = report.checks.filter(\.passed).count
        verdict =
            report.passed
            ? "Accepted: every check passed"
            : "Not accepted yet: \(passedCount) of \(report.checks.count) checks passed"
        checks = report.checks.map { Check(name: $0.name, passed: $0.passed, summary: $0.summary, details: $0.details) }
        failingTests = (report.visibleTests.map(TestRunView.init)?.tests ?? []).filter { !$0.passed }
        hasFailingTests = !failingTests.isEmpty
        cases = report.hiddenCases.map { Case(name: $0.name, passed: $0.passed, observed: $0.observed) }
        hasCases = !cases.isEmpty
        metrics = (report.quality?.metrics ?? []).map {
            Metric(
                name: $0.name, before: $0.before, after: $0.after,
                change: $0.improved ? "better" : $0.worsened ? "worse" : "same", worst: $0.worstAfter)
        }
        hasMetrics = !metrics.isEmpty
        qualityNotes = report.quality?.notes ?? []
        findings = (report.measures?.findings ?? []).prefix(30).map {
            Finding(place: "\($0.file):\($0.line)", code: $0.code, message: $0.message)
        }
        hasFindings = !findings.isEmpty
        measures = report.measures.flatMap(Self.describe)
        speed = report.speed.map {
            Speed(
                baseline: String(format: "%.1f ms", $0.baselineMs),
                submission: String(format: "%.1f ms", $0.submissionMs),
                speedup: String(format: "%.1fx", $0.speedup), target: String(format: "%.1fx", $0.target),
                passed: $0.speedup >= $0.target)
        }
        mutants = report.mutants.map { Mutant(name: $0.name, description: $0.description, killed: $0.killed) }
        hasMutants = !mutants.isEmpty
    }

    /// "Longest function 12 lines (lru.py:8 get); deepest nesting 2; highest complexity 4."
    private static func describe(_ measures: QualityMeasures) -> String? {
        guard let longest = measures.longestFunction else { return nil }
        let lint = measures.findings.map { "\($0.count) ruff finding\($0.count == 1 ? "" : "s"); " } ?? ""
        return lint
            + "longest function \(longest.length) lines (\(longest.file):\(longest.line) \(longest.name)); "
            + "deepest nesting \(measures.deepestNesting?.nesting ?? 0); "
            + "highest cyclomatic complexity \(measures.mostComplex?.complexity ?? 0)"
    }
}
