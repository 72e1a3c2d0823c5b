import Foundation
import Testing

@testable import OnsiteCore

extension ReviewTests {
    /// The reference values of `fsrs6.md` (published with py-fsrs and fsrs-rs), within 1e-4.
    @Suite("FSRS-6 reference values")
    struct FSRSTests {
        typealias F = ReviewFixtures
        let fsrs = FSRS()

        @Test(
            "the first rating sets S0 = w[G−1] and D0 = w4 − e^(w5·(G−1)) + 1, clamped",
            arguments: zip(
                Rating.allCases,
                [(0.212, 6.4133), (1.2931, 5.11217071), (2.3065, 2.11810397), (8.2956, 1.0)]))
        func firstRating(_ rating: Rating, _ expected: (stability: Double, difficulty: Double)) {
            let memory = fsrs.initialState(after: rating)
            #expect(F.isClose(memory.stability, expected.stability))
            #expect(F.isClose(memory.difficulty, expected.difficulty))
        }

        @Test("mean reversion aims at D0(Easy) unclamped, ≈ −4.77163")
        func unclampedEasyDifficulty() {
            #expect(F.isClose(fsrs.initialDifficulty(after: .easy, clamped: false), -4.77163))
            #expect(fsrs.initialDifficulty(after: .easy) == 1)
        }

        @Test(
            "Again then five Goods, 0, 0, 1, 3, 8 and 21 days apart, give S = 53.62691, D = 6.3574867",
            arguments: [
                (FSRSParameters.defaultWeights, 53.62691),
                (Self.withoutShortTerm, 53.335106),
            ])
        func memoState(_ weights: [Double], _ stability: Double) throws {
            let scheduler = ReviewScheduler(parameters: try FSRSParameters(weights: weights))
            // The day gaps between reviews: review days 0, 0, 1, 4, 12, 33.
            let days = [0.0, 0, 1, 3, 8, 21].reduce(into: [Double]()) { $0.append(($0.last ?? 0) + $1) }
            let last = try #require(
                F.replay([.again, .good, .good, .good, .good, .good], atDays: days, with: scheduler).last)
            #expect(F.isClose(last.log.memory.stability, stability))
            #expect(F.isClose(last.log.memory.difficulty, 6.3574867))
        }

        @Test("the model reproduces the same values from elapsed days alone")
        func memoStateFromElapsedDays() {
            var memory: MemoryState?
            for (rating, days) in zip([Rating.again, .good, .good, .good, .good, .good], [0, 0, 1, 3, 8, 21]) {
                memory = fsrs.nextState(of: memory, after: rating, elapsedDays: days)
            }
            #expect(F.isClose(memory?.stability ?? 0, 53.62691))
            #expect(F.isClose(memory?.difficulty ?? 0, 6.3574867))
        }

        @Test("ten Easy ratings in a row bring difficulty down to 1")
        func tenEasy() throws {
            let last = try #require(F.reviewOnDueDays(Array(repeating: .easy, count: 10)).last)
            #expect(F.isClose(last.log.memory.difficulty, 1.0))
        }

        @Test(
            "recall decays as R(t, S) = (1 + factor·t/S)^decay",
            arguments: zip([0.0, 5, 10, 20, 30], [1.0, 0.940344, 0.9, 0.845885, 0.809388]))
        func retrievability(_ days: Double, _ expected: Double) {
            #expect(F.isClose(fsrs.retrievability(afterDays: days, stability: 10), expected))
        }

        @Test(
            "at S = 10 the interval shrinks as the desired retention rises",
            arguments: zip([0.80, 0.85, 0.90, 0.95], [33, 19, 10, 4]))
        func intervalByRetention(_ retention: Double, _ days: Int) throws {
            let model = FSRS(parameters: try FSRSParameters(desiredRetention: retention))
            #expect(model.interval(forStability: 10) == days)
        }

