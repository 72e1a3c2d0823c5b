import Foundation
import Testing

@testable import OnsiteCore

extension ReviewTests {
    /// Replays the review histories of `Fixtures/fsrs-py.json`, generated with py-fsrs by
    /// `scripts/fsrs-fixtures.py`, and checks every step against py-fsrs's values.
    @Suite("FSRS-6 against py-fsrs fixtures")
    struct FSRSFixtureTests {
        typealias F = ReviewFixtures

        @Test("every review of every history matches py-fsrs", arguments: try FixtureFile.load().histories)
        func history(_ history: FixtureFile.History) throws {
            let parameters = try FSRSParameters(
                weights: history.parameters.weights, desiredRetention: history.parameters.desiredRetention,
                maximumInterval: history.parameters.maximumInterval)
            let scheduler = ReviewScheduler(parameters: parameters)
            let first = try #require(history.reviews.first)
            var card = ReviewCard.new(.question(F.id("python.fixture")), at: first.at)
            for (index, step) in history.reviews.enumerated() {
                let context = Comment(rawValue: "\(history.name) review \(index + 1) (\(step.timing))")
                #expect(F.isClose(scheduler.retrievability(of: card, at: step.at), step.retrievability), context)
                let rating = try #require(Rating(rawValue: step.rating))
                let outcome = scheduler.review(card, rating: rating, at: step.at)
                let memory = try #require(outcome.card.memory)
                #expect(F.isClose(memory.stability, step.stability), context)
                #expect(F.isClose(memory.difficulty, step.difficulty), context)
                #expect(outcome.log.elapsedDays == step.elapsedDays, context)
                #expect(outcome.log.scheduledDays == step.interval, context)
                #expect(outcome.card.due == step.due, context)
                card = outcome.card
            }
        }

        @Test("the fixtures hold same-day reviews of every rating, and early and late reviews")
        func coverage() throws {
            let reviews = try FixtureFile.load().histories.flatMap { $0.reviews.dropFirst() }
            let sameDayRatings = Set(reviews.filter { $0.elapsedDays == 0 }.map(\.rating))
            #expect(sameDayRatings == [1, 2, 3, 4])
            #expect(reviews.contains { $0.timing == "early" && $0.elapsedDays >= 1 })
            #expect(reviews.contains { $0.timing == "late" && $0.rating == 1 })
            #expect(reviews.count >= 150)
        }
    }
}

/// The JSON file written by `scripts/fsrs-fixtures.py`.
struct FixtureFile: Decodable {
    struct Parameters: Decodable, Sendable {
        var weights: [Double]
        var desiredRetention: Double
        var maximumInterval: Int
    }

    struct Review: Decodable, Sendable {
        /// How the review was timed: first, on-due, same-day, early, late, just-under-a-day, exactly-a-day.
        var timing: String
        var rating: Int
        var at: Int64
        var elapsedDays: Int
        /// Recall at the review, before it (0 for a new card).
        var retrievability: Double
        var stability: Double
        var difficulty: Double
        var interval: Int
        var due: Int64
    }

    struct History: Decodable, Sendable, CustomTestStringConvertible {
        var name: String
        var seed: Int
        var parameters: Parameters
        var reviews: [Review]

        var testDescription: String { "\(name) (seed \(seed), \(reviews.count) reviews)" }
    }

    var pyFSRS: String
    var histories: [History]

    static func load() throws -> FixtureFile {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fsrs-py.json")
        return try JSONDecoder().decode(FixtureFile.self, from: Data(contentsOf: url))
    }
}
