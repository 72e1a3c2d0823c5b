import Foundation
import OnsiteCore
import OnsiteStore

/// What the history database says about the learner, in the values the core engines take.
struct LearnerHistory {
    let store: SQLiteStore
    let bank: ContentBank

    /// Mean score per area over graded answers and exercise submissions; absent areas have no evidence.
    func mastery() throws -> [String: Double] {
        var sums: [String: (total: Double, count: Int)] = [:]
        for answer in try store.gradedAnswers(since: nil) {
            guard let score = answer.score else { continue }
            sums[answer.area, default: (0, 0)].total += score
            sums[answer.area, default: (0, 0)].count += 1
        }
        for submission in try store.submissions(exerciseID: nil, limit: Int.max) {
            sums[submission.area, default: (0, 0)].total += submission.score
            sums[submission.area, default: (0, 0)].count += 1
        }
        return sums.mapValues { $0.total / Double($0.count) }
    }

    /// Questions answered with a grade of 3 or more, and exercises passed: not planned again.
    func practisedWell() throws -> Set<ItemID> {
        var done = Set<ItemID>()
        for answer in try store.gradedAnswers(since: nil) where (answer.grade ?? 0) >= 3 {
            if let id = ItemID(answer.questionID) { done.insert(id) }
        }
        for submission in try store.submissions(exerciseID: nil, limit: Int.max) where submission.passed {
            if let id = ItemID(submission.exerciseID) { done.insert(id) }
        }
        return done
    }
}

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
