import RealModule

/// The FSRS-6 memory model: how stability and difficulty change at a review, how recall decays
/// between reviews, and the interval that meets the desired retention.
///
/// The formulas are FSRS-6's, as py-fsrs 6.3.2 computes them with no learning steps and no
/// fuzz, and the tests check them against values py-fsrs produces. Time is counted in whole
/// days, as py-fsrs counts it; ``ReviewScheduler`` turns timestamps into days.
///
/// A review on the same day as the previous one (fewer than one whole day after it) uses the
/// short-term formula ``sameDayStability(_:after:)``; a review a day or more later uses
/// ``stabilityAfterRecall(_:retrievability:rating:)`` or ``stabilityAfterLapse(_:retrievability:)``.
public struct FSRS: Hashable, Sendable {
    /// The lowest stability FSRS keeps, in days.
    public static let minimumStability = 0.001
    /// The range difficulty is kept in.
    public static let difficultyRange: ClosedRange<Double> = 1...10

    /// The weights, desired retention and maximum interval.
    public let parameters: FSRSParameters

    /// Creates the model with these parameters (FSRS-6's defaults unless given).
    public init(parameters: FSRSParameters = .default) {
        self.parameters = parameters
    }

    private var w: [Double] { parameters.weights }

    /// The exponent of the forgetting curve, `−w20`.
    public var decay: Double { -w[20] }

    /// The factor that makes recall exactly 90% when the elapsed time equals the stability:
    /// `0.9^(1/decay) − 1`.
    public var factor: Double { Double.pow(0.9, 1 / decay) - 1 }

    // MARK: Recall and intervals

    /// The probability of recall `days` after the last review of a memory of this stability:
    /// `R(t, S) = (1 + factor·t/S)^decay`.
    ///
    /// It is 1 at `t = 0` and 0.9 at `t = S`. Negative `days` count as 0.
    public func retrievability(afterDays days: Double, stability: Double) -> Double {
        Double.pow(1 + factor * max(days, 0) / stability, decay)
    }

    /// The number of days until a memory of this stability falls to the desired retention:
    /// `S/factor · (r^(1/decay) − 1)`, rounded to the nearest day (halves to even, as Python's
    /// `round`) and kept between 1 and the maximum interval.
    ///
    /// At the default retention of 0.9 the interval is the stability itself, rounded.
    public func interval(forStability stability: Double) -> Int {
        let days = stability / factor * (Double.pow(parameters.desiredRetention, 1 / decay) - 1)
        let rounded = days.rounded(.toNearestOrEven)
        guard rounded >= 1 else { return 1 }  // also NaN
        guard rounded < Double(parameters.maximumInterval) else { return parameters.maximumInterval }
        return Int(rounded)
    }

    // MARK: First review

    /// The memory after the first review of a new card: ``initialStability(after:)`` and the
    /// clamped ``initialDifficulty(after:clamped:)``.
    public func initialState(after rating: Rating) -> MemoryState {
        MemoryState(stability: initialStability(after: rating), difficulty: initialDifficulty(after: rating))
    }

