extension InterviewReport {
    /// The report as a Markdown document.
    public var markdown: String {
        var lines: [String] = []
        lines.append("# Mock interview report")
        lines.append("")
        lines.append("Interview `\(interviewID)`: \(format.rawValue) format, \(level.rawValue) level.")
        lines.append("")
        lines.append(
            "**Hiring signal: \(hiringSignal.signal.rawValue)** (scale: \(hiringSignal.scale.joined(separator: " · ")))"
        )
        lines.append("")
        for step in hiringSignal.derivation { lines.append("- \(step)") }
        lines.append("")
        lines.append("## Assessments")
        lines.append("")
        lines.append("| assessment | score | grade |")
        lines.append("|---|---|---|")
        for assessment in assessments {
            lines.append("| \(assessment.name) | \(Self.percent(assessment.score)) | \(assessment.grade)/4 |")
        }
        for assessment in assessments {
            lines.append("")
            lines.append("### \(assessment.name)")
            lines.append("")
            for item in assessment.items {
                let result: String =
                    if let score = item.score {
                        item.skipped ? "skipped" : "\(Self.percent(score)), grade \(item.grade ?? 0)/4"
                    } else {
                        "not reached"
                    }
                var notes: [String] = []
                if item.followUps > 0 { notes.append("\(item.followUps) follow-up(s)") }
                if item.overTime { notes.append("over time") }
                let suffix = notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"
                lines.append("- `\(item.id)` \(item.title): \(result)\(suffix)")
                for part in item.parts ?? [] {
                    let mark = part.verdict == .covered ? "✓" : part.verdict == .partial ? "~" : "✗"
                    lines.append("  - \(mark) \(part.part.rawValue)" + (part.quote.map { ": \"\($0)\"" } ?? ""))
                }
            }
        }
        lines.append("")
        lines.append("## Dimensions")
        lines.append("")
        lines.append("| dimension | score | based on |")
        lines.append("|---|---|---|")
        for dimension in dimensions {
            lines.append(
                "| \(dimension.name) | \(dimension.score.map(Self.percent) ?? "not measured") | \(dimension.basis) |")
        }
        lines.append("")
        lines.append("## Strengths")
        lines.append("")
        if strengths.isEmpty { lines.append("None stood out yet.") }
        for strength in strengths { lines.append(Self.line(strength)) }
        lines.append("")
        lines.append("## Gaps")
        lines.append("")
        if gaps.isEmpty { lines.append("No important point was missed.") }
        for gap in gaps { lines.append(Self.line(gap)) }
        lines.append("")
        lines.append("## Study next")
        lines.append("")
        if studyNext.isEmpty { lines.append("Nothing urgent: take another mock interview in a different format.") }
        for item in studyNext {
            let command =
                switch item.kind {
                case .exercise: "onsite exercise start \(item.id)"
                case .question: "onsite grade --question \(item.id)"
                case .resume: "onsite resume FILE --round"
                }
            lines.append("- `\(item.id)` \(item.title): \(item.reason) (`\(command)`)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ observation: Observation) -> String {
        var line = "- `\(observation.item)` **\(observation.point)**: \(observation.detail)"
        if let quote = observation.quote { line += "\n  > \(quote)" }
        return line
    }
}
