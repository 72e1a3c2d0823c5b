extension PlanBuilder {
    /// The titles of the blocks that are not bank items.
    enum BlockTitle {
        static let review = "Daily review: the cards due today"
        static let resume = "Resume deep dive: for every line, the problem, why this approach, the scale and the impact"
        static let three = "Mock interview: three assessments (architecture, Python, problem solving)"
        static let loop = "Mock interview: the full five-round loop"
        static let drill = "Mock drill: "
    }

    /// The order mock interviews take: a three-assessment mock, a drill, the full loop, a drill.
    static let mockRotation: [InterviewFormat] = [.three, .drill, .loop, .drill]

    /// Minutes of review a day in this week: the requested minutes (twice that in a consolidation week),
    /// never more than a third of a day's share of the hours.
    func reviewMinutes(in frame: WeekFrame) -> Int {
        guard frame.work.contains(.review), request.reviewMinutesPerDay > 0 else { return 0 }
        let wanted = request.reviewMinutesPerDay * (frame.role == .consolidation ? 2 : 1)
        let minutes = min(wanted, Int(request.hoursPerWeek * 60 / 7 / 3))
        return minutes >= min(5, wanted) ? minutes : 0
    }

    /// A review block on every day of the week.
    mutating func placeReview(in week: Int) {
        let minutes = reviewMinutes(in: drafts[week].frame)
        guard minutes > 0 else { return }
        for day in drafts[week].frame.dayIndexes where minutes <= drafts[week].remaining {
            place(
                PlanEntry(
                    kind: .review, id: nil, title: BlockTitle.review, area: nil, minutes: minutes, reason: .dailyReview,
                    format: nil, slot: .review, dayIndex: day), in: week)
        }
    }

    /// The resume deep dive on the first day of a week that plans one: 45 minutes, less if the week is short.
    mutating func placeResume(in week: Int) {
        let frame = drafts[week].frame
        guard frame.work.contains(.resume),
            let minutes = [45, 30, 20].first(where: { $0 <= drafts[week].remaining })
        else { return }
        place(
            PlanEntry(
                kind: .resume, id: nil, title: BlockTitle.resume, area: nil, minutes: minutes, reason: .resumeDeepDive,
                format: nil, slot: .resume, dayIndex: frame.firstDayIndex), in: week)
    }

    /// The first mock interviews, from 60% of the way: every third day before the last week, taking at
    /// most 30% of the week; every day of the last week, taking at most half of what is left of it
    /// (but at least one when one fits).
    mutating func placeFirstMocks(in week: Int) {
        let frame = drafts[week].frame
        let days = frame.dayIndexes.filter { $0 >= mockStart }
        if frame.role == .interviews {
            let cap = drafts[week].remaining / 2
            var spent = 0
            for day in days {
                let limit = spent == 0 ? drafts[week].remaining : min(drafts[week].remaining, cap - spent)
                guard let mock = nextMock(fitting: limit, week: week, day: day) else { break }
                spent += mock.minutes
                place(mock, in: week)
            }
        } else {
            let cap = frame.budget * 3 / 10
            var spent = 0
            for day in days where (day - mockStart) % 3 == 0 {
                guard let mock = nextMock(fitting: min(drafts[week].remaining, cap - spent), week: week, day: day)
                else { break }
                spent += mock.minutes
                place(mock, in: week)
            }
        }
    }

    /// More mock interviews where the bank left the week short: up to one a day from 60% of the way,
    /// two a day in the last week, each day given one before any day gets two.
    mutating func placeExtraMocks(in week: Int) {
        let frame = drafts[week].frame
        let days = frame.dayIndexes.filter { $0 >= mockStart }
        let perDay = frame.role == .interviews ? 2 : 1
        for round in 1...perDay {
            for day in days where drafts[week].blockCount(.mock, on: day) < round {
                guard let mock = nextMock(fitting: drafts[week].remaining, week: week, day: day) else { return }
                place(mock, in: week)
            }
        }
    }

    /// The next mock interview of the rotation that fits in `limit` minutes, or `nil` when none fits.
    mutating func nextMock(fitting limit: Int, week: Int, day: Int) -> PlanEntry? {
        guard limit >= Self.drillMinutes else { return nil }
        var format = Self.mockRotation[mockCount % Self.mockRotation.count]
        let area = drillArea(for: week)
        if format != .drill && limit < Self.mockMinutes { format = .drill }
        if format == .drill && area == nil {
            guard limit >= Self.mockMinutes else { return nil }
            format = .three
        }
        mockCount += 1
        switch format {
        case .drill:
            drillCount += 1
            let area = area ?? ""
            return PlanEntry(
                kind: .mock, id: nil, title: BlockTitle.drill + (areaTitles[area] ?? area), area: area,
                minutes: Self.drillMinutes, reason: .mockInterview, format: .drill, slot: .mock, dayIndex: day)
        case .three, .loop:
            return PlanEntry(
                kind: .mock, id: nil, title: format == .three ? BlockTitle.three : BlockTitle.loop, area: nil,
                minutes: Self.mockMinutes, reason: .mockInterview, format: format, slot: .mock, dayIndex: day)
        }
    }

    /// The area of the next drill: the week's areas, then the areas studied before it, heavier first, in turn.
    func drillArea(for week: Int) -> String? {
        let current = priorities.ranked(drafts[week].frame.areas)
        let before = priorities.ranked(PlanLayout.unique(drafts[..<week].flatMap(\.frame.areas)))
        let areas = PlanLayout.unique(current + before).filter(drillAreas.contains)
        return areas.isEmpty ? nil : areas[drillCount % areas.count]
    }

    /// Places a block, taking its minutes from the week.
    mutating func place(_ block: PlanEntry, in week: Int) {
        drafts[week].blocks.append(block)
        drafts[week].remaining -= block.minutes
    }
}
