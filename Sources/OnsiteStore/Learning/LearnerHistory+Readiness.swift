public import Foundation
public import OnsiteCore

/// What `onsite plan` remembers: the interview date, the hours, the level and the job aimed at.
public struct PlanSettings: Hashable, Sendable, Codable {
    public var interviewDate: CalendarDay
    public var hoursPerWeek: Double
    public var level: Level
    public var job: JobProfile?

    public init(interviewDate: CalendarDay, hoursPerWeek: Double, level: Level, job: JobProfile?) {
        self.interviewDate = interviewDate
        self.hoursPerWeek = hoursPerWeek
        self.level = level
        self.job = job
    }

    /// The key the settings are stored under.
    public static let key = "plan"
}

/// Readiness as `onsite stats` and the dashboard show it.
public struct ReadinessSnapshot: Sendable {
    public var readiness: Readiness
    public var trend: ReadinessTrend
    /// The day recall is forecast for: the interview day of a plan still ahead, else today.
    public var recallOn: CalendarDay
}

extension LearnerHistory {
    /// The stored plan settings, or `nil` when no plan was made (or it cannot be read).
    public func planSettings() throws -> PlanSettings? {
        try store.setting(PlanSettings.key).flatMap { try? JSONDecoder().decode(PlanSettings.self, from: $0) }
    }

    /// Readiness now, with recall forecast for the interview day when a plan names one ahead;
    /// days are counted in `timeZone`.
    public func readiness(now: Date, timeZone: TimeZone = .current) throws -> ReadinessSnapshot {
        let utcOffsetSeconds = timeZone.secondsFromGMT(for: now)
        let today = CalendarDay.local(at: now, in: timeZone)
        let plan = try planSettings()
        let interviewDay = plan.map(\.interviewDate).flatMap { $0 > today ? $0 : nil }
        let recallOn = interviewDay ?? today
        let recallDay = interviewDay.map { Self.noon(of: $0, utcOffsetSeconds: utcOffsetSeconds) } ?? now
        let evidence = try readinessEvidence(recallOn: recallDay, now: now)
        let calculator = try ReadinessCalculator(
            areas: bank.areas.map(\.id), importance: Self.importance(plan?.job, areas: bank.areas.map(\.id)))
        let readiness = try calculator.readiness(from: evidence, asOf: ReviewCards.milliseconds(now))
        let trend = try ReadinessTrend(
            evidence, calculator: calculator, utcOffsetMilliseconds: Int64(utcOffsetSeconds) * 1000)
        return ReadinessSnapshot(readiness: readiness, trend: trend, recallOn: recallOn)
    }

    /// Job areas matter more; with no job description every area matters alike.
    static func importance(_ job: JobProfile?, areas: [String]) -> [String: Double] {
        guard let job, !job.areaWeights.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: areas.map { ($0, 0.5 + job.weight(of: $0)) })
    }

    static func noon(of day: CalendarDay, utcOffsetSeconds: Int) -> Date {
        let seconds = Double(day.daysSinceEpoch) * 86_400 + 12 * 3_600
        return Date(timeIntervalSince1970: seconds - Double(utcOffsetSeconds))
    }
}

extension LearnerHistory {
    /// Graded answers and exercise results as attempts, and each area's predicted recall on `day`.
    public func readinessEvidence(recallOn day: Date, now: Date) throws -> ReadinessEvidence {
        var attempts: [ScoredAttempt] = []
        for answer in try store.gradedAnswers(since: nil) {
            guard let score = answer.score else { continue }
            attempts.append(.answer(in: answer.area, score: score, at: ReviewCards.milliseconds(answer.submittedAt)))
        }
        for submission in try store.submissions(exerciseID: nil, limit: Int.max) {
            attempts.append(
                .exercise(
                    in: submission.area, score: submission.score, at: ReviewCards.milliseconds(submission.submittedAt)))
        }
        let deck = ReviewCards(store: store)
        var recall: [String: (sum: Double, cards: Int, due: Int)] = [:]
        for card in try deck.all() {
            // A card never recalled (a point missed and not yet reviewed) counts as forgotten.
            let probability = deck.scheduler.recall(of: card, on: ReviewCards.milliseconds(day)) ?? 0
            let area =
                bank.question(card.source.item)?.area ?? bank.snippet(card.source.item)?.area ?? card.source.item.area
            let due = deck.scheduler.isDue(card, at: ReviewCards.milliseconds(now)) ? 1 : 0
            recall[area, default: (0, 0, 0)].sum += probability
            recall[area, default: (0, 0, 0)].cards += 1
            recall[area, default: (0, 0, 0)].due += due
        }
        return ReadinessEvidence(
            attempts: attempts,
            recall: recall.mapValues {
                AreaRecall(probability: $0.sum / Double($0.cards), cards: $0.cards, dueCards: $0.due)
            })
    }
}

extension CalendarDay {
    /// The day `date` falls on in `timeZone` (the machine's by default).
    public static func local(at date: Date, in timeZone: TimeZone = .current) -> CalendarDay {
        CalendarDay(
            unixMilliseconds: Int64(date.timeIntervalSince1970 * 1000),
            utcOffsetMinutes: timeZone.secondsFromGMT(for: date) / 60)
    }
}
