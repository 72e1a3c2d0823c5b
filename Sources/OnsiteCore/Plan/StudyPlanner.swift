/// Builds an adaptive study plan from the bank's outline up to an interview.
///
/// The plan follows the outline (six weeks in the bundled bank) stretched or compressed onto the
/// weeks available; the last week is always mock interviews, scenario questions and a resume deep
/// dive. Each week is filled with bank items of its areas and kinds of work, within the hours given:
/// weak areas and the areas a job stresses get more of the week, easy foundations come first, no item
/// is planned twice and items already done are planned only when nothing else fits. Daily review runs
/// through the plan and mock interviews start about 60% of the way. The same request always gives the
/// same plan. See `docs/plan.md`.
///
/// ```swift
/// let plan = try StudyPlanner(bank: bank).plan(
///     PlanRequest(today: today, interviewDate: interview, hoursPerWeek: 6, job: profile))
/// for item in plan.items(on: today) { print(item.minutes, item.title) }
/// ```
public struct StudyPlanner: Sendable {
    /// The bank items, outline and areas plans are built from.
    public let bank: ContentBank

    /// The fewest days a plan can cover.
    public static let minimumDays = 7
    /// The most weeks a plan can cover.
    public static let maximumWeeks = 16
    /// The most hours per week a request may ask for (16 a day).
    public static let maximumHoursPerWeek = 112.0
    /// The most review minutes per day a request may ask for.
    public static let maximumReviewMinutesPerDay = 120

    /// Makes a planner over a bank that holds an outline of at least two weeks.
    public init(bank: ContentBank) { self.bank = bank }

    /// Builds the plan for `request`.
    ///
    /// - Throws: ``PlanError`` when the interview is in the past, less than 7 days or more than
    ///   16 weeks away, the hours or review minutes are out of range, or the bank has no outline.
    public func plan(_ request: PlanRequest) throws(PlanError) -> StudyPlan {
        try validate(request)
        guard let outline = bank.outline, outline.weeks.count >= 2 else {
            throw PlanError(
                .noOutline, "the bank has no study outline of at least two weeks (Content/plan/outline.yaml)")
        }
        let priorities = AreaPriorities(mastery: request.mastery, job: request.job)
        let titles = Dictionary(bank.areas.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let frames = PlanLayout.frames(for: request, outline: outline, priorities: priorities, areaTitles: titles)
        var builder = PlanBuilder(request: request, frames: frames, bank: bank, priorities: priorities)
        let weeks = builder.build()
        let mentioned = Set(weeks.flatMap { $0.areas + $0.items.compactMap(\.area) } + (request.job?.focusAreas ?? []))
        return StudyPlan(request: request, weeks: weeks, areaTitles: titles.filter { mentioned.contains($0.key) })
    }

    /// Checks the dates, hours and review minutes of a request.
    public func validate(_ request: PlanRequest) throws(PlanError) {
        let days = request.studyDays
        let dates = "the interview on \(request.interviewDate) is \(days) days after today (\(request.today))"
        if days < 0 {
            throw PlanError(
                .interviewInPast,
                "the interview date \(request.interviewDate) is in the past (today is \(request.today))")
        }
        if days < Self.minimumDays {
            throw PlanError(.tooSoon, "\(dates); a plan needs at least \(Self.minimumDays) days")
        }
        if days > Self.maximumWeeks * 7 {
            throw PlanError(
                .tooFar,
                "\(dates), more than \(Self.maximumWeeks) weeks; plan at most \(Self.maximumWeeks * 7) days ahead")
        }
        let hours = request.hoursPerWeek
        guard hours.isFinite, hours > 0, hours <= Self.maximumHoursPerWeek else {
            throw PlanError(
                .badHours,
                "hours per week must be more than 0 and at most \(Int(Self.maximumHoursPerWeek)), not \(hours)")
        }
        guard (0...Self.maximumReviewMinutesPerDay).contains(request.reviewMinutesPerDay) else {
            throw PlanError(
                .badReviewMinutes,
                "review minutes per day must be 0–\(Self.maximumReviewMinutesPerDay), not \(request.reviewMinutesPerDay)"
            )
        }
    }
}
