import Foundation
import Testing

@testable import OnsiteCore

extension ReviewTests {
    @Suite("Ratings and parameters")
    struct RatingAndParametersTests {
        @Test(
            "the grader's 0–4 grade maps to a rating: 0–1 again, 2 hard, 3 good, 4 easy",
            arguments: [
                (-1, Rating.again), (0, .again), (1, .again), (2, .hard), (3, .good), (4, .easy), (5, .easy),
            ])
        func ratingFromGrade(_ grade: Int, _ rating: Rating) {
            #expect(Rating(grade: grade) == rating)
        }

        @Test(
            "ratings are numbered 1–4 as in FSRS and read as English",
            arguments: zip(Rating.allCases, [(1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy")]))
        func ratingNumbersAndLabels(_ rating: Rating, _ expected: (number: Int, label: String)) {
            #expect(rating.rawValue == expected.number)
            #expect(rating.label == expected.label)
            #expect("\(rating)" == expected.label)
        }

        @Test("the defaults are FSRS-6's 21 weights, retention 0.9 and 36,500 days")
        func defaults() {
            let parameters = FSRSParameters.default
            #expect(parameters.weights.count == 21)
            #expect(parameters.weights.first == 0.212)
            #expect(parameters.weights.last == 0.1542)
            #expect(parameters.desiredRetention == 0.9)
            #expect(parameters.maximumInterval == 36_500)
            #expect(FSRS().decay == -0.1542)
        }

        @Test("a desired retention from 0.7 to 0.99 is accepted", arguments: [0.7, 0.8, 0.9, 0.95, 0.99])
        func acceptedRetention(_ retention: Double) throws {
            #expect(try FSRSParameters(desiredRetention: retention).desiredRetention == retention)
            #expect(try FSRSParameters.default.withDesiredRetention(retention).desiredRetention == retention)
        }

        @Test(
            "a desired retention outside 0.7–0.99 is refused with an error naming it",
            arguments: [0.69, 0.995, 1, 0, -0.9, 1.5])
        func refusedRetention(_ retention: Double) {
            #expect(throws: FSRSParameterError.desiredRetention(retention)) {
                try FSRSParameters(desiredRetention: retention)
            }
            let error = FSRSParameterError.desiredRetention(retention)
            #expect(error.description == "desired retention \(retention) is outside 0.7–0.99")
            #expect(error.code == "desired-retention-out-of-range")
        }

        @Test("a retention that is not a number is refused")
        func notANumber() throws {
            let error = #expect(throws: FSRSParameterError.self) {
                try FSRSParameters(desiredRetention: .nan)
            }
            guard case .desiredRetention(let value) = try #require(error) else {
                Issue.record("expected a desired-retention error, got \(String(describing: error))")
                return
            }
            #expect(value.isNaN)
        }

        @Test(
            "wrong weights and intervals are refused with the value",
            arguments: [
                (Array(FSRSParameters.defaultWeights.prefix(19)), 36_500, FSRSParameterError.weightCount(19)),
                (Self.replacing(20, with: 0.05), 36_500, .weight(index: 20, value: 0.05)),
                (Self.replacing(4, with: 11), 36_500, .weight(index: 4, value: 11)),
                (FSRSParameters.defaultWeights, 0, .maximumInterval(0)),
            ])
        func refusedWeights(_ weights: [Double], _ maximum: Int, _ expected: FSRSParameterError) {
            #expect(throws: expected) {
                try FSRSParameters(weights: weights, maximumInterval: maximum)
            }
        }

        @Test("parameters survive a round trip through JSON, and the decoder checks them")
        func codable() throws {
            let parameters = try FSRSParameters(desiredRetention: 0.85, maximumInterval: 365)
            let data = try JSONEncoder().encode(parameters)
            #expect(try JSONDecoder().decode(FSRSParameters.self, from: data) == parameters)

            let bad = Data(#"{"weights": [], "desiredRetention": 0.5, "maximumInterval": 10}"#.utf8)
            #expect(throws: DecodingError.self) {
                try JSONDecoder().decode(FSRSParameters.self, from: bad)
            }
        }

        static func replacing(_ index: Int, with value: Double) -> [Double] {
            var weights = FSRSParameters.defaultWeights
            weights[index] = value
            return weights
        }
    }
}
