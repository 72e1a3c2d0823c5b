import Foundation
import Testing

@testable import OnsiteCore

/// Readiness per area and overall: recency-weighted mastery, confidence that grows with
/// evidence, recall on the interview date, importance weights, untested areas.
@Suite("Readiness calculator")
struct ReadinessCalculatorTests {
    static let day: Int64 = 86_400_000
    /// 2026-11-21 12:00 UTC.
    static let now: Int64 = 1_795_262_400_000
    static let areas = ["python", "databases", "concurrency", "design"]
    static let calculator = try! ReadinessCalculator(areas: areas)

    static func daysAgo(_ days: Double) -> Int64 { now - Int64(days * Double(day)) }

    static func answers(_ area: String, _ scores: [Double], daysAgo age: Double = 0) -> [ScoredAttempt] {
        scores.map { .answer(in: area, score: $0, at: daysAgo(age)) }
    }

    // MARK: The formulas

    @Test("one attempt: mastery is its score, confidence E / (E + 3), readiness adjusted by the default recall")
    func oneAttempt() throws {
        let readiness = try Self.calculator.readiness(
            from: ReadinessEvidence(attempts: Self.answers("python", [0.9])), asOf: Self.now)
        let python = try #require(readiness.area("python"))
        #expect(abs(python.mastery - 0.9) < 1e-12)
        #expect(abs(python.evidence - 1) < 1e-12)
        #expect(abs(python.confidence - 0.25) < 1e-12)
        #expect(python.recall == nil)
        #expect(abs(python.readiness - 0.25 * 0.9 * (0.6 + 0.4 * 0.9)) < 1e-12)
        #expect(abs(readiness.overall - python.readiness / 4) < 1e-12)
    }

    @Test("an attempt one half-life old counts half; an exercise counts 1.5 answers")
    func weights() throws {
        let calculator = Self.calculator
        let fresh = ScoredAttempt.answer(in: "python", score: 1, at: Self.now)
        let old = ScoredAttempt.answer(in: "python", score: 1, at: Self.daysAgo(14))
        let older = ScoredAttempt.answer(in: "python", score: 1, at: Self.daysAgo(28))
        let exercise = ScoredAttempt.exercise(in: "python", score: 1, at: Self.now)
        #expect(abs(calculator.weight(of: fresh, now: Self.now) - 1) < 1e-12)
        #expect(abs(calculator.weight(of: old, now: Self.now) - 0.5) < 1e-12)
        #expect(abs(calculator.weight(of: older, now: Self.now) - 0.25) < 1e-12)
        #expect(abs(calculator.weight(of: exercise, now: Self.now) - 1.5) < 1e-12)
    }

    @Test("recent attempts count more: an old weak score and a recent strong one average above their mean")
    func recencyWeightedMastery() throws {
        let evidence = ReadinessEvidence(
            attempts: Self.answers("python", [0.2], daysAgo: 28) + Self.answers("python", [1.0], daysAgo: 0))
        let python = try #require(try Self.calculator.readiness(from: evidence, asOf: Self.now).area("python"))
        #expect(abs(python.mastery - (0.25 * 0.2 + 1 * 1.0) / 1.25) < 1e-12)
        #expect(python.mastery > 0.6)
    }

    static let confidenceGrowth: [(Int, Double)] = [(1, 0.25), (3, 0.5), (6, 2.0 / 3), (12, 0.8)]

