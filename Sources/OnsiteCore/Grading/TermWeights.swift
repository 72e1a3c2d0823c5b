/// How much each word tells: rare words across the bank's points weigh more than common ones.
///
/// Weights are inverse document frequencies over every point and pitfall of a set of rubrics,
/// so "python" or "use" count for little and "setswitchinterval" counts in full.
public struct TermWeights: Sendable {
    private var documentFrequency: [String: Int]
    private var documents: Int

    /// Weights learned from the points and pitfalls of these rubrics.
    public init(rubrics: [Rubric]) {
        self.init(rubrics: rubrics, analyzer: TextAnalyzer())
    }

    init(rubrics: [Rubric], analyzer: TextAnalyzer) {
        var frequency: [String: Int] = [:]
        var documents = 0
        func count(_ texts: [String]) {
            var seen = Set<String>()
            for text in texts {
                for word in analyzer.analyze(text).words where word.isContent { seen.insert(word.key) }
            }
            for key in seen { frequency[key, default: 0] += 1 }
            documents += 1
        }
        for rubric in rubrics {
            for point in rubric.points {
                count([point.strongAnswer] + point.phrasings + point.concepts.flatMap(\.alternatives))
            }
            for pitfall in rubric.pitfalls { count([pitfall.description] + pitfall.signs) }
        }
        self.documentFrequency = frequency
        self.documents = documents
    }

    /// The weight of a normalised word, 0.1–1.
    func weight(of key: String) -> Double {
        guard documents > 0, let frequency = documentFrequency[key] else { return 1 }
        let idf = naturalLogarithm(Double(documents + 1) / Double(frequency + 1))
        return min(1, max(0.1, idf / 4))
    }

    /// Whether the word appears anywhere in the rubrics the weights were learned from.
    func knows(_ key: String) -> Bool { documentFrequency[key] != nil }
}

/// ln(x) for x > 0, without importing a C library: ln(m·2ᵉ) = e·ln 2 + 2·atanh((m−1)/(m+1)).
func naturalLogarithm(_ x: Double) -> Double {
    precondition(x > 0, "logarithm of a non-positive number")
    let exponent = Double(x.exponent)
    let significand = x.significand
    let ratio = (significand - 1) / (significand + 1)
    let squared = ratio * ratio
    var term = ratio
    var sum = 0.0
    var denominator = 1.0
    for _ in 0..<12 {
        sum += term / denominator
        term *= squared
        denominator += 2
    }
    return exponent * 0.693_147_180_559_945_3 + 2 * sum
}