    /// The stability after the first rating, `S0(G) = w[G−1]`.
    public func initialStability(after rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    /// The difficulty after the first rating, `D0(G) = w4 − e^(w5·(G−1)) + 1`.
    ///
    /// - Parameter clamped: whether to keep the result within 1–10. A new card's difficulty is
    ///   clamped; the mean-reversion target `D0(Easy)` is not (≈ −4.77163 with the defaults).
    public func initialDifficulty(after rating: Rating, clamped: Bool = true) -> Double {
        let difficulty = w[4] - Double.exp(w[5] * Double(rating.rawValue - 1)) + 1
        return clamped ? Self.clampDifficulty(difficulty) : difficulty
    }

    // MARK: Later reviews

    /// The memory after a review of a card that has been reviewed before.
    ///
    /// - Parameters:
    ///   - memory: the state after the previous review; `nil` for a new card, which gets
    ///     ``initialState(after:)``.
    ///   - rating: how well the card was recalled.
    ///   - elapsedDays: whole days since the previous review. Fewer than 1 (including a review
    ///     timed before the previous one) is a same-day review.
    public func nextState(of memory: MemoryState?, after rating: Rating, elapsedDays: Int) -> MemoryState {
        guard let memory else { return initialState(after: rating) }
        let stability: Double
        if elapsedDays < 1 {
            stability = sameDayStability(memory.stability, after: rating)
        } else {
            let recall = retrievability(afterDays: Double(elapsedDays), stability: memory.stability)
            stability =
                rating == .again
                ? stabilityAfterLapse(memory, retrievability: recall)
                : stabilityAfterRecall(memory, retrievability: recall, rating: rating)
        }
        return MemoryState(stability: stability, difficulty: nextDifficulty(memory.difficulty, after: rating))
    }

    /// The difficulty after a review: a linearly damped step, `D' = D − w6·(G−3)·(10−D)/9`,
    /// then mean reversion towards the unclamped `D0(Easy)`, `D'' = w7·D0(4) + (1−w7)·D'`,
    /// kept within 1–10.
    public func nextDifficulty(_ difficulty: Double, after rating: Rating) -> Double {
        let step = -w[6] * Double(rating.rawValue - 3)
        let damped = difficulty + (10 - difficulty) * step / 9
        let target = initialDifficulty(after: .easy, clamped: false)
        return Self.clampDifficulty(w[7] * target + (1 - w[7]) * damped)
    }

    /// The stability after a successful recall (Hard, Good or Easy) a day or more after the
    /// previous review:
    /// `S' = S·(1 + e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R)) − 1)·(w15 if Hard)·(w16 if Easy))`.
    ///
    /// - Parameters:
    ///   - memory: the state before the review (its stability and difficulty).
    ///   - retrievability: the probability of recall at the review, `R(t, S)`.
    ///   - rating: Hard, Good or Easy.
    public func stabilityAfterRecall(_ memory: MemoryState, retrievability: Double, rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        let (stability, difficulty) = (memory.stability, memory.difficulty)
        let growth =
            Double.exp(w[8]) * (11 - difficulty) * Double.pow(stability, -w[9])
            * (Double.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus
        return max(stability * (1 + growth), Self.minimumStability)
    }

    /// The stability after a lapse (Again) a day or more after the previous review:
    /// `min(w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)), S / e^(w17·w18))`.
    ///
    /// The second term keeps a lapse from ever raising stability above what a same-day Again
    /// would leave.
    public func stabilityAfterLapse(_ memory: MemoryState, retrievability: Double) -> Double {
        let (stability, difficulty) = (memory.stability, memory.difficulty)
        let longTerm =
            w[11] * Double.pow(difficulty, -w[12]) * (Double.pow(stability + 1, w[13]) - 1)
            * Double.exp((1 - retrievability) * w[14])
        let shortTerm = stability / Double.exp(w[17] * w[18])
        return max(min(longTerm, shortTerm), Self.minimumStability)
    }

    /// The stability after a review on the same day as the previous one:
    /// `S' = S·e^(w17·(G−3+w18))·S^(−w19)`.
    ///
    /// As in py-fsrs 6.3.2, the factor is kept at 1 or more for Hard, Good and Easy, so a
    /// successful same-day review never lowers stability; only Again can.
    public func sameDayStability(_ stability: Double, after rating: Rating) -> Double {
        var increase = Double.exp(w[17] * (Double(rating.rawValue) - 3 + w[18])) * Double.pow(stability, -w[19])
        if rating != .again {
            increase = max(increase, 1)
        }
        return max(stability * increase, Self.minimumStability)
    }

    private static func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, difficultyRange.lowerBound), difficultyRange.upperBound)
    }
}
