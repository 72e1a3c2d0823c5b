import Foundation
import OnsiteCore
import OnsiteStore

/// Today's part of a plan, for `onsite plan --today`.
enum PlanOutput {
    static func today(_ plan: StudyPlan, day: CalendarDay) -> String {
        let items = plan.items(on: day)
        guard let week = plan.week(containing: day) else {
            return "Today (\(day)) is outside the plan, which runs to \(plan.request.interviewDate)."
        }
        var lines = [
            "Today, \(day): week \(week.number) of \(plan.weeks.count), \(week.title)",
            "Interview on \(plan.request.interviewDate), in \(day.days(until: plan.request.interviewDate)) day(s).",
            "",
        ]
        if items.isEmpty { lines.append("Nothing planned today: a rest day.") }
        for item in items {
            let id = item.id.map { " (\($0))" } ?? ""
            lines.append(
                "- [ ] \(item.minutes) min  \(item.kind.rawValue): \(item.title)\(id)  · \(item.reason.rawValue)")
        }
        let minutes = items.reduce(0) { $0 + $1.minutes }
        lines.append("")
        lines.append("\(minutes) minutes in all. Start with: \(Self.command(for: items.first))")
        return lines.joined(separator: "\n")
    }

    /// The command that starts an item.
    static func command(for item: PlanItem?) -> String {
        guard let item else { return "`onsite review`" }
        switch item.kind {
        case .review: return "`onsite review`"
        case .mock: return "`onsite interview --format \(item.interviewFormat?.rawValue ?? "three")`"
        case .exercises: return item.id.map { "`onsite exercise start \($0)`" } ?? "`onsite exercise list`"
        case .resume: return "`onsite resume YOUR-RESUME.md`"
        default: return item.id.map { "`onsite practice \($0)`" } ?? "`onsite practice`"
        }
    }
}
