/// A text split into sentences of normalised words, the form the grader compares.
struct AnalyzedText: Sendable {
    var sentences: [Sentence]

    /// Every word of every sentence.
    var words: some Sequence<Word> { sentences.lazy.flatMap(\.words) }
    var wordCount: Int { sentences.reduce(0) { $0 + $1.words.count } }
}

extension AnalyzedText {
    /// One word, normalised: spelling, stem and synonym group resolved to a ``key``.
    struct Word: Hashable, Sendable {
        /// The normalised form two wordings of one idea share, for example `releas`.
        var key: String
        /// The word as written, lowercased.
        var raw: String
        var isStopword: Bool
        var isNegator: Bool
        /// Written as code (between backticks or in a code block).
        var isCode: Bool
        /// Index of the clause within its sentence.
        var clause: Int
        /// The word means "not" its key, as "immutable" means not "mutable".
        var isAntonym = false
        /// Whether the word is negated: an antonym, or reached by a negation in its clause.
        var isNegated = false

        /// A word that carries meaning, as opposed to grammar.
        var isContent: Bool { !isStopword && !isNegator }
    }

    /// A sentence (or list item, or line of code) of the original text.
    struct Sentence: Hashable, Sendable {
        /// The sentence as written, on one line.
        var text: String
        var words: [Word]
        /// A line of a fenced code block.
        var isCode: Bool
        /// Arrows (`->`, `→`, `=>`) written between words, the shorthand of keyword lists.
        var arrows: Int

        var contentWords: [Word] { words.filter(\.isContent) }
    }
}
