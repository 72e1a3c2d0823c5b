public import Foundation
public import OnsiteCore

/// The user's review deck in the database: cards encoded as JSON, scheduled with FSRS-6.
public struct ReviewCards: Sendable {
    public let store: SQLiteStore
    public var scheduler: ReviewScheduler

    public init(store: SQLiteStore, scheduler: ReviewScheduler = ReviewScheduler()) {
        self.store = store
        self.scheduler = scheduler
    }

    public static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// How many cards are due at `date`.
    public func dueCount(at date: Date) throws -> Int {
        scheduler.dueCards(try all(), at: Self.milliseconds(date)).count
    }

    /// Every card in the deck, by id.
    public func all() throws -> [ReviewCard] {
        try store.cards().map { stored in
            do {
                return try JSONDecoder().decode(ReviewCard.self, from: stored.state)
            } catch {
                throw StoreError(
                    .queryFailed, path: store.path,
                    "the review card \(stored.id) in \(store.path) cannot be read by this version of onsite")
            }
        }
    }

    /// Adds cards that do not exist yet (existing cards keep their schedule); returns how many were new.
    @discardableResult
    public func add(_ sources: [CardSource], at date: Date) throws -> Int {
        let existing = Set(try store.cards().map(\.id))
        var seen = existing
        let fresh = sources.filter { seen.insert($0.cardID).inserted }.map {
            ReviewCard.new($0, at: Self.milliseconds(date))
        }
        try store.save(cards: try fresh.map(Self.stored))
        return fresh.count
    }

    /// Updates the deck after a graded answer, which is itself an act of recall: the question's
    /// card is reviewed with the rating the grade earns (and created if needed), each point
    /// already in the deck is reviewed with what the answer showed of it, and each point missed
    /// or partial that has no card yet gets a new one, due now. Returns how many cards are new.
    @discardableResult
    public func addCards(for judgement: Judgement, question: ItemID, at date: Date) throws -> Int {
        let now = Self.milliseconds(date)
        let existing = Dictionary(try all().map { ($0.id, $0) }) { first, _ in first }
        var changed: [ReviewCard] = []
        var fresh = 0
        let questionCard =
            existing[CardSource.question(question).cardID] ?? ReviewCard.new(.question(question), at: now)
        changed.append(scheduler.review(questionCard, rating: Rating(grade: judgement.grade), at: now).card)
        for point in judgement.points {
            let source = CardSource.point(question, point: point.id)
            if let card = existing[source.cardID] {
                let rating: Rating =
                    switch point.verdict {
                    case .covered: .good
                    case .partial: .hard
                    case .missed: .again
                    }
                changed.append(scheduler.review(card, rating: rating, at: now).card)
            } else if point.verdict != .covered {
                changed.append(ReviewCard.new(source, at: now))
                fresh += 1
            }
        }
        try store.save(cards: try changed.map(Self.stored))
        return fresh
    }

    /// Reschedules `card` after a review and stores the review with the card's new state, atomically.
    public func record(
        _ card: ReviewCard, rating: Rating, suggested: Rating?, answer: String, at date: Date
    ) throws -> ReviewOutcome {
        let outcome = scheduler.review(card, rating: rating, at: Self.milliseconds(date))
        _ = try store.record(
            StoredReview(
                cardID: card.id, reviewedAt: date, rating: rating.rawValue, suggestedRating: suggested?.rawValue,
                answer: answer, log: try JSONEncoder().encode(outcome.log)),
            updating: try Self.stored(outcome.card))
        return outcome
    }

    public static func stored(_ card: ReviewCard) throws -> StoredCard {
        StoredCard(
            id: card.id, due: Date(timeIntervalSince1970: Double(card.due) / 1000),
            state: try JSONEncoder().encode(card))
    }
}

/// The review settings a learner keeps: the target retention FSRS schedules for.
public struct ReviewSettings: Hashable, Sendable, Codable {
    public var desiredRetention: Double

    public init(desiredRetention: Double) {
        self.desiredRetention = desiredRetention
    }

    /// The key the settings are stored under.
    public static let key = "review"
}

extension ReviewCards {
    /// The deck in `store`, scheduled with the learner's remembered target retention (0.9 when
    /// none was set, or when the stored value cannot be used).
    public static func remembered(in store: SQLiteStore) throws -> ReviewCards {
        ReviewCards(store: store, scheduler: ReviewScheduler(parameters: try parameters(in: store)))
    }

    /// The remembered review settings, or `nil`.
    public static func settings(in store: SQLiteStore) throws -> ReviewSettings? {
        try store.setting(ReviewSettings.key).flatMap { try? JSONDecoder().decode(ReviewSettings.self, from: $0) }
    }

    /// Remembers a target retention; throws the FSRS error when it is outside 0.70–0.99.
    public static func remember(_ settings: ReviewSettings, in store: SQLiteStore) throws {
        _ = try FSRSParameters.default.withDesiredRetention(settings.desiredRetention)
        try store.set(ReviewSettings.key, to: try JSONEncoder().encode(settings))
    }

    private static func parameters(in store: SQLiteStore) throws -> FSRSParameters {
        guard let settings = try settings(in: store) else { return .default }
        return (try? FSRSParameters.default.withDesiredRetention(settings.desiredRetention)) ?? .default
    }
}
