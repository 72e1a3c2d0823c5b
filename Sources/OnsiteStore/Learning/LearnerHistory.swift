public import Foundation
public import OnsiteCore

/// What the history database says about the learner, in the values the core engines take.
public struct LearnerHistory: Sendable {
    public let store: SQLiteStore
    public let bank: ContentBank

    public init(store: SQLiteStore, bank: ContentBank) {
        self.store = store
        self.bank = bank
    }

    /// Mean score per area over graded answers and exercise submissions; absent areas have no evidence.
    public func mastery() throws -> [String: Double] {
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
    public func practisedWell() throws -> Set<ItemID> {
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

extension LearnerHistory {
    /// The study plan from `today` to the interview that `settings` name, planned with the
    /// learner's latest mastery and without what they already practised well.
    public func plan(with settings: PlanSettings, today: CalendarDay) throws -> StudyPlan {
        let request = PlanRequest(
            today: today, interviewDate: settings.interviewDate, hoursPerWeek: settings.hoursPerWeek,
            level: settings.level, job: settings.job, mastery: try mastery(), done: try practisedWell())
        return try StudyPlanner(bank: bank).plan(request)
    }

    /// Remembers `settings` as the learner's plan.
    public func remember(_ settings: PlanSettings) throws {
        try store.set(PlanSettings.key, to: try JSONEncoder().encode(settings))
    }
}
