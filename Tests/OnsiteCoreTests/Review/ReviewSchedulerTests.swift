import Testing

@testable import OnsiteCore

extension ReviewTests {
    @Suite("Review scheduler")
    struct ReviewSchedulerTests {
        typealias F = ReviewFixtures
        let scheduler = ReviewScheduler()

        @Test("a first review gives the initial memory and schedules the card that many days later")
        func firstReview() {
            let card = F.newCard()
            let outcome = scheduler.review(card, rating: .good, at: F.start + F.hour)
            #expect(outcome.card.memory == FSRS().initialState(after: .good))
            #expect(outcome.card.lastReview == F.start + F.hour)
            #expect(outcome.card.due == F.start + F.hour + 2 * F.day)
            #expect(outcome.card.reps == 1)
            #expect(outcome.card.lapses == 0)
            #expect(outcome.card.id == card.id)
            #expect(outcome.card.source == card.source)
            #expect(
                outcome.log
                    == ReviewLogEntry(
                        cardID: "question:python.gil", rating: .good, reviewedAt: F.start + F.hour, elapsedDays: 0,
                        scheduledDays: 2, memory: FSRS().initialState(after: .good)))
        }

        @Test("Again is a lapse only for a card that was already reviewed")
        func lapses() {
            let outcomes = F.reviewOnDueDays([.again, .good, .again, .again])
            #expect(outcomes.map(\.card.lapses) == [0, 0, 1, 2])
            #expect(outcomes.map(\.card.reps) == [1, 2, 3, 4])
        }

        @Test("elapsed time counts in whole days, rounded down", arguments: Self.wholeDayTable)
        func wholeDays(_ milliseconds: Int64, _ days: Int) {
            #expect(ReviewScheduler.wholeDays(from: F.start, to: F.start + milliseconds) == days)
        }

        @Test("a review under a whole day after the previous one is a same-day review", arguments: Self.sameDayTable)
        func sameDayBoundary(_ later: Int64, _ isSameDay: Bool) throws {
            let first = scheduler.review(F.newCard(), rating: .good, at: F.start).card
            let memory = try #require(first.memory)
            let second = scheduler.review(first, rating: .easy, at: F.start + later)
            let sameDay = FSRS().sameDayStability(memory.stability, after: .easy)
            #expect((second.card.memory?.stability == sameDay) == isSameDay)
            #expect(second.log.elapsedDays == (isSameDay ? 0 : 1))
        }

        @Test("a new card has retrievability 0 and no predicted recall")
        func newCardRecall() {
            #expect(scheduler.retrievability(of: F.newCard(), at: F.start + F.day) == 0)
            #expect(scheduler.recall(of: F.newCard(), on: F.start + F.day) == nil)
        }

        @Test(
            "predicted recall on a later date follows R(t, S) over the whole days since the last review",
            arguments: Self.recallTable)
        func recall(_ later: Int64, _ expected: Double) throws {
            let card = ReviewCard(
                id: "c", source: .question(F.id("python.gil")), memory: MemoryState(stability: 10, difficulty: 5),
                due: F.start + 10 * F.day, lastReview: F.start, reps: 1, lapses: 0)
            let recall = try #require(scheduler.recall(of: card, on: F.start + later))
            #expect(F.isClose(recall, expected))
            #expect(scheduler.retrievability(of: card, at: F.start + later) == recall)
        }

        @Test("a card is due from its due time on", arguments: Self.dueOffsets)
        func isDue(_ offset: Int64, _ due: Bool) {
            let card = F.newCard()
            #expect(scheduler.isDue(card, at: card.due + offset) == due)
        }

