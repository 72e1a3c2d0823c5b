/// A week-by-week study plan up to an interview, built by ``StudyPlanner``.
///
/// Re-balancing is re-planning: build a new plan from today with the updated mastery and done items.
public struct StudyPlan: Hashable, Sendable, Codable {
    /// The request the plan was built for.
    public var request: PlanRequest
    /// The weeks, in order; the last one is the mock-interview week.
    public var weeks: [StudyWeek]
    /// The titles of the areas the plan mentions, by id, for display.
    public var areaTitles: [String: String]

    /// Makes a plan from its parts (``StudyPlanner/plan(_:)`` is the usual way to get one).
    public init(request: PlanRequest, weeks: [StudyWeek], areaTitles: [String: String] = [:]) {
        self.request = request
        self.weeks = weeks
        self.areaTitles = areaTitles
    }

    /// Every item of the plan, in day order.
    public var items: [PlanItem] { weeks.flatMap(\.items) }

    /// The items planned on `day`, in the order to do them (review first, mock interviews last).
    public func items(on day: CalendarDay) -> [PlanItem] {
        week(containing: day)?.items.filter { $0.day == day } ?? []
    }

    /// The week that contains `day`, if the plan covers it.
    public func week(containing day: CalendarDay) -> StudyWeek? {
        weeks.first { $0.firstDay <= day && day <= $0.lastDay }
    }

    /// The minutes planned over the whole plan.
    public var totalMinutes: Int { weeks.reduce(0) { $0 + $1.plannedMinutes } }

    /// The title of an area, or its id when the plan does not know it.
    public func title(ofArea area: String) -> String { areaTitles[area] ?? area }
}

/// One week of a study plan: its days, focus and items.
public struct StudyWeek: Hashable, Sendable, Codable {
    /// What a week is for.
    public enum Role: String, Hashable, Sendable, Codable {
        /// Study of the areas of one or more weeks of the outline.
        case study
        /// A long plan's week for weak and unfinished areas, with more review.
        case consolidation
        /// The last week: mock interviews, scenario questions and the resume deep dive.
        case interviews
    }

    /// The week number, from 1.
    public var number: Int
    /// The first day of the week.
    public var firstDay: CalendarDay
    /// The last day of the week (the day before the interview for the last week).
    public var lastDay: CalendarDay
    /// What the week is about.
    public var title: String
    /// The areas the week focuses on, in the order they are worked on.
    public var areas: [String]
    /// The kinds of work planned in the week.
    public var work: [WorkKind]
    /// What the week is for.
    public var role: Role
    /// The numbers of the outline weeks the week follows; empty for a consolidation week.
    public var outlineWeeks: [Int]
    /// The minutes available in the week: the hours per week prorated by the week's days.
    public var budgetMinutes: Int
    /// The items, by day; within a day, review first and mock interviews last.
    public var items: [PlanItem]

    /// Makes a week from its parts.
    public init(
        number: Int, firstDay: CalendarDay, lastDay: CalendarDay, title: String, areas: [String], work: [WorkKind],
        role: Role, outlineWeeks: [Int], budgetMinutes: Int, items: [PlanItem]
    ) {
        self.number = number
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.title = title
        self.areas = areas
        self.work = work
        self.role = role
        self.outlineWeeks = outlineWeeks
        self.budgetMinutes = budgetMinutes
        self.items = items
    }

    /// The number of days in the week, 1–7.
    public var dayCount: Int { firstDay.days(until: lastDay) + 1 }

    /// The days of the week, in order.
    public var days: [CalendarDay] { (0..<dayCount).map { firstDay.adding(days: $0) } }

    /// The minutes of all the week's items.
    public var plannedMinutes: Int { items.reduce(0) { $0 + $1.minutes } }
}

/// One thing to do on one day: a bank item, a review or mock-interview block, or the resume deep dive.
public struct PlanItem: Hashable, Sendable, Codable {
    /// The kind of work.
    public var kind: WorkKind
    /// The bank item; `nil` for review, mock-interview and resume blocks.
    public var id: ItemID?
    /// What to show: the item's title or what the block is.
    public var title: String
    /// The item's area, or the area of a drill; `nil` for blocks that span areas.
    public var area: String?
    /// The minutes planned.
    public var minutes: Int
    /// The day it is planned on.
    public var day: CalendarDay
    /// Why it is in the plan.
    public var reason: PlanReason
    /// The format to run a mock-interview block in (`onsite interview --format …`); `nil` otherwise.
    public var interviewFormat: InterviewFormat?

    /// Makes an item from its parts.
    public init(
        kind: WorkKind, id: ItemID?, title: String, area: String?, minutes: Int, day: CalendarDay,
        reason: PlanReason, interviewFormat: InterviewFormat? = nil
    ) {
        self.kind = kind
        self.id = id
        self.title = title
        self.area = area
        self.minutes = minutes
        self.day = day
        self.reason = reason
        self.interviewFormat = interviewFormat
    }
}

/// Why an item is in a plan, in a few words a user can read.
public enum PlanReason: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The candidate's mastery of the area is low.
    case weakArea = "weak area"
    /// The job description stresses the area.
    case namedByJob = "named by the job description"
    /// An easy item that lays the ground for the area.
    case foundations
    /// The week's focus, at the candidate's level.
    case weekFocus = "this week's focus"
    /// A senior item for a mid-level candidate, once the mid items are planned.
    case stepUp = "a step up"
    /// A consolidation week's item in a studied area.
    case consolidation
    /// Fills a week whose own areas have nothing left that fits.
    case extraPractice = "extra practice"
    /// Practised well before; planned only because nothing else fits.
    case practisedBefore = "practised before, nothing else fits"
    /// The daily review of cards due.
    case dailyReview = "daily review"
    /// A mock interview under time pressure.
    case mockInterview = "mock interview"
    /// The resume deep dive of the last week.
    case resumeDeepDive = "resume deep dive"

    /// The reason in words.
    public var description: String { rawValue }
}
