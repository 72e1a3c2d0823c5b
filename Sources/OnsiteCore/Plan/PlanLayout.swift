/// A week of a plan before its items: its days, focus, kinds of work and budget.
struct WeekFrame: Hashable, Sendable {
    var number: Int
    /// The number of days from the plan's first day to the week's first day.
    var firstDayIndex: Int
    var dayCount: Int
    var title: String
    var areas: [String]
    var work: [WorkKind]
    var role: StudyWeek.Role
    var outlineWeeks: [Int]
    /// The week's minutes: the hours per week prorated by its days.
    var budget: Int
    /// For a week that is one part of a stretched outline week, the parts from this one to the last:
    /// the week takes only its share of what the bank holds for those areas. 1 otherwise.
    var partsLeft = 1

    /// The day indexes (from the plan's first day) the week covers.
    var dayIndexes: Range<Int> { firstDayIndex..<(firstDayIndex + dayCount) }
}

/// Lays the outline onto the weeks between today and the interview.
///
/// The last week always follows the outline's last week (mock interviews). The other weeks follow
/// the outline's other weeks in order: one to one when there are as many, merged when there are
/// fewer, stretched over several weeks with consolidation weeks added when there are more.
enum PlanLayout {
    /// What one of the weeks before the last follows.
    enum Slot: Hashable, Sendable {
        /// Outline weeks (indexes into the outline's weeks) and, for a stretched week, which part it is.
        case outline([Int], part: Int, of: Int)
        /// A consolidation week.
        case consolidation
    }

    /// A job area at least this heavy is "named by the job" and, in short plans, moves to the first week.
    static let jobFocusThreshold = 0.5
    /// The number of areas a consolidation week takes up.
    static let consolidationAreaCount = 4

    /// The length of each week: 7 days each, the last one partial; a 7-day plan is split 4 + 3.
    static func weekLengths(days: Int) -> [Int] {
        if days == 7 { return [4, 3] }
        if days < 14 { return [7, days - 7] }
        let rest = days % 7
        return Array(repeating: 7, count: days / 7) + (rest > 0 ? [rest] : [])
    }

    /// What each of `weeks` weeks before the last follows, for an outline of `outlineWeeks` weeks before its last.
    static func slots(weeks: Int, outlineWeeks: Int) -> [Slot] {
        let (n, m) = (weeks, outlineWeeks)
        if n <= m {
            return (0..<n).map { j in .outline(Array((j * m / n)..<((j + 1) * m / n)), part: 1, of: 1) }
        }
        let consolidations = max(1, n / 6)
        let stretched = n - consolidations
        let after = Set(
            (1...consolidations).map { Int((Double($0 * m) / Double(consolidations)).rounded()) - 1 })
        var slots: [Slot] = []
        for week in 0..<m {
            let parts = (0..<stretched).filter { $0 * m / stretched == week }.count
            slots += (1...max(1, parts)).map { .outline([week], part: $0, of: max(1, parts)) }
            if after.contains(week) { slots.append(.consolidation) }
        }
        return slots
    }

