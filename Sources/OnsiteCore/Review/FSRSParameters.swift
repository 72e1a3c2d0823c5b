/// The settings of the FSRS-6 scheduler: the 21 model weights, the retention to aim for and
/// the longest interval.
///
/// The defaults are FSRS-6's published weights (those of Anki, py-fsrs 6.3 and fsrs-rs 6.6),
/// which do well for users with few reviews. Every instance is valid: the initialisers and the
/// decoder check the values and throw an ``FSRSParameterError`` that names the bad one.
///
/// There is no fuzz setting: onsite's intervals are deterministic, so the same history always
/// gives the same schedule (py-fsrs's `enable_fuzzing=False`).
public struct FSRSParameters: Hashable, Sendable, Codable {
    /// FSRS-6's default weights, `w0` to `w20`.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The lowest value each weight may take (py-fsrs's bounds).
    public static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001,
        0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1,
    ]

    /// The highest value each weight may take (py-fsrs's bounds).
    public static let upperBounds: [Double] = [
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
        5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8,
    ]

    /// The desired retentions onsite accepts: below 0.7 reviews come too late to be useful,
    /// above 0.99 their number explodes.
    public static let retentionRange: ClosedRange<Double> = 0.7...0.99

    /// The default parameters: default weights, retention 0.9, intervals up to 36,500 days.
    public static let `default` = FSRSParameters(
        uncheckedWeights: defaultWeights, desiredRetention: 0.9, maximumInterval: 36_500)

    /// The 21 model weights, `w0` to `w20`.
    public let weights: [Double]
    /// The probability of recall at which a card falls due, 0.7–0.99.
    public let desiredRetention: Double
    /// The longest interval, in days, between two reviews (at least 1).
    public let maximumInterval: Int

    /// Creates parameters, checking every value.
    ///
    /// - Throws: ``FSRSParameterError`` naming the first value out of range.
    public init(
        weights: [Double] = FSRSParameters.defaultWeights, desiredRetention: Double = 0.9,
        maximumInterval: Int = 36_500
    ) throws(FSRSParameterError) {
        try Self.check(weights: weights, desiredRetention: desiredRetention, maximumInterval: maximumInterval)
        self.init(uncheckedWeights: weights, desiredRetention: desiredRetention, maximumInterval: maximumInterval)
    }

    private init(uncheckedWeights: [Double], desiredRetention: Double, maximumInterval: Int) {
        self.weights = uncheckedWeights
        self.desiredRetention = desiredRetention
        self.maximumInterval = maximumInterval
    }

    /// These parameters with another desired retention.
    ///
    /// - Throws: ``FSRSParameterError/desiredRetention(_:)`` when `retention` is outside 0.7–0.99.
    public func withDesiredRetention(_ retention: Double) throws(FSRSParameterError) -> FSRSParameters {
        try FSRSParameters(weights: weights, desiredRetention: retention, maximumInterval: maximumInterval)
    }

    private enum CodingKeys: String, CodingKey {
        case weights, desiredRetention, maximumInterval
    }

    /// Decodes parameters and checks them as ``init(weights:desiredRetention:maximumInterval:)`` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let weights = try container.decode([Double].self, forKey: .weights)
        let retention = try container.decode(Double.self, forKey: .desiredRetention)
        let maximum = try container.decode(Int.self, forKey: .maximumInterval)
        do throws(FSRSParameterError) {
            try self.init(weights: weights, desiredRetention: retention, maximumInterval: maximum)
        } catch {
            let key: CodingKeys =
                switch error {
                case .desiredRetention: .desiredRetention
                case .maximumInterval: .maximumInterval
                case .weightCount, .weight: .weights
                }
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: error.description)
        }
    }

    private static func check(
        weights: [Double], desiredRetention: Double, maximumInterval: Int
    ) throws(FSRSParameterError) {
        guard weights.count == defaultWeights.count else { throw .weightCount(weights.count) }
        for (index, weight) in weights.enumerated()
        where !(lowerBounds[index]...upperBounds[index]).contains(weight) {
            throw .weight(index: index, value: weight)
        }
        guard retentionRange.contains(desiredRetention) else { throw .desiredRetention(desiredRetention) }
        guard maximumInterval >= 1 else { throw .maximumInterval(maximumInterval) }
    }
}

/// A value that ``FSRSParameters`` refuses, with the value itself.
public enum FSRSParameterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The desired retention is outside 0.7–0.99 (or not a number).
    case desiredRetention(Double)
    /// There are not exactly 21 weights; carries the count given.
    case weightCount(Int)
    /// Weight `index` is outside its bounds (or not a number).
    case weight(index: Int, value: Double)
    /// The maximum interval is shorter than one day.
    case maximumInterval(Int)

    /// A stable identifier of the kind of error, for logs and API responses.
    public var code: String {
        switch self {
        case .desiredRetention: "desired-retention-out-of-range"
        case .weightCount: "wrong-weight-count"
        case .weight: "weight-out-of-range"
        case .maximumInterval: "maximum-interval-too-short"
        }
    }

    /// What is wrong, naming the value, for example
    /// "desired retention 0.5 is outside 0.7–0.99".
    public var description: String {
        switch self {
        case .desiredRetention(let value):
            "desired retention \(value) is outside \(FSRSParameters.retentionRange.lowerBound)–"
                + "\(FSRSParameters.retentionRange.upperBound)"
        case .weightCount(let count):
            "FSRS-6 needs \(FSRSParameters.defaultWeights.count) weights, not \(count)"
        case .weight(let index, let value):
            "weight w\(index) = \(value) is outside \(FSRSParameters.lowerBounds[index])–"
                + "\(FSRSParameters.upperBounds[index])"
        case .maximumInterval(let days):
            "maximum interval \(days) days is shorter than one day"
        }
    }
}
