/// One thing to remember, with its FSRS memory and schedule.
///
/// Timestamps are milliseconds since the Unix epoch (UTC). A new card has no ``memory`` and is
/// due from the moment it is made; ``ReviewScheduler/review(_:rating:at:)`` returns the card
/// after a review.
public struct ReviewCard: Hashable, Sendable, Codable, Identifiable {
    /// The stable id, by default the source's ``CardSource/cardID``.
    public var id: String
    /// What the card asks about.
    public var source: CardSource
    /// Stability and difficulty after the last review; `nil` while the card is new.
    public var memory: MemoryState?
    /// When the card is next due, in milliseconds since the epoch.
    public var due: Int64
    /// When the card was last reviewed, in milliseconds since the epoch; `nil` while new.
    public var lastReview: Int64?
    /// How many times the card has been reviewed.
    public var reps: Int
    /// How many times the card was forgotten (rated Again) after its first review.
    public var lapses: Int

    /// Creates a card from its stored fields.
    public init(
        id: String, source: CardSource, memory: MemoryState?, due: Int64, lastReview: Int64?, reps: Int,
        lapses: Int
    ) {
        self.id = id
        self.source = source
        self.memory = memory
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// A new card for this source, due at once: `ReviewCard.new(.question(id), at: now)`.
    public static func new(_ source: CardSource, at timestamp: Int64) -> ReviewCard {
        ReviewCard(
            id: source.cardID, source: source, memory: nil, due: timestamp, lastReview: nil, reps: 0, lapses: 0)
    }

    /// Whether the card has never been reviewed.
    public var isNew: Bool { memory == nil }
}

/// The record of one review: what was rated, when, and what it did to the card.
public struct ReviewLogEntry: Hashable, Sendable, Codable {
    /// The reviewed card's ``ReviewCard/id``.
    public var cardID: String
    /// How well the card was recalled.
    public var rating: Rating
    /// When the review happened, in milliseconds since the epoch.
    public var reviewedAt: Int64
    /// Whole days since the previous review (0 for the first review and same-day reviews).
    public var elapsedDays: Int
    /// The interval the review set, in days: the card is due `scheduledDays` after ``reviewedAt``.
    public var scheduledDays: Int
    /// Stability and difficulty after the review.
    public var memory: MemoryState

    /// Creates a log entry from its fields.
    public init(
        cardID: String, rating: Rating, reviewedAt: Int64, elapsedDays: Int, scheduledDays: Int,
        memory: MemoryState
    ) {
        self.cardID = cardID
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.elapsedDays = elapsedDays
        self.scheduledDays = scheduledDays
        self.memory = memory
    }
}

/// What a review produces: the updated card, to store in place of the old one, and the entry
/// to append to the review log.
public struct ReviewOutcome: Hashable, Sendable {
    /// The card after the review, with its new memory, due time and counts.
    public var card: ReviewCard
    /// The record of the review.
    public var log: ReviewLogEntry

    /// Creates an outcome.
    public init(card: ReviewCard, log: ReviewLogEntry) {
        self.card = card
        self.log = log
    }
}
