import Testing

@testable import OnsiteCore

/// The spaced-review module's tests; every suite of `Tests/OnsiteCoreTests/Review` nests here,
/// so `swift test --filter ReviewTests` runs them all.
@Suite("Spaced review")
struct ReviewTests {}

/// Shared values and helpers of the review tests.
enum ReviewFixtures {
    /// One day in milliseconds.
    static let day: Int64 = 86_400_000
    /// One hour in milliseconds.
    static let hour: Int64 = 3_600_000
    /// 2024-01-01 09:30 UTC, the time of every first review unless a test says otherwise.
    static let start: Int64 = 1_704_101_400_000

    /// The tolerance of the published reference values.
    static let tolerance = 1e-4

    static func isClose(_ actual: Double, _ expected: Double, within tolerance: Double = tolerance) -> Bool {
        abs(actual - expected) <= tolerance
    }

    static func id(_ text: String) -> ItemID { ItemID(text)! }

    /// A new question card for `python.gil` made at ``start``.
    static func newCard(_ source: CardSource = .question(id("python.gil"))) -> ReviewCard {
        .new(source, at: start)
    }

    /// Reviews a new card with each rating in turn, at ``start`` plus the given day offsets
    /// (fractions of a day allowed), returning the outcome of every review.
    static func replay(
        _ ratings: [Rating], atDays offsets: [Double], with scheduler: ReviewScheduler = ReviewScheduler()
    ) -> [ReviewOutcome] {
        var card = newCard()
        var outcomes: [ReviewOutcome] = []
        for (rating, offset) in zip(ratings, offsets) {
            let outcome = scheduler.review(card, rating: rating, at: start + Int64(offset * Double(day)))
            outcomes.append(outcome)
            card = outcome.card
        }
        return outcomes
    }

    /// Reviews a new card with each rating in turn, each review exactly when the card falls due.
    static func reviewOnDueDays(
        _ ratings: [Rating], with scheduler: ReviewScheduler = ReviewScheduler()
    )
        -> [ReviewOutcome]
    {
        var card = newCard()
        var outcomes: [ReviewOutcome] = []
        for rating in ratings {
            let outcome = scheduler.review(card, rating: rating, at: card.due)
            outcomes.append(outcome)
            card = outcome.card
        }
        return outcomes
    }
}
