import Foundation
import OnsiteCore

/// Attempts at one question, side by side, and what changed since the last one.
enum PracticeOutput {
    /// One row per point, one column per attempt: ✓ covered, ~ partial, ✗ missed.
    static func sideBySide(_ attempts: [Judgement], dates: [Date]) -> String {
        guard let latest = attempts.last else { return "" }
        let formatter = DateFormatter()
        formatter.dateFormat = "MMM d"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        let shown = Array(zip(attempts, dates).suffix(6))
        let width = max(12, latest.points.map(\.id.count).max() ?? 0)
        var lines = ["Your attempts, oldest first:"]
        var header = "point".padding(toLength: width, withPad: " ", startingAt: 0)
        for (index, (_, date)) in shown.enumerated() {
            let label = index == shown.count - 1 ? "now" : formatter.string(from: date)
            header += "  " + label.padding(toLength: 6, withPad: " ", startingAt: 0)
        }
        lines.append(header)
        for point in latest.points {
            var row = point.id.padding(toLength: width, withPad: " ", startingAt: 0)
            for (judgement, _) in shown {
                let verdict = judgement.points.first { $0.id == point.id }?.verdict
                row += "  " + mark(verdict).padding(toLength: 6, withPad: " ", startingAt: 0)
            }
            lines.append(row)
        }
        var grades = "grade".padding(toLength: width, withPad: " ", startingAt: 0)
        for (judgement, _) in shown {
            grades += "  " + "\(judgement.grade)/4".padding(toLength: 6, withPad: " ", startingAt: 0)
        }
        lines.append(grades)
        return lines.joined(separator: "\n")
    }

    static func summary(_ comparison: AttemptComparison, colours: Bool) -> String {
        var lines: [String] = []
        let change = Int((comparison.scoreChange * 100).rounded())
        lines.append(
            Terminal.paint("Since your last attempt: ", .bold, when: colours)
                + (change == 0 ? "the same score" : "\(change > 0 ? "+" : "")\(change) points of score"))
        if !comparison.improved.isEmpty {
            lines.append(
                Terminal.paint("  better now: ", .green, when: colours) + comparison.improved.joined(separator: ", "))
        }
        if !comparison.worsened.isEmpty {
            lines.append(
                Terminal.paint("  said less now: ", .red, when: colours) + comparison.worsened.joined(separator: ", "))
        }
        if !comparison.stillOpen.isEmpty {
            lines.append(
                Terminal.paint("  still open: ", .yellow, when: colours) + comparison.stillOpen.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ judgement: Judgement, comparison: AttemptComparison?, attempts: Int) throws -> String {
        struct Output: Encodable {
            var judgement: JSONJudgement
            var attempts: Int
            var improved: [String]?
            var worsened: [String]?
            var stillOpen: [String]?
            var scoreChange: Double?
        }
        let output = Output(
            judgement: JSONJudgement(judgement), attempts: attempts, improved: comparison?.improved,
            worsened: comparison?.worsened, stillOpen: comparison?.stillOpen, scoreChange: comparison?.scoreChange)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }

    private static func mark(_ verdict: PointJudgement.Verdict?) -> String {
        switch verdict {
        case .covered: "✓"
        case .partial: "~"
        case .missed: "✗"
        case nil: "·"
        }
    }
}
