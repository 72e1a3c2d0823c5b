extension PlanBuilder {
    /// The finished week: bank items given their days, everything sorted by day and slot.
    func finished(_ draft: WeekDraft) -> StudyWeek {
        let frame = draft.frame
        let entries = (draft.blocks + Self.scheduled(draft)).enumerated().sorted { lhs, rhs in
            (lhs.element.dayIndex ?? 0, lhs.element.slot.rawValue, lhs.offset)
                < (rhs.element.dayIndex ?? 0, rhs.element.slot.rawValue, rhs.offset)
        }.map(\.element)
        let items = entries.map { entry in
            PlanItem(
                kind: entry.kind, id: entry.id, title: entry.title, area: entry.area, minutes: entry.minutes,
                day: request.today.adding(days: entry.dayIndex ?? frame.firstDayIndex), reason: entry.reason,
                interviewFormat: entry.format)
        }
        var work = frame.work
        if items.contains(where: { $0.kind == .mock }) && !work.contains(.mock) { work.append(.mock) }
        let firstDay = request.today.adding(days: frame.firstDayIndex)
        return StudyWeek(
            number: frame.number, firstDay: firstDay, lastDay: firstDay.adding(days: frame.dayCount - 1),
            title: frame.title, areas: frame.areas, work: work, role: frame.role, outlineWeeks: frame.outlineWeeks,
            budgetMinutes: frame.budget, items: items)
    }

    /// Gives the week's bank items their days, in the order they were chosen: each goes on the first
    /// day from the previous item's day whose total stays within a day's share of the week; when none
    /// is left, on the least loaded day.
    static func scheduled(_ draft: WeekDraft) -> [PlanEntry] {
        let frame = draft.frame
        let share = Double(frame.budget) / Double(frame.dayCount)
        var load = frame.dayIndexes.map { day in
            draft.blocks.filter { $0.dayIndex == day }.reduce(0) { $0 + $1.minutes }
        }
        var cursor = 0
        var result: [PlanEntry] = []
        for var entry in draft.picks {
            let fits = (cursor..<load.count).first { Double(load[$0] + entry.minutes) <= share }
            let day = fits ?? load.indices.min { (load[$0], $0) < (load[$1], $1) } ?? 0
            cursor = max(cursor, day)
            load[day] += entry.minutes
            entry.dayIndex = frame.firstDayIndex + day
            result.append(entry)
        }
        return result
    }
}
