import Foundation
import OnsiteCore
import OnsiteStore

/// The user's review deck in the database: cards encoded as JSON, scheduled with FSRS-6.
struct ReviewCards {
    let store: SQLiteStore
    var scheduler = ReviewScheduler()

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// Every card in the deck, by id.
    func all() throws -> [ReviewCard] {
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
    func add(_ sources: [CardSource], at date: Date) throws -> Int {
        let existing = Set(try store.cards().map(\.id))
        var seen = existing
        let fresh = sources.filter { seen.insert($0.cardID).inserted }.map {
            ReviewCard.new($0, at: Self.milliseconds(date))
        }
        try store.save(cards: try fresh.map(Self.stored))
        return fresh.count
    }

    /// The question's card, and a card for each point the judgement found missed or partial.
    @discardableResult
    func addCards(for judgement: Judgement, question: ItemID, at date: Date) throws -> Int {
        let points = judgement.points.filter { $0.verdict != .covered }.map { CardSource.point(question, point: $0.id) }
        return try add([.question(question)] + points, at: date)
    }

    /// Reschedules `card` after a review and stores the review with the card's new state, atomically.
    func record(
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

    static func stored(_ card: ReviewCard) throws -> StoredCard {
        StoredCard(
            id: card.id, due: Date(timeIntervalSince1970: Double(card.due) / 1000),
            state: try JSONEncoder().encode(card))
    }
}
