import Testing

@testable import OnsiteCore

/// Overall readiness day by day, each day from the evidence up to its end.
@Suite("Readiness trend")
struct ReadinessTrendTests {
    typealias Fixture = ReadinessCalculatorTests
    static let day = Fixture.day
    /// 2026-11-01 00:00 UTC.
    static let first: Int64 = 1_793_491_200_000

    static func at(day index: Int64, hour: Int64) -> Int64 { first + index * day + hour * 3_600_000 }

    static let history = ReadinessEvidence(attempts: [
        .answer(in: "python", score: 0.8, at: at(day: 0, hour: 9)),
        .answer(in: "python", score: 0.9, at: at(day: 0, hour: 21)),
        .exercise(in: "databases", score: 0.7, at: at(day: 2, hour: 10)),
        .answer(in: "design", score: 0.2, at: at(day: 5, hour: 23)),
        .answer(in: "concurrency", score: 0.9, at: at(day: 9, hour: 1)),
        .answer(in: "rust", score: 1, at: at(day: 11, hour: 12)),
    ])

    @Test("one point per day with activity in the areas, at midnight, oldest first")
    func days() throws {
        let trend = try Fixture.calculator.trend(from: Self.history)
        #expect(trend.points.map(\.day) == [0, 2, 5, 9].map { Self.first + $0 * Self.day })
    }

    @Test("each point equals readiness at the end of its day from the evidence up to then")
    func pointsUseEvidenceUpToTheDay() throws {
        let trend = try Fixture.calculator.trend(from: Self.history)
        for point in trend.points {
            let end = point.day + Self.day - 1
            let earlier = ReadinessEvidence(attempts: Self.history.attempts.filter { $0.at <= end })
            let expected = try Fixture.calculator.readiness(from: earlier, asOf: end).overall
            #expect(abs(point.readiness - expected) < 1e-12)
        }
    }

    @Test("a strong day raises the line, a weak day lowers it")
    func direction() throws {
        let values = try Fixture.calculator.trend(from: Self.history).points.map(\.readiness)
        #expect(values[1] > values[0])  // a good exercise in an untested area
        #expect(values[2] < values[1] + 0.05)  // a weak design answer adds little, and time has passed
        #expect(values[3] > values[2])  // a strong concurrency answer
    }

    @Test("days start at the user's midnight")
    func timeZones() throws {
        let late = ReadinessEvidence(attempts: [.answer(in: "python", score: 1, at: Self.at(day: 0, hour: 23))])
        let utc = try Fixture.calculator.trend(from: late)
        let tokyo = try Fixture.calculator.trend(from: late, utcOffsetMilliseconds: 9 * 3_600_000)
        let newYork = try Fixture.calculator.trend(from: late, utcOffsetMilliseconds: -5 * 3_600_000)
        #expect(utc.points.map(\.day) == [Self.first])
        #expect(tokyo.points.map(\.day) == [Self.first + Self.day - 9 * 3_600_000])
        #expect(newYork.points.map(\.day) == [Self.first + 5 * 3_600_000])
        let beforeEpoch = ReadinessEvidence(attempts: [.answer(in: "python", score: 1, at: -1)])
        #expect(try Fixture.calculator.trend(from: beforeEpoch).points.map(\.day) == [-Self.day])
    }

    @Test("recall per day, when the caller has it, is used for that day")
    func recallPerDay() throws {
        let weak = try ReadinessTrend(Self.history, calculator: Fixture.calculator) { _ in
            ["python": AreaRecall(probability: 0.2, cards: 10)]
        }
        let strong = try ReadinessTrend(Self.history, calculator: Fixture.calculator) { _ in
            ["python": AreaRecall(probability: 1, cards: 10)]
        }
        for (low, high) in zip(weak.points, strong.points) { #expect(low.readiness < high.readiness) }
    }

    @Test("no activity, no points")
    func empty() throws {
        #expect(try Fixture.calculator.trend(from: ReadinessEvidence()).points.isEmpty)
    }
}
