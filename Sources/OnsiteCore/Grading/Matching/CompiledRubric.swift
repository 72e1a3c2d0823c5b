/// A rubric with every wording analysed once, so grading an answer only analyses the answer.
struct CompiledRubric: Sendable {
    struct Point: Sendable {
        var point: AssessmentPoint
        /// Each concept's alternatives.
        var concepts: [[Statement]]
        /// The strong answer and the phrasings, which can also be contradicted.
        var claims: [Statement]
        /// Sentences of the model answer about this point.
        var modelSentences: [Statement]
    }

    struct Pitfall: Sendable {
        var pitfall: OnsiteCore.Pitfall
        var signs: [Statement]
        /// The signs with the question's topic left out, for answers that refer to it as "it".
        var signsWithoutTopic: [Statement]
    }

    /// Two concept words, in alphabetical order.
    struct Pair: Hashable, Sendable {
        var first: String
        var second: String

        init(_ a: String, _ b: String) {
            (first, second) = a < b ? (a, b) : (b, a)
        }
    }

    /// How the rubric's sentences relate two concept words.
    struct Relation: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        /// Both affirmed in one sentence ("threads suit IO-bound work").
        static let affirmed = Relation(rawValue: 1)
        /// One negated beside the other ("asyncio does nothing for CPU-bound work").
        static let opposed = Relation(rawValue: 2)
    }

    var rubric: Rubric
    var points: [Point]
    var pitfalls: [Pitfall]
    /// The normalised content words of the prompt.
    var promptKeys: Set<String>
    /// The specific words the question is about, named in its title and prompt ("gil"): an
    /// answer that names them once may go on to call them "it".
    var topicKeys: Set<String>
    /// Every normalised content word of the rubric and its model answer.
    var vocabulary: Set<String>
    /// The specific words of the concepts, whose relations are checked.
    var conceptKeys: Set<String>
    var relations: [Pair: Relation]

    /// How specific a title word must be to count as the topic.
    static let topicWeight = 0.6

    init(_ rubric: Rubric, analyzer: TextAnalyzer, weights: TermWeights) {
        self.rubric = rubric
        func statements(_ texts: [String]) -> [Statement] {
            texts.map { Statement($0, analyzer: analyzer, weights: weights) }.filter { !$0.isEmpty }
        }
        var points = rubric.points.map { point in
            Point(
                point: point, concepts: point.concepts.map { statements($0.alternatives) },
                claims: statements([point.strongAnswer] + point.phrasings), modelSentences: [])
        }
        let model = analyzer.analyze(rubric.modelAnswer)
        for sentence in model.sentences where sentence.contentWords.count >= 4 && !sentence.isCode {
            if let owner = Self.owner(of: IndexedSentence(sentence), among: points) {
                points[owner].modelSentences.append(Statement(sentence.text, words: sentence.words, weights: weights))
            }
        }
        self.points = points
        promptKeys = Set(analyzer.analyze(rubric.prompt).words.filter(\.isContent).map(\.key))
        let titleKeys = analyzer.analyze(rubric.title).words.filter(\.isContent).map(\.key)
        let topicKeys = Set(
            titleKeys.filter { [promptKeys] in promptKeys.contains($0) && weights.weight(of: $0) >= Self.topicWeight })
        self.topicKeys = topicKeys
        pitfalls = rubric.pitfalls.map {
            let signs = statements($0.signs)
            return Pitfall(pitfall: $0, signs: signs, signsWithoutTopic: signs.compactMap { $0.leavingOut(topicKeys) })
        }
        var vocabulary = Set(model.words.filter(\.isContent).map(\.key))
        for point in points {
            for statement in point.concepts.joined() { vocabulary.formUnion(statement.keys) }
            for statement in point.claims { vocabulary.formUnion(statement.keys) }
        }
        self.vocabulary = vocabulary
        var conceptKeys = Set<String>()
        for point in points {
            for statement in point.concepts.joined() {
                for (key, weight) in zip(statement.keys, statement.weights) where weight >= 0.6 {
                    conceptKeys.insert(key)
                }
            }
        }
        self.conceptKeys = conceptKeys
        var relations: [Pair: Relation] = [:]
        let claims = points.flatMap(\.claims).map { zip($0.keys, $0.negated).map { ($0, $1) } }
        let modelSentences = model.sentences.map { $0.contentWords.map { ($0.key, $0.isNegated) } }
        for sentence in claims + modelSentences {
            let polarity = Self.polarity(of: sentence, keys: conceptKeys)
            for (a, negatedA) in polarity {
                for (b, negatedB) in polarity where a < b {
                    relations[Pair(a, b), default: []].insert(
                        negatedA == negatedB ? (negatedA ? [] : .affirmed) : .opposed)
                }
            }
        }
        self.relations = relations
    }

    /// The concept words of a sentence with their negation; a word both negated and not is left out.
    static func polarity(of words: [(String, Bool)], keys: Set<String>) -> [String: Bool] {
        var polarity: [String: Bool] = [:]
        var mixed = Set<String>()
        for (key, negated) in words where keys.contains(key) {
            if let seen = polarity[key], seen != negated { mixed.insert(key) }
            polarity[key] = negated
        }
        for key in mixed { polarity[key] = nil }
        return polarity
    }

    /// Two concept words the sentence affirms together while the rubric only ever opposes them,
    /// as in "CPU-bound work, so use asyncio".
    /// Ideas are paired within one clause of the answer, or across a short sentence: in a long
    /// sentence two ideas meet in too many ways.
    func wrongRelation(in sentence: IndexedSentence) -> Pair? {
        // Ideas set side by side as a contrast ("CPU-bound vs IO-bound") are not claimed together.
        // So are ideas in a clause that ends on its negation ("lists can be changed, tuples can't"),
        // whose verb is left understood.
        let words = sentence.sentence.words
        let elliptical = words.indices.contains { index in
            words[index].isNegator && (index + 1 == words.count || words[index + 1].clause != words[index].clause)
        }
        guard !elliptical else { return nil }
        let contrasts = words.contains { ["vs", "versus", "unlike", "whereas"].contains($0.raw) }
        let short = sentence.sentence.words.count <= 14 && !contrasts
        let groups = short ? [sentence.content] : Dictionary(grouping: sentence.content, by: \.clause).map(\.value)
        for group in groups {
            let polarity = Self.polarity(of: group.map { ($0.key, $0.isNegated) }, keys: conceptKeys)
            let affirmed = polarity.filter { !$0.value }.keys.sorted()
            for (index, a) in affirmed.enumerated() {
                for b in affirmed[(index + 1)...] where relations[Pair(a, b)] == .opposed { return Pair(a, b) }
            }
        }
        return nil
    }

    /// The point a model-answer sentence is about: the one whose concepts it names most, or
    /// whose claims it echoes; `nil` when it is about none in particular.
    private static func owner(of sentence: IndexedSentence, among points: [Point]) -> Int? {
        var best: (index: Int, score: Double)?
        for (index, point) in points.enumerated() {
            let concepts = point.concepts.filter { alternatives in
                alternatives.contains { sentence.match($0, minimumRecall: 1).recall >= 1 }
            }.count
            let echo = point.claims.map { sentence.match($0).similarity }.max() ?? 0
            let score = Double(concepts) * 0.5 + echo
            if score >= 1, score > best?.score ?? 0 { best = (index, score) }
        }
        return best?.index
    }
}
