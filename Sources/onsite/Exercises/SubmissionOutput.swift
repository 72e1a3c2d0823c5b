import Foundation
import OnsiteCore

/// How `onsite exercise submit` prints a report.
enum SubmissionOutput {
    static func json(_ report: SubmissionReport) -> String {
        struct Document: Encodable {
            var passed: Bool
            var report: SubmissionReport
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(passed: report.passed, report: report))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    static func text(_ report: SubmissionReport, exercise: Exercise, elapsed: TimeInterval) -> String {
        var lines = ["\(exercise.id): \(report.passed ? "PASSED" : "NOT YET")"]
        for check in report.checks {
            lines.append("  \(check.passed ? "✓" : "✗") \(check.name): \(check.summary)")
            lines += check.details.prefix(8).map { "      \($0)" }
        }
        if let measures = report.measures {
            lines += feedback(measures)
        }
        let minutes = Int(elapsed / 60)
        if minutes > 0 {
            let pace = minutes <= exercise.minutes ? "within" : "over"
            lines.append("  Time: \(minutes) min since start, \(pace) the \(exercise.minutes)-minute budget.")
        }
        return lines.joined(separator: "\n")
    }

    /// Quality feedback: the most complex functions and the first lint findings.
    static func feedback(_ measures: QualityMeasures) -> [String] {
        var lines = ["  Quality:"]
        let worst = measures.functions.sorted { ($0.complexity, $0.length) > ($1.complexity, $1.length) }.prefix(3)
        for function in worst {
            lines.append(
                "      \(function.file):\(function.line) \(function.name): complexity \(function.complexity), "
                    + "\(function.length) lines, nesting \(function.nesting)")
        }
        if let findings = measures.findings {
            lines.append("      ruff: \(findings.isEmpty ? "no findings" : "\(findings.count) findings")")
            lines += findings.prefix(5).map { "        \($0.file):\($0.line) \($0.code) \($0.message)" }
        } else {
            lines.append("      ruff is not installed (scripts/setup installs it), so no lint findings")
        }
        return lines
    }
}
