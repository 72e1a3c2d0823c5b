import Foundation
import OnsiteCore

/// What the terminal interview prints: the question with where the interview stands, and the feedback.
struct InterviewOutput {
    var colours: Bool

    func paint(_ text: String, _ style: Terminal.Style) -> String { Terminal.paint(text, style, when: colours) }

    func prompt(_ progress: InterviewProgress, exercise: Exercise?, module: String?) -> String {
        var lines: [String] = [""]
        var header =
            "\(progress.assessmentName) · assessment \(progress.assessmentNumber) of \(progress.assessmentCount)"
        header += " · \(Self.noun(progress.kind))"
        header += " \(progress.itemNumber) of \(progress.itemCount)"
        if progress.followUp > 0 { header += " · follow-up \(progress.followUp)" }
        if let left = progress.itemMillisecondsLeft { header += " · \(Self.clock(left)) for this question" }
        if let left = progress.interviewMillisecondsLeft { header += " · \(Self.clock(left)) left in all" }
        lines.append(paint(header, .dim))
        if progress.followUp == 0 {
            lines.append(
                paint(
                    "\(Self.noun(progress.kind)) \(progress.itemID): \(progress.title)",
                    .bold))
        }
        lines.append("")
        lines.append(progress.prompt.trimmingCharacters(in: .whitespacesAndNewlines))
        if let exercise, let module, let starter = exercise.starterContents(of: module) {
            lines.append("")
            lines.append(paint("Starter code (\(module)); answer with the whole file:", .dim))
            lines.append(starter)
        }
        lines.append("")
        lines.append(
            paint(
                Terminal.isInteractive
                    ? "Answer (end with an empty line or Ctrl-D; `skip` to skip; Ctrl-C saves and leaves):"
                    : "Answer (end with a line holding only ---):", .cyan))
        return lines.joined(separator: "\n")
    }

    func feedback(_ turn: Turn, rubric: Rubric?) -> String {
        if turn.skipped { return paint("Skipped.", .yellow) }
        if let outcome = turn.exercise {
            var lines = [paint("Checks passed: \(outcome.checksPassed) of \(outcome.checks)", .bold)]
            lines += outcome.summary.map { "  " + $0 }
            if let findings = outcome.lintFindings { lines.append("  ruff findings: \(findings)") }
            return lines.joined(separator: "\n")
        }
        guard let judgement = turn.judgement, let rubric else { return "" }
        var judged = judgement
        judged.followUp = nil
        return JudgementOutput.text(judged, rubric: rubric, colours: colours)
    }

    static func noun(_ kind: PlannedItem.Kind) -> String {
        switch kind {
        case .question: "Question"
        case .exercise: "Exercise"
        case .resume: "Resume bullet"
        }
    }

    static func clock(_ milliseconds: Int64) -> String {
        let seconds = Int(milliseconds / 1000)
        return String(format: "%d:%02d", seconds / 60, seconds % 60)
    }
}
