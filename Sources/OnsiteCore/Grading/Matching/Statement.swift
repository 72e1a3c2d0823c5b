/// A wording from a rubric (a concept's alternative, a phrasing, a pitfall's sign), ready to be
/// compared with the sentences of an answer.
struct Statement: Sendable {
    var text: String
    /// Content words in order.
    var keys: [String]
    var weights: [Double]
    /// Whether each word is negated within the statement.
    var negated: [Bool]
    var totalWeight: Double

    init(_ text: String, analyzer: TextAnalyzer, weights termWeights: TermWeights) {
        self.init(text, words: analyzer.analyze(text).words, weights: termWeights)
    }

    /// A statement of words already analysed (a sentence of the model answer).
    init(_ text: String, words all: some Sequence<AnalyzedText.Word>, weights termWeights: TermWeights) {
        self.text = text
        let words = all.filter(\.isContent)
        keys = words.map(\.key)
        weights = words.map { termWeights.weight(of: $0.key) }
        negated = words.map(\.isNegated)
        totalWeight = weights.reduce(0, +)
    }

    var isEmpty: Bool { keys.isEmpty }

    /// The statement without the given words, as an answer says it when their subject is understood
    /// ("every implementation has one" for "every implementation has a GIL"); `nil` when none is in it.
    func leavingOut(_ left: Set<String>) -> Statement? {
        guard keys.contains(where: left.contains) else { return nil }
        var statement = self
        let kept = keys.indices.filter { !left.contains(keys[$0]) }
        statement.keys = kept.map { keys[$0] }
        statement.weights = kept.map { weights[$0] }
        statement.negated = kept.map { negated[$0] }
        statement.totalWeight = statement.weights.reduce(0, +)
        return statement
    }
}

/// How one statement meets one sentence of an answer.
struct StatementMatch: Sendable {
    /// The weighted share of the statement's words the sentence contains.
    var recall: Double
    /// The weighted share found in the statement's order.
    var ordered: Double
    /// The weighted share of the found words whose negation differs between the two.
    var disagreement: Double
    /// The weighted share of the statement found, counting only words negated alike.
    var agreeingRecall: Double

    /// One similarity, 0–1: mostly which words, partly in which order.
    var similarity: Double { 0.65 * recall + 0.35 * ordered }

    /// Whether the sentence says the opposite of the statement.
    var contradicts: Bool { disagreement > 0.5 }

    static let none = StatementMatch(recall: 0, ordered: 0, disagreement: 0, agreeingRecall: 0)
}

/// An answer sentence indexed for matching: where each normalised word occurs.
struct IndexedSentence: Sendable {
    var sentence: AnalyzedText.Sentence
    var content: [AnalyzedText.Word]
    var positions: [String: [Int]]
    /// A fragment rather than an explanation: a handful of words, no grammar, or arrows. A
    /// fragment can show that the candidate knows a term, not that they understand it.
    var isFragment: Bool

    init(_ sentence: AnalyzedText.Sentence) {
        self.sentence = sentence
        content = sentence.words.filter(\.isContent)
        var positions: [String: [Int]] = [:]
        for (index, word) in content.enumerated() { positions[word.key, default: []].append(index) }
        self.positions = positions
        let grammar = sentence.words.count - content.count
        isFragment =
            !sentence.isCode
            && (sentence.arrows > 0 || sentence.words.count < 5
                || Double(grammar) < 0.15 * Double(sentence.words.count) || Self.isList(sentence.words))
    }

    /// Three or more clauses of at most three words holding half the words: "A, B, C and D".
    private static func isList(_ words: [AnalyzedText.Word]) -> Bool {
        var sizes: [Int: Int] = [:]
        for word in words { sizes[word.clause, default: 0] += 1 }
        let short = sizes.values.filter { $0 <= 3 }
        return short.count >= 3 && 2 * short.reduce(0, +) >= words.count
    }

    func match(_ statement: Statement, minimumRecall: Double = 0.3) -> StatementMatch {
        guard statement.totalWeight > 0 else { return .none }
        var found = 0.0
        var disagreeing = 0.0
        var sentenceIndex = [Int](repeating: -1, count: statement.keys.count)
        for (index, key) in statement.keys.enumerated() {
            guard let at = positions[key] else { continue }
            let weight = statement.weights[index]
            found += weight
            let best = at.first { content[$0].isNegated == statement.negated[index] } ?? at[0]
            sentenceIndex[index] = best
            if content[best].isNegated != statement.negated[index] { disagreeing += weight }
        }
        let recall = found / statement.totalWeight
        guard recall >= minimumRecall else {
            return StatementMatch(recall: recall, ordered: 0, disagreement: 0, agreeingRecall: recall)
        }
        let ordered = orderedWeight(statement, sentenceIndex) / statement.totalWeight
        let disagreement = found > 0 ? disagreeing / found : 0
        return StatementMatch(
            recall: recall, ordered: ordered, disagreement: disagreement,
            agreeingRecall: (found - disagreeing) / statement.totalWeight)
    }

    /// The weight of the heaviest subsequence of found words that keeps the statement's order.
    private func orderedWeight(_ statement: Statement, _ sentenceIndex: [Int]) -> Double {
        var best: [(position: Int, weight: Double)] = []
        for (index, position) in sentenceIndex.enumerated() where position >= 0 {
            let weight = statement.weights[index]
            let previous = best.filter { $0.position < position }.map(\.weight).max() ?? 0
            best.append((position, previous + weight))
        }
        return best.map(\.weight).max() ?? 0
    }
}
