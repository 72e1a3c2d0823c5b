/// How closely two graders' grades on the same answers agree.
public struct Agreement: Hashable, Sendable, Codable {
    public var count: Int
    /// Spearman's rank correlation, with ties given their mean rank.
    public var spearman: Double
    /// Cohen's kappa with quadratic weights over grades 0–4.
    public var quadraticWeightedKappa: Double
    /// The share of answers graded exactly alike, and within one grade.
    public var exact: Double
    public var withinOne: Double
    /// The mean of (grader − person).
    public var meanDifference: Double

    /// The agreement of `predicted` grades with `expected` ones, both 0–4 and of equal length.
    public init(expected: [Int], predicted: [Int]) {
        precondition(expected.count == predicted.count, "grades come in pairs")
        count = expected.count
        spearman = Self.pearson(Self.ranks(expected), Self.ranks(predicted))
        quadraticWeightedKappa = Self.quadraticKappa(expected, predicted, categories: 5)
        let pairs = zip(expected, predicted)
        exact = count == 0 ? 0 : Double(pairs.filter { $0 == $1 }.count) / Double(count)
        withinOne = count == 0 ? 0 : Double(pairs.filter { abs($0 - $1) <= 1 }.count) / Double(count)
        meanDifference = count == 0 ? 0 : Double(pairs.reduce(0) { $0 + $1.1 - $1.0 }) / Double(count)
    }

    static func ranks(_ values: [Int]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let mean = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = mean }
            start = end + 1
        }
        return ranks
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        guard x.count > 1 else { return 0 }
        let meanX = x.reduce(0, +) / Double(x.count)
        let meanY = y.reduce(0, +) / Double(y.count)
        var covariance = 0.0
        var varianceX = 0.0
        var varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return 0 }
        return covariance / (varianceX.squareRoot() * varianceY.squareRoot())
    }

    static func quadraticKappa(_ expected: [Int], _ predicted: [Int], categories: Int) -> Double {
        guard !expected.isEmpty else { return 0 }
        var observed = [[Double]](repeating: [Double](repeating: 0, count: categories), count: categories)
        var rowTotals = [Double](repeating: 0, count: categories)
        var columnTotals = [Double](repeating: 0, count: categories)
        for (a, b) in zip(expected, predicted) {
            let a = min(max(a, 0), categories - 1)
            let b = min(max(b, 0), categories - 1)
            observed[a][b] += 1
            rowTotals[a] += 1
            columnTotals[b] += 1
        }
        let total = Double(expected.count)
        var disagreement = 0.0
        var chance = 0.0
        for i in 0..<categories {
            for j in 0..<categories {
                let weight = Double((i - j) * (i - j)) / Double((categories - 1) * (categories - 1))
                disagreement += weight * observed[i][j]
                chance += weight * rowTotals[i] * columnTotals[j] / total
            }
        }
        return chance == 0 ? 1 : 1 - disagreement / chance
    }
}
