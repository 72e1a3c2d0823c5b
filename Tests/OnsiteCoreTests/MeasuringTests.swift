import OnsiteCore
import Testing

@Suite("Latency summaries and quality comparisons")
struct MeasuringTests {
    @Test("percentiles are nearest-rank")
    func percentiles() {
        let summary = LatencySummary((1...100).map(Double.init).reversed())
        #expect([summary.p50, summary.p90, summary.p99, summary.max] == [50, 90, 99, 100])
        #expect(summary.mean == 50.5)
        #expect(LatencySummary([7]).p99 == 7)
        #expect(LatencySummary([]).count == 0)
    }

    static func measures(length: Int, nesting: Int, complexity: Int, findings: Int?) -> QualityMeasures {
        QualityMeasures(
            functions: [
                FunctionMeasure(
                    file: "a.py", name: "f", line: 1, length: length, nesting: nesting, complexity: complexity)
            ],
            findings: findings.map { count in
                (0..<count).map { LintFinding(file: "a.py", line: $0 + 1, code: "E501", message: "long") }
            })
    }

    @Test(
        "quality improves only when nothing gets worse and something gets better",
        arguments: [
            (measures(length: 30, nesting: 4, complexity: 12, findings: 5), true),
            (measures(length: 50, nesting: 4, complexity: 12, findings: 5), false),
            (measures(length: 10, nesting: 2, complexity: 4, findings: 7), false),
            (measures(length: 10, nesting: 2, complexity: 4, findings: 0), true),
            (measures(length: 40, nesting: 4, complexity: 12, findings: 6), false),
        ])
    func comparison(after: QualityMeasures, improved: Bool) {
        let before = Self.measures(length: 40, nesting: 4, complexity: 12, findings: 6)
        #expect(QualityComparison(before: before, after: after).improved == improved)
    }

    @Test("a file that cannot be parsed blocks the verdict, whatever the other measures say")
    func unreadable() {
        let before = Self.measures(length: 40, nesting: 4, complexity: 12, findings: 6)
        var after = Self.measures(length: 10, nesting: 1, complexity: 2, findings: 0)
        after.unreadable = ["b.py": "SyntaxError: invalid syntax"]
        let comparison = QualityComparison(before: before, after: after)
        #expect(!comparison.improved)
        #expect(comparison.unmeasured == ["b.py"])
        #expect(comparison.notes.contains { $0.contains("b.py could not be measured") })
    }

    @Test("without a linter, lint is left out and the comparison says why")
    func noLinter() {
        let before = Self.measures(length: 40, nesting: 4, complexity: 12, findings: nil)
        let after = Self.measures(length: 20, nesting: 2, complexity: 6, findings: nil)
        let comparison = QualityComparison(before: before, after: after)
        #expect(comparison.improved)
        #expect(!comparison.metrics.contains { $0.name == "ruff findings" })
        #expect(comparison.notes.contains { $0.contains("ruff is not installed") })
    }
}