        @Test("G, G, G, A, G, G, E, H reviewed on their due days give 2, 11, 46, 3, 8, 19, 61, 107 days")
        func intervalSequence() throws {
            let outcomes = F.reviewOnDueDays([.good, .good, .good, .again, .good, .good, .easy, .hard])
            #expect(outcomes.map(\.log.scheduledDays) == [2, 11, 46, 3, 8, 19, 61, 107])
            let last = try #require(outcomes.last)
            #expect(F.isClose(last.card.memory?.stability ?? 0, 106.5524))
            #expect(F.isClose(last.card.memory?.difficulty ?? 0, 7.6423))
            #expect(last.card.reps == 8)
            #expect(last.card.lapses == 1)
        }

        @Test(
            "a Good after a first Good: the later the review, the lower R and the larger the gain",
            arguments: [(2, 0.9095, 10.9643), (12, 0.7567, 27.0782), (32, 0.6614, 38.1612)])
        func lateReview(_ days: Int, _ recall: Double, _ stability: Double) throws {
            let scheduler = ReviewScheduler()
            let first = scheduler.review(F.newCard(), rating: .good, at: F.start).card
            let reviewTime = F.start + Int64(days) * F.day
            #expect(F.isClose(scheduler.retrievability(of: first, at: reviewTime), recall))
            let second = scheduler.review(first, rating: .good, at: reviewTime)
            #expect(F.isClose(second.card.memory?.stability ?? 0, stability))
        }

        @Test(
            "same-day reviews: only Again may lower stability (py-fsrs keeps the factor ≥ 1 for Hard, Good, Easy)",
            arguments: [
                (2.3065, Rating.again, 0.7750839828558984), (2.3065, .hard, 2.3065), (2.3065, .good, 2.3065),
                (2.3065, .easy, 3.946054067969477), (100, .again, 26.222714157316744), (100, .hard, 100),
                (100, .good, 100), (100, .easy, 133.5032721130538),
            ])
        func sameDay(_ stability: Double, _ rating: Rating, _ expected: Double) {
            #expect(F.isClose(fsrs.sameDayStability(stability, after: rating), expected))
        }

        @Test("a same-day Hard would lower stability without py-fsrs's floor on the factor")
        func sameDayHardIsFloored() {
            let w = FSRSParameters.defaultWeights
            let rawFactor = exp(w[17] * (2 - 3 + w[18])) * pow(2.3065, -w[19])
            #expect(rawFactor < 1)
            #expect(fsrs.sameDayStability(2.3065, after: .hard) == 2.3065)
        }

        @Test(
            "difficulty moves with the rating, reverts towards D0(Easy) even at 10, and stays within 1–10",
            arguments: [
                (5.0, Rating.again, 8.341762369296838), (5.0, .easy, 3.3144613692968385),
                (10, .again, 9.985228369296838), (1, .easy, 1),
            ])
        func difficulty(_ difficulty: Double, _ rating: Rating, _ expected: Double) {
            #expect(F.isClose(fsrs.nextDifficulty(difficulty, after: rating), expected))
        }

        @Test(
            "intervals are whole days, halves to even as Python rounds, within 1 and the maximum",
            arguments: [(0.4, 1), (2.5, 2), (3.5, 4), (10.4, 10), (1e7, 36_500)])
        func intervalRounding(_ stability: Double, _ days: Int) {
            #expect(fsrs.interval(forStability: stability) == days)
        }

        @Test("the maximum interval caps every interval")
        func maximumInterval() throws {
            let model = FSRS(parameters: try FSRSParameters(maximumInterval: 60))
            #expect(model.interval(forStability: 1000) == 60)
            #expect(model.interval(forStability: 59) == 59)
        }

        /// The default weights with the short-term weights w17, w18 and w19 set to 0.
        static let withoutShortTerm: [Double] = {
            var weights = FSRSParameters.defaultWeights
            weights[17] = 0
            weights[18] = 0
            weights[19] = 0
            return weights
        }()
    }
}
