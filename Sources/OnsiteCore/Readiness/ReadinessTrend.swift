/// Overall readiness day by day, for a trend line: one point for each day that had an attempt,
/// computed at the end of that day from the attempts made up to then.
public struct ReadinessTrend: Hashable, Sendable, Codable {
    /// Overall readiness at the end of one day.
    public struct Point: Hashable, Sendable, Codable {
        /// The start of the day (local midnight), in milliseconds since the Unix epoch.
        public var day: Int64
        /// 0–1.
        public var readiness: Double

        /// A point of the trend.
        public init(day: Int64, readiness: Double) {
            self.day = day
            self.readiness = readiness
        }
    }

    /// One point per day with activity, oldest first.
    public var points: [Point]

    /// A trend from its points, for decoding and tests.
    public init(points: [Point]) { self.points = points }

    /// The trend of the evidence's attempts in the calculator's areas.
    ///
    /// - Parameters:
    ///   - utcOffsetMilliseconds: the user's offset from UTC, so days start at their midnight
    ///     (for example 3_600_000 for UTC+1).
    ///   - recallOnDay: the recall to use as of the end of each day, when the caller can rebuild
    ///     it from its review log; by default the evidence's recall (today's forecast) is used
    ///     for every day, so the last point equals today's overall readiness.
    /// - Throws: ``ReadinessError`` for a score or recall outside 0–1.
    public init(
        _ evidence: ReadinessEvidence, calculator: ReadinessCalculator, utcOffsetMilliseconds: Int64 = 0,
        recallOnDay: ((_ endOfDay: Int64) -> [String: AreaRecall])? = nil
    ) throws(ReadinessError) {
        let day = ReadinessCalculator.millisecondsPerDay
        let areas = Set(calculator.areas)
        let days = Set(
            evidence.attempts.filter { areas.contains($0.area) }.map { attempt in
                Self.floorDivide(attempt.at + utcOffsetMilliseconds, by: day) * day - utcOffsetMilliseconds
            }
        ).sorted()
        var points: [Point] = []
        for start in days {
            let end = start + day - 1
            var asOfDay = evidence
            if let recallOnDay { asOfDay.recall = recallOnDay(end) }
            let readiness = try calculator.readiness(from: asOfDay, asOf: end)
            points.append(Point(day: start, readiness: readiness.overall))
        }
        self.points = points
    }

    private static func floorDivide(_ value: Int64, by divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}

extension ReadinessCalculator {
    /// Overall readiness at the end of each day that had an attempt; see ``ReadinessTrend``.
    public func trend(
        from evidence: ReadinessEvidence, utcOffsetMilliseconds: Int64 = 0
    ) throws(ReadinessError) -> ReadinessTrend {
        try ReadinessTrend(evidence, calculator: self, utcOffsetMilliseconds: utcOffsetMilliseconds)
    }
}