    /// The weeks of a plan for `request`, from the outline, with their areas ordered for the job.
    static func frames(
        for request: PlanRequest, outline: PlanOutline, priorities: AreaPriorities, areaTitles: [String: String] = [:]
    ) -> [WeekFrame] {
        let outlineWeeks = outline.weeks.sorted { $0.week < $1.week }
        let study = Array(outlineWeeks.dropLast())
        let last = outlineWeeks[outlineWeeks.count - 1]
        let lengths = weekLengths(days: request.studyDays)
        let slots = slots(weeks: lengths.count - 1, outlineWeeks: study.count)
        let budgets = lengths.map { Int((request.hoursPerWeek * 60 * Double($0) / 7).rounded(.down)) }

        var frames: [WeekFrame] = []
        var firstDay = 0
        var studied: [String] = []
        var consolidated = Set<String>()
        for (index, slot) in slots.enumerated() {
            var frame = WeekFrame(
                number: index + 1, firstDayIndex: firstDay, dayCount: lengths[index], title: "", areas: [], work: [],
                role: .study, outlineWeeks: [], budget: budgets[index])
            switch slot {
            case .outline(let indexes, let part, let parts):
                let weeks = indexes.map { study[$0] }
                frame.title = weeks.map(\.title).joined(separator: "; ")
                if parts > 1 { frame.title += " (part \(part) of \(parts))" }
                frame.partsLeft = parts - part + 1
                frame.areas = unique(weeks.flatMap(\.areas))
                frame.work = unique(weeks.flatMap(\.work))
                frame.outlineWeeks = weeks.map(\.week)
            case .consolidation:
                frame.title = "Consolidation: weak spots, unfinished areas and review"
                frame.areas = consolidationAreas(studied: studied, consolidated: consolidated, priorities: priorities)
                consolidated.formUnion(frame.areas)
                frame.work = [.questions, .snippets, .exercises, .review]
                frame.role = .consolidation
            }
            studied = unique(studied + frame.areas)
            frames.append(frame)
            firstDay += lengths[index]
        }
        frames.append(
            WeekFrame(
                number: lengths.count, firstDayIndex: firstDay, dayCount: lengths[lengths.count - 1],
                title: last.title, areas: last.areas, work: last.work, role: .interviews, outlineWeeks: [last.week],
                budget: budgets[budgets.count - 1]))
        if slots.count < study.count {
            moveJobAreasForward(in: &frames, outline: study, priorities: priorities, areaTitles: areaTitles)
        }
        return frames
    }

    /// The areas a consolidation week takes up: the heaviest of the areas studied so far (weak and job
    /// areas first), an area already consolidated counting half, so a second consolidation week moves on.
    static func consolidationAreas(
        studied: [String], consolidated: Set<String>, priorities: AreaPriorities
    ) -> [String] {
        let score = { (area: String) in priorities.weight(of: area) * (consolidated.contains(area) ? 0.5 : 1) }
        let ranked = studied.enumerated().sorted { lhs, rhs in
            let (left, right) = (score(lhs.element), score(rhs.element))
            return left != right ? left > right : lhs.offset < rhs.offset
        }
        return Array(ranked.map(\.element).prefix(consolidationAreaCount))
    }

    /// In a short plan, moves the areas the job stresses to the front of the first week, heaviest first,
    /// with the kinds of work they came with.
    static func moveJobAreasForward(
        in frames: inout [WeekFrame], outline: [PlanWeek], priorities: AreaPriorities, areaTitles: [String: String]
    ) {
        let studyWeeks = frames.indices.filter { frames[$0].role == .study }
        guard let first = studyWeeks.first else { return }
        let candidates = unique(studyWeeks.flatMap { frames[$0].areas })
        let moved = candidates.filter { priorities.jobWeight(of: $0) >= jobFocusThreshold }
            .sorted { (priorities.jobWeight(of: $1), $0) < (priorities.jobWeight(of: $0), $1) }
        guard !moved.isEmpty else { return }
        for week in studyWeeks.dropFirst() {
            let leaving = frames[week].areas.filter(moved.contains)
            guard !leaving.isEmpty else { continue }
            let work = outline.filter { !Set($0.areas).isDisjoint(with: leaving) }.flatMap(\.work)
            frames[first].work = unique(frames[first].work + work)
            frames[week].areas.removeAll(where: moved.contains)
        }
        frames[first].areas = moved + frames[first].areas.filter { !moved.contains($0) }
        let names = moved.map { areaTitles[$0] ?? $0 }.joined(separator: ", ")
        frames[first].title = "First what the job stresses (\(names)), then: " + frames[first].title
    }

    /// The elements of `list` without repeats, in first-seen order.
    static func unique<Element: Hashable>(_ list: [Element]) -> [Element] {
        var seen = Set<Element>()
        return list.filter { seen.insert($0).inserted }
    }
}
