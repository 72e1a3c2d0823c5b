/// What the grader reads from an answer as a whole: is it text at all, an explanation or a list
/// of terms, an honest "don't know" with a plan, a story or a hypothetical.
struct AnswerSignals: Sendable {
    var wordCount: Int
    var isGibberish: Bool
    var isKeywordList: Bool
    var isHonestUnsure: Bool
    /// Indices of sentences that only restate the prompt.
    var restating: Set<Int>
    /// The answer as a whole is the prompt again, though a sentence alone may not look like it.
    var restatesWhole: Bool
    /// The share of the answer's content words found anywhere in the rubric or its model answer.
    var onTopicShare: Double
    /// Indices of sentences that report a belief in order to reject it ("people think … but") or
    /// hedge it ("I'm not sure whether …"): they state no pitfall and contradict nothing.
    var distancing: Set<Int>
    /// Sentences with a reason, a consequence or a trade-off, as a share of the sentences.
    var reasoning: Double
    /// The share of words written in fragments rather than sentences.
    var fragmentShare: Double
    var averageSentenceLength: Double
    /// Sentences in which the speaker says what they did, in the past tense.
    var personalActions: Int
    var hasMeasuredResult: Bool
    /// Fewer than two sentences say what the speaker did: a view or a hypothetical, not a story.
    var tellsNoStory: Bool

    init(_ sentences: [IndexedSentence], rubric: CompiledRubric, weights: TermWeights) {
        let words = sentences.flatMap(\.sentence.words)
        wordCount = words.count
        let content = words.filter(\.isContent)
        let known = words.filter { !$0.isContent || weights.knows($0.key) || rubric.vocabulary.contains($0.key) }
        let distinct = Set(content.map(\.key)).count
        isGibberish =
            !words.isEmpty
            && (Double(known.count) < 0.35 * Double(words.count)
                || (content.count >= 8 && Double(distinct) < 0.25 * Double(content.count)))

        let fragmentWords = sentences.filter(\.isFragment).reduce(0) { $0 + $1.sentence.words.count }
        fragmentShare = words.isEmpty ? 0 : Double(fragmentWords) / Double(words.count)
        let grammarShare = words.isEmpty ? 0 : Double(words.count - content.count) / Double(words.count)
        let arrows = sentences.reduce(0) { $0 + $1.sentence.arrows }
        let fragments = sentences.filter(\.isFragment).count
        isKeywordList =
            words.count >= 3
            && (fragmentShare >= 0.5 || 5 * fragments >= 3 * sentences.count
                || (arrows >= 2 && grammarShare < 0.35) || grammarShare < 0.15)
        averageSentenceLength = sentences.isEmpty ? 0 : Double(words.count) / Double(sentences.count)

        let raws = sentences.map { $0.sentence.words.map(\.raw) }
        let unsure = raws.contains(where: Lexicon.unsureMarkers.occurs(in:))
        let plan = raws.reduce(into: Set<Int>()) { $0.formUnion(Lexicon.planMarkers.matches(in: $1)) }
        isHonestUnsure = unsure && plan.count >= 2

        var restating = Set<Int>()
        var distancing = Set<Int>()
        var reasoningSentences = 0
        var personalActions = 0
        var measured = false
        for (index, indexed) in sentences.enumerated() {
            let keys = Set(indexed.content.map(\.key))
            let shared = keys.intersection(rubric.promptKeys).count
            if keys.count >= 2, Double(shared) >= 0.8 * Double(keys.count),
                Double(shared) >= 0.4 * Double(rubric.promptKeys.count)
            {
                restating.insert(index)
            }
            let raws = raws[index]
            // A belief reported to be rejected, or a hedged one ("I'm not sure whether …"), is no claim.
            if Self.distancingMarkers.occurs(in: raws) {
                distancing.insert(index)
            }
            if !indexed.isFragment && raws.contains(where: Lexicon.reasoningMarkers.contains) {
                reasoningSentences += 1
            }
            if Self.tellsWhatISaidOrDid(raws) { personalActions += 1 }
            if raws.contains(where: { $0.first?.isNumber == true || Self.measureWords.contains($0) }) {
                measured = true
            }
        }
        self.restating = restating
        let answerKeys = Set(content.map(\.key))
        let shared = answerKeys.intersection(rubric.promptKeys).count
        restatesWhole =
            restating.count == sentences.count
            || (answerKeys.count >= 2 && Double(shared) >= 0.8 * Double(answerKeys.count)
                && Double(shared) >= 0.6 * Double(rubric.promptKeys.count))
        onTopicShare =
            answerKeys.isEmpty
            ? 0 : Double(answerKeys.filter(rubric.vocabulary.contains).count) / Double(answerKeys.count)
        self.distancing = distancing
        reasoning = sentences.isEmpty ? 0 : Double(reasoningSentences) / Double(sentences.count)
        self.personalActions = personalActions
        hasMeasuredResult = measured
        tellsNoStory = personalActions < 2
    }

    /// "I" followed closely by a verb in the past tense.
    private static func tellsWhatISaidOrDid(_ raws: [String]) -> Bool {
        for (index, word) in raws.enumerated() where word == "i" {
            for next in raws[(index + 1)..<min(raws.count, index + 4)] where isPastTense(next) { return true }
        }
        return false
    }

    private static func isPastTense(_ word: String) -> Bool {
        (word.count > 3 && word.hasSuffix("ed") && word != "need") || irregularPast.contains(word)
    }

    private static let irregularPast: Set<String> = [
        "was", "had", "did", "made", "took", "gave", "told", "went", "got", "found", "saw", "spent", "led",
        "wrote", "sat", "ran", "set", "kept", "began", "brought", "built", "thought", "felt", "left", "met",
        "paid", "put", "said", "sent", "showed", "spoke", "taught", "understood", "chose", "knew", "became",
        "came", "grew", "let", "read", "held", "drew", "rewrote", "broke", "caught", "sought", "stood",
        "split", "shipped", "cut", "hit", "quit", "shut",
    ]

    private static let measureWords: Set<String> = [
        "percent", "half", "halved", "twice", "doubled", "tripled", "weeks", "months", "days", "hours",
    ]

    /// Wordings that report a belief in order to reject it.
    static let distancingMarkers = PhraseList([
        "people think", "people assume", "people believe", "myth", "misconception", "common mistake",
        "mistake", "people get", "contrary", "assume", "some say", "is false", "not true", "trap",
        "wrongly", "wrong", "misunderstanding", "naive", "naively", "tempting", "people say", "people sometimes",
        "some people", "you hear", "you often hear", "folks", "claim", "claims", "they say", "supposedly",
        "is said", "juniors", "popular belief", "used to think", "i once thought", "someone told", "if someone",
        "heard that", "on faith",
    ])
}
