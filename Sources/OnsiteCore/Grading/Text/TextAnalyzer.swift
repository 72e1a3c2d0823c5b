/// Turns free text into ``AnalyzedText``: sentences, clauses, normalised words and negation.
///
/// The same analyzer reads rubrics and answers, so both sides of every comparison went
/// through the same spelling, stemming and synonym rules.
struct TextAnalyzer: Sendable {
    /// How many words after a negator its negation reaches, within one clause.
    static let negationReach = 8

    private let stemGroups: [String: String]
    private let antonyms: [String: String]
    private let phrases: [String: [(words: [String], meaning: [String])]]

    init() {
        var stemGroups: [String: String] = [:]
        for group in Lexicon.wordGroups {
            let head = PorterStemmer.stem(group[0])
            for word in group { stemGroups[PorterStemmer.stem(TextAnalyzer.respell(word))] = head }
        }
        self.stemGroups = stemGroups
        var antonyms: [String: String] = [:]
        for (word, opposite) in Lexicon.antonyms {
            let base = PorterStemmer.stem(opposite)
            antonyms[PorterStemmer.stem(word)] = stemGroups[base] ?? base
        }
        self.antonyms = antonyms
        var phrases: [String: [(words: [String], meaning: [String])]] = [:]
        for group in Lexicon.phraseGroups {
            let meaning = group.meaning.split(separator: " ").map(String.init)
            for phrase in group.phrases {
                let words = phrase.split(separator: " ").map(String.init)
                phrases[words[0], default: []].append((words, meaning))
            }
        }
        for key in phrases.keys { phrases[key]?.sort { $0.words.count > $1.words.count } }
        self.phrases = phrases
    }

    func analyze(_ text: String) -> AnalyzedText {
        var sentences: [AnalyzedText.Sentence] = []
        for raw in TextScanner.sentences(in: text) {
            let words = normalise(raw.tokens)
            guard !words.isEmpty else { continue }
            sentences.append(
                AnalyzedText.Sentence(text: raw.text, words: words, isCode: raw.isCode, arrows: raw.arrows))
        }
        return AnalyzedText(sentences: sentences)
    }

    /// The key a single word normalises to, ignoring phrases.
    func key(of word: String) -> String {
        let respelled = Self.respell(word)
        let stem = PorterStemmer.stem(Lexicon.comparatives[respelled] ?? respelled)
        return stemGroups[stem] ?? stem
    }

    private func normalise(_ tokens: [TextScanner.Token]) -> [AnalyzedText.Word] {
        var words: [AnalyzedText.Word] = []
        words.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if !token.isCode, let (length, meaning) = phrase(startingAt: index, in: tokens) {
                for word in meaning {
                    words.append(makeWord(word, clause: token.clause, isCode: false, allowStopword: false))
                }
                index += length
                continue
            }
            words.append(makeWord(token.text, clause: token.clause, isCode: token.isCode, allowStopword: !token.isCode))
            index += 1
        }
        markNegation(&words)
        return words
    }

    private func phrase(startingAt index: Int, in tokens: [TextScanner.Token]) -> (Int, [String])? {
        guard let candidates = phrases[tokens[index].text] else { return nil }
        for candidate in candidates where index + candidate.words.count <= tokens.count {
            var matches = true
            for (offset, word) in candidate.words.enumerated() where tokens[index + offset].text != word {
                matches = false
                break
            }
            if matches { return (candidate.words.count, candidate.meaning) }
        }
        return nil
    }

    private func makeWord(_ raw: String, clause: Int, isCode: Bool, allowStopword: Bool) -> AnalyzedText.Word {
        let isNegator = raw == "not" || (allowStopword && Lexicon.negators.contains(raw))
        let isStopword = allowStopword && !isNegator && Lexicon.stopwords.contains(raw)
        var key = isStopword || isNegator ? raw : key(of: raw)
        var isAntonym = false
        if !isStopword && !isNegator, let opposite = antonyms[key] {
            key = opposite
            isAntonym = true
        }
        return AnalyzedText.Word(
            key: key, raw: raw, isStopword: isStopword, isNegator: isNegator, isCode: isCode, clause: clause,
            isAntonym: isAntonym, isNegated: isAntonym)
    }

    /// A word is negated when an odd number of negators precede it closely in its clause.
    /// "not only" and "not just" are not negations, nor is the "nor" of "neither … nor".
    private func markNegation(_ words: inout [AnalyzedText.Word]) {
        for index in words.indices where words[index].isNegator {
            let next = index + 1 < words.count ? words[index + 1].raw : ""
            if words[index].raw == "not" && (next == "only" || next == "just") { continue }
            if words[index].raw == "nor",
                words[..<index].contains(where: { $0.raw == "neither" && $0.clause == words[index].clause })
            {
                continue
            }
            var reach = index + 1
            while reach < words.count && reach <= index + Self.negationReach
                && words[reach].clause == words[index].clause
            {
                if !words[reach].isNegator { words[reach].isNegated.toggle() }
                reach += 1
            }
        }
    }

    /// British spellings to American ones, so "serialise" meets "serialize".
    static func respell(_ word: String) -> String {
        if let known = Lexicon.spellings[word] { return known }
        guard word.utf8.count > 5 else { return word }
        for (british, american) in respellings where word.hasSuffix(british) {
            return String(word.dropLast(british.count)) + american
        }
        return word
    }

    private static let respellings: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
        ("ises", "izes"), ("iser", "izer"), ("isers", "izers"), ("ise", "ize"), ("ysing", "yzing"),
        ("ysed", "yzed"), ("yse", "yze"),
    ]
}
