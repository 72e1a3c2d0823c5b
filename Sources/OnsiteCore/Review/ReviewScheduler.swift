/// Schedules review cards with FSRS-6: applies reviews, says which cards are due and in what
/// order, and predicts recall.
///
/// Deterministic and pure: time comes in as a timestamp (milliseconds since the Unix epoch),
/// and there is no fuzz, so the same history always gives the same schedule. Elapsed time is
/// counted in whole days as py-fsrs counts it: the floor of the time between two timestamps
/// divided by 24 hours, so a review 23 hours after the previous one is a same-day review.
///
/// ```swift
/// let scheduler = ReviewScheduler()
/// let outcome = scheduler.review(card, rating: Rating(grade: judgement.grade), at: now)
/// store(outcome.card, outcome.log)
/// ```
public struct ReviewScheduler: Hashable, Sendable {
    /// The number of milliseconds in a day.
    public static let millisecondsPerDay: Int64 = 86_400_000

    /// The memory model and its parameters.
    public let fsrs: FSRS

    /// Creates a scheduler over this model (FSRS-6 with default parameters unless given).
    public init(fsrs: FSRS = FSRS()) {
        self.fsrs = fsrs
    }

    /// Creates a scheduler with these parameters.
    public init(parameters: FSRSParameters) {
        self.init(fsrs: FSRS(parameters: parameters))
    }

    /// The whole days from `start` to `end`, rounded down; negative when `end` is earlier.
    public static func wholeDays(from start: Int64, to end: Int64) -> Int {
        let (quotient, remainder) = (end - start).quotientAndRemainder(dividingBy: millisecondsPerDay)
        return Int(remainder < 0 ? quotient - 1 : quotient)
    }

    /// Applies a review: the card's new memory, due time and counts, and the log entry.
    ///
    /// The card falls due ``FSRS/interval(forStability:)`` whole days after `timestamp`. A new
    /// card gets its initial memory; a card reviewed fewer than one whole day ago (or at a time
    /// before its last review) gets the same-day update. Again on a card already reviewed
    /// counts as a lapse.
    public func review(_ card: ReviewCard, rating: Rating, at timestamp: Int64) -> ReviewOutcome {
        let days = card.lastReview.map { Self.wholeDays(from: $0, to: timestamp) } ?? 0
        let memory = fsrs.nextState(of: card.memory, after: rating, elapsedDays: days)
        let interval = fsrs.interval(forStability: memory.stability)

        var updated = card
        updated.memory = memory
        updated.lastReview = timestamp
        updated.due = timestamp + Int64(interval) * Self.millisecondsPerDay
        updated.reps += 1
        if rating == .again && !card.isNew {
            updated.lapses += 1
        }
        let log = ReviewLogEntry(
            cardID: card.id, rating: rating, reviewedAt: timestamp, elapsedDays: max(days, 0), scheduledDays: interval,
            memory: memory)
        return ReviewOutcome(card: updated, log: log)
    }

    /// The probability of recalling the card at `timestamp`, from the whole days since its last
    /// review; 0 for a new card (as py-fsrs), 1 on the day of a review.
    public func retrievability(of card: ReviewCard, at timestamp: Int64) -> Double {
        recall(of: card, on: timestamp) ?? 0
    }

    /// The predicted probability of recalling the card at a future time, such as the day of the
    /// interview, if it is not reviewed before then.
    ///
    /// - Returns: `nil` for a card never reviewed: there is no memory to predict from, and the
    ///   caller decides how to count it.
    public func recall(of card: ReviewCard, on timestamp: Int64) -> Double? {
        guard let memory = card.memory, let lastReview = card.lastReview else { return nil }
        let days = max(Self.wholeDays(from: lastReview, to: timestamp), 0)
        return fsrs.retrievability(afterDays: Double(days), stability: memory.stability)
    }

    /// Whether the card is due at `timestamp` (its due time has come).
    public func isDue(_ card: ReviewCard, at timestamp: Int64) -> Bool {
        card.due <= timestamp
    }

    /// The cards due at `timestamp`, most forgotten first, at most `limit` of them.
    ///
    /// Cards already reviewed come first, by increasing retrievability (the one most likely
    /// forgotten leads); new cards follow, since they have nothing yet to forget. Ties go to the
    /// card due earlier, then to the smaller id, so the order is total and stable.
    public func dueCards(_ cards: some Sequence<ReviewCard>, at timestamp: Int64, limit: Int? = nil) -> [ReviewCard] {
        let ranked =
            cards
            .filter { isDue($0, at: timestamp) }
            .map { (card: $0, recall: recall(of: $0, on: timestamp)) }
            .sorted { lhs, rhs in
                switch (lhs.recall, rhs.recall) {
                case (let left?, let right?) where left != right: left < right
                case (.some, nil): true
                case (nil, .some): false
                default: (lhs.card.due, lhs.card.id) < (rhs.card.due, rhs.card.id)
                }
            }
            .map(\.card)
        return limit.map { Array(ranked.prefix(max($0, 0))) } ?? ranked
    }

    /// The interval, in days, that each of the four ratings would set if the card were reviewed
    /// at `timestamp`, for showing beside the rating buttons.
    public func preview(_ card: ReviewCard, at timestamp: Int64) -> IntervalPreview {
        let days = Rating.allCases.map { review(card, rating: $0, at: timestamp).log.scheduledDays }
        return IntervalPreview(again: days[0], hard: days[1], good: days[2], easy: days[3])
    }
}

/// The interval, in days, each rating would set: `Again 1d · Hard 3d · Good 8d · Easy 21d`.
public struct IntervalPreview: Hashable, Sendable, CustomStringConvertible {
    /// Days after an Again.
    public var again: Int
    /// Days after a Hard.
    public var hard: Int
    /// Days after a Good.
    public var good: Int
    /// Days after an Easy.
    public var easy: Int

    /// Creates a preview from the four intervals.
    public init(again: Int, hard: Int, good: Int, easy: Int) {
        self.again = again
        self.hard = hard
        self.good = good
        self.easy = easy
    }

    /// The interval after `rating`.
    public subscript(rating: Rating) -> Int {
        switch rating {
        case .again: again
        case .hard: hard
        case .good: good
        case .easy: easy
        }
    }

    /// One line for display, for example `Again 1d · Hard 3d · Good 8d · Easy 21d`.
    public var description: String {
        Rating.allCases.map { "\($0.label) \(self[$0])d" }.joined(separator: " · ")
    }
}
