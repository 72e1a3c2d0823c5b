/// What a study plan is built for: the dates, the time available, the level and what is known of the candidate.
public struct PlanRequest: Hashable, Sendable, Codable {
    /// The first day of the plan, in the user's time zone.
    public var today: CalendarDay
    /// The day of the interview; the plan ends the day before it.
    public var interviewDate: CalendarDay
    /// The hours the candidate can study in a week; a partial week gets its share by days.
    public var hoursPerWeek: Double
    /// The level the candidate practises at: mid-level candidates get mid items first, seniors senior
    /// items after a few mid foundations.
    public var level: Level
    /// The job the plan aims at, if any: the areas it names weigh more and, in short plans, come first.
    public var job: JobProfile?
    /// Mastery per area id, 0 (weak) to 1 (mastered); an area left out has no evidence yet and counts as 0.5.
    public var mastery: [String: Double]
    /// Items already practised well: not planned again unless nothing else fits.
    public var done: Set<ItemID>
    /// The minutes of review (flash cards due today) planned every day.
    public var reviewMinutesPerDay: Int

    /// Makes a request; only the dates and the hours have no default.
    public init(
        today: CalendarDay, interviewDate: CalendarDay, hoursPerWeek: Double, level: Level = .senior,
        job: JobProfile? = nil, mastery: [String: Double] = [:], done: Set<ItemID> = [],
        reviewMinutesPerDay: Int = 10
    ) {
        self.today = today
        self.interviewDate = interviewDate
        self.hoursPerWeek = hoursPerWeek
        self.level = level
        self.job = job
        self.mastery = mastery
        self.done = done
        self.reviewMinutesPerDay = reviewMinutesPerDay
    }

    /// The number of days to study: from today up to the day before the interview.
    public var studyDays: Int { today.days(until: interviewDate) }
}

/// A study plan cannot be built as asked.
public struct PlanError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, as a stable code.
    public enum Code: String, Hashable, Sendable, Codable {
        /// The interview date is before today.
        case interviewInPast = "interview-in-past"
        /// The interview is less than 7 days away.
        case tooSoon = "too-soon"
        /// The interview is more than 16 weeks away.
        case tooFar = "too-far"
        /// The hours per week are not a number between 0 (excluded) and 112.
        case badHours = "bad-hours"
        /// The daily review minutes are negative or more than two hours.
        case badReviewMinutes = "bad-review-minutes"
        /// The bank has no outline of at least two weeks to build the plan from.
        case noOutline = "no-outline"
    }

    /// What is wrong.
    public var code: Code
    /// One readable sentence that says what is wrong and with which value.
    public var message: String

    /// Makes an error from its code and message.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