    @Test("confidence grows with evidence; one perfect answer is far from mastered", arguments: confidenceGrowth)
    func confidence(_ count: Int, _ expected: Double) throws {
        let evidence = ReadinessEvidence(attempts: Self.answers("python", Array(repeating: 1, count: count)))
        let python = try #require(try Self.calculator.readiness(from: evidence, asOf: Self.now).area("python"))
        #expect(abs(python.confidence - expected) < 1e-12)
        #expect(python.mastery == 1)
        #expect(python.readiness < 1)
        if count == 1 { #expect(python.readiness < 0.3) }
    }

    @Test("untested areas count 0 overall and are named")
    func untested() throws {
        let evidence = ReadinessEvidence(
            attempts: Self.answers("python", [0.8, 0.9]) + Self.answers("design", [0.7]))
        let readiness = try Self.calculator.readiness(from: evidence, asOf: Self.now)
        #expect(readiness.untested == ["databases", "concurrency"])
        #expect(readiness.area("databases")?.readiness == 0)
        let sum = readiness.areas.reduce(0) { $0 + $1.readiness }
        #expect(abs(readiness.overall - sum / 4) < 1e-12)
    }

    @Test("importance weights the overall figure; importance 0 leaves an area out")
    func importance() throws {
        let evidence = ReadinessEvidence(attempts: Self.answers("python", [1, 1, 1]))
        let even = try Self.calculator.readiness(from: evidence, asOf: Self.now)
        let focused = try ReadinessCalculator(areas: Self.areas, importance: ["python": 3, "design": 0])
            .readiness(from: evidence, asOf: Self.now)
        let python = try #require(even.area("python")).readiness
        #expect(abs(even.overall - python / 4) < 1e-12)
        #expect(abs(focused.overall - 3 * python / 5) < 1e-12)
        #expect(focused.untested == ["databases", "concurrency"])
        #expect(!focused.weakest(10).contains { $0.area == "design" })
    }

    @Test("attempts after the moment of computing and in other areas are ignored")
    func ignored() throws {
        let evidence = ReadinessEvidence(attempts: [
            .answer(in: "python", score: 1, at: Self.now + 1),
            .answer(in: "rust", score: 1, at: Self.now),
        ])
        let readiness = try Self.calculator.readiness(from: evidence, asOf: Self.now)
        #expect(readiness.overall == 0)
        #expect(readiness.untested == Self.areas)
    }

    // MARK: Monotonic behaviour

    static let base = ReadinessEvidence(
        attempts: answers("databases", [0.6, 0.7], daysAgo: 3) + [
            .exercise(in: "databases", score: 0.65, at: daysAgo(1))
        ],
        recall: ["databases": AreaRecall(probability: 0.85, cards: 12, dueCards: 2)])

    static func databases(_ evidence: ReadinessEvidence) -> Double {
        (try? calculator.readiness(from: evidence, asOf: now).area("databases")?.readiness) ?? -1
    }

    static let changes: [(String, ReadinessEvidence, Bool)] = [
        ("a strong answer raises it", base.adding(.answer(in: "databases", score: 0.95, at: now)), true),
        ("a strong exercise raises it", base.adding(.exercise(in: "databases", score: 0.9, at: now)), true),
        ("a weak answer lowers it", base.adding(.answer(in: "databases", score: 0.1, at: now)), false),
        ("a failed exercise lowers it", base.adding(.exercise(in: "databases", score: 0, at: now)), false),
        (
            "lower recall lowers it",
            ReadinessEvidence(attempts: base.attempts, recall: ["databases": AreaRecall(probability: 0.5, cards: 12)]),
            false
        ),
        (
            "higher recall raises it",
            ReadinessEvidence(attempts: base.attempts, recall: ["databases": AreaRecall(probability: 0.99, cards: 12)]),
            true
        ),
    ]

    @Test("one change moves the area's readiness the right way", arguments: changes)
    func monotonic(_ name: String, _ changed: ReadinessEvidence, _ raises: Bool) {
        let before = Self.databases(Self.base)
        let after = Self.databases(changed)
        #expect(before > 0)
        #expect(raises ? after > before : after < before, "\(before) → \(after)")
    }

    static let newScores: [Double] = [0, 0.1, 0.3, 0.45, 0.5, 0.7, 1]

    @Test(
        "a new attempt raises the area exactly when its score is above the area's confidence × mastery",
        arguments: newScores)
    func raisesAboveCurrentLevel(_ score: Double) throws {
        let before = try #require(try Self.calculator.readiness(from: Self.base, asOf: Self.now).area("databases"))
        let level = before.confidence * before.mastery
        let after = Self.databases(Self.base.adding(.answer(in: "databases", score: score, at: Self.now)))
        #expect(score > level ? after > before.readiness : after < before.readiness, "level \(level)")
    }

    static let ages: [Double] = [0, 1, 7, 14, 30, 60, 120]

    @Test("older evidence weighs less: the same strong answers made longer ago give less readiness")
    func olderWeighsLess() {
        let values = Self.ages.map { age in
            Self.databases(ReadinessEvidence(attempts: Self.answers("databases", [0.9, 0.9, 0.9], daysAgo: age)))
        }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 }, "\(values)")
    }

    @Test("an old weak result matters less than a recent one")
    func oldWeaknessFades() {
        let strong = Self.answers("databases", [0.9, 0.9, 0.9], daysAgo: 1)
        let oldWeak = Self.databases(
            ReadinessEvidence(attempts: strong + Self.answers("databases", [0.1], daysAgo: 60)))
        let newWeak = Self.databases(ReadinessEvidence(attempts: strong + Self.answers("databases", [0.1], daysAgo: 0)))
        #expect(oldWeak > newWeak)
    }

    // MARK: Refusals

    static let badConfigurations: [(String, [String], [String: Double], ReadinessError.Code)] = [
        ("no areas", [], [:], .noAreas),
        ("an area twice", ["python", "python"], [:], .duplicateArea),
        ("importance for an unknown area", ["python"], ["rust": 1], .invalidImportance),
        ("negative importance", ["python"], ["python": -1], .invalidImportance),
        ("importance not a number", ["python"], ["python": .nan], .invalidImportance),
        ("all importance zero", ["python", "design"], ["python": 0, "design": 0], .invalidImportance),
    ]

    @Test("a calculator refuses a configuration it cannot use, naming the area", arguments: badConfigurations)
    func badConfiguration(
        _ name: String, _ areas: [String], _ importance: [String: Double], _ code: ReadinessError.Code
    ) {
        let error = #expect(throws: ReadinessError.self) {
            try ReadinessCalculator(areas: areas, importance: importance)
        }
        #expect(error?.code == code)
    }

    @Test("a tuning constant out of range is refused")
    func badTuning() {
        var tuning = ReadinessCalculator.Tuning()
        tuning.halfLifeDays = 0
        #expect(throws: ReadinessError(.invalidTuning, "halfLifeDays is 0.0; it must be above 0")) {
            try ReadinessCalculator(areas: ["python"], tuning: tuning)
        }
        tuning = .init()
        tuning.confidenceTarget = 1
        #expect(throws: ReadinessError.self) { try ReadinessCalculator(areas: ["python"], tuning: tuning) }
    }

    static let badEvidence: [(String, ReadinessEvidence, ReadinessError.Code, String)] = [
        (
            "score above 1", ReadinessEvidence(attempts: [.answer(in: "python", score: 1.5, at: 42)]), .invalidScore,
            "at 42"
        ),
        (
            "score below 0", ReadinessEvidence(attempts: [.exercise(in: "design", score: -0.1, at: 7)]), .invalidScore,
            "'design'"
        ),
        (
            "score not a number", ReadinessEvidence(attempts: [.answer(in: "python", score: .nan, at: 1)]),
            .invalidScore, "nan"
        ),
        (
            "recall above 1", ReadinessEvidence(recall: ["python": AreaRecall(probability: 1.2, cards: 3)]),
            .invalidRecall,
            "'python'"
        ),
        (
            "more due than cards",
            ReadinessEvidence(recall: ["python": AreaRecall(probability: 0.9, cards: 3, dueCards: 4)]),
            .invalidRecall, "4 cards due of 3"
        ),
    ]

    @Test("evidence out of range is refused with the area and the value", arguments: badEvidence)
    func refusesEvidence(_ name: String, _ evidence: ReadinessEvidence, _ code: ReadinessError.Code, _ context: String)
    {
        do {
            _ = try Self.calculator.readiness(from: evidence, asOf: Self.now)
            Issue.record("accepted \(name)")
        } catch {
            #expect(error.code == code)
            #expect(error.message.contains(context), "\(error.message)")
        }
    }

    @Test("readiness survives JSON encoding")
    func codable() throws {
        let readiness = try Self.calculator.readiness(from: Self.base, asOf: Self.now)
        let decoded = try JSONDecoder().decode(Readiness.self, from: JSONEncoder().encode(readiness))
        #expect(decoded == readiness)
    }
}
