extension Duration {
    /// The duration in milliseconds, as benchmarks and run reports give times.
    public var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}

/// Percentiles of a set of measured durations, as benchmarks print them.
public struct LatencySummary: Hashable, Sendable, Codable {
    public var count: Int
    public var p50: Double
    public var p90: Double
    public var p99: Double
    public var mean: Double
    public var max: Double

    /// Summarises `samples` (milliseconds, in any order); all zero when there are none.
    public init(_ samples: [Double]) {
        let sorted = samples.sorted()
        count = sorted.count
        p50 = Self.percentile(0.50, of: sorted)
        p90 = Self.percentile(0.90, of: sorted)
        p99 = Self.percentile(0.99, of: sorted)
        mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
        max = sorted.last ?? 0
    }

    /// The nearest-rank percentile: the smallest sample with at least `fraction` of them at or below it.
    public static func percentile(_ fraction: Double, of sorted: [Double]) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
}