        @Test("due cards come most forgotten first, then new cards; cards not yet due stay out")
        func dueOrder() {
            let now = F.start + 100 * F.day
            let cards = [
                reviewed("fresh", stability: 50, reviewedDaysAgo: 60),  // R ≈ 0.88
                F.newCard(.snippet(F.id("python.new-b"))),
                reviewed("forgotten", stability: 2, reviewedDaysAgo: 40),  // R ≈ 0.66
                reviewed("not-due", stability: 30, reviewedDaysAgo: 1, dueInDays: 29),
                ReviewCard.new(.question(F.id("python.new-a")), at: F.start + F.day),
                reviewed("middling", stability: 10, reviewedDaysAgo: 30),  // R ≈ 0.81
            ]
            let order = scheduler.dueCards(cards, at: now).map(\.id)
            #expect(
                order == [
                    "question:python.forgotten", "question:python.middling", "question:python.fresh",
                    "snippet:python.new-b", "question:python.new-a",
                ])
            #expect(scheduler.dueCards(cards, at: now, limit: 2).map(\.id) == Array(order.prefix(2)))
            #expect(scheduler.dueCards(cards, at: now, limit: 0).isEmpty)
        }

        @Test("equally forgotten cards go by due time, then id")
        func dueTies() {
            let now = F.start + 100 * F.day
            var late = reviewed("b", stability: 10, reviewedDaysAgo: 30)
            late.due -= F.day
            let cards = [
                reviewed("c", stability: 10, reviewedDaysAgo: 30), reviewed("a", stability: 10, reviewedDaysAgo: 30),
                late,
            ]
            #expect(
                scheduler.dueCards(cards, at: now).map(\.id) == [
                    "question:python.b", "question:python.a", "question:python.c",
                ])
        }

        @Test("the preview gives each rating's interval without reviewing the card")
        func preview() throws {
            let newCard = F.newCard()
            let preview = scheduler.preview(newCard, at: F.start)
            #expect(preview == IntervalPreview(again: 1, hard: 1, good: 2, easy: 8))
            #expect(preview.description == "Again 1d · Hard 1d · Good 2d · Easy 8d")

            let reviewed = try #require(F.reviewOnDueDays([.good, .good]).last).card
            let later = scheduler.preview(reviewed, at: reviewed.due)
            for rating in Rating.allCases {
                #expect(later[rating] == scheduler.review(reviewed, rating: rating, at: reviewed.due).log.scheduledDays)
            }
            #expect(later.again < later.hard && later.hard < later.good && later.good < later.easy)
        }

        /// Milliseconds after a time, and the whole days that makes.
        static let wholeDayTable: [(Int64, Int)] = [
            (0, 0), (86_399_999, 0), (86_400_000, 1), (129_600_000, 1), (172_799_999, 1), (-1, -1),
            (-86_400_000, -1), (-86_400_001, -2),
        ]

        /// Milliseconds after the first review, and whether a review then is a same-day review.
        static let sameDayTable: [(Int64, Bool)] = [
            (ReviewFixtures.day - 1, true), (ReviewFixtures.day, false), (-ReviewFixtures.hour, true),
        ]

        /// Milliseconds after the last review of a card with S = 10, and the recall then.
        static let recallTable: [(Int64, Double)] = [
            (0, 1.0), (5 * ReviewFixtures.day + 20 * ReviewFixtures.hour, 0.940344), (10 * ReviewFixtures.day, 0.9),
            (20 * ReviewFixtures.day + 1, 0.845885), (30 * ReviewFixtures.day, 0.809388), (-ReviewFixtures.day, 1.0),
        ]

        /// Milliseconds from the due time, and whether the card is due then.
        static let dueOffsets: [(Int64, Bool)] = [(-1, false), (0, true), (1, true)]

        /// A question card last reviewed `reviewedDaysAgo` days before day 100 with this stability.
        private func reviewed(
            _ slug: String, stability: Double, reviewedDaysAgo: Int64, dueInDays: Int64 = 0
        ) -> ReviewCard {
            let now = F.start + 100 * F.day
            return ReviewCard(
                id: "question:python.\(slug)", source: .question(F.id("python.\(slug)")),
                memory: MemoryState(stability: stability, difficulty: 5), due: now + dueInDays * F.day,
                lastReview: now - reviewedDaysAgo * F.day, reps: 2, lapses: 0)
        }
    }
}
