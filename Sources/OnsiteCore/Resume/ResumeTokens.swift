/// One word of a resume bullet or of a sentence of an answer, located in its text.
///
/// Words keep the characters that make them one thing on a resume: `40%`, `$2M`, `3.5x`,
/// `req/s`, `1,200`, `N+1`, `C#`. Hyphens split words ("zero-downtime" is "zero", "downtime").
struct ResumeToken: Sendable {
    /// Where the word is in the text it was read from.
    var range: Range<String.Index>
    /// Lowercased, curly apostrophes straightened, British spellings of lexicon words made American.
    var word: String
    /// A clause ends after this word: `,` `;` `:` `(` `)` a dash between words, or the end of a sentence.
    var endsClause: Bool
}

/// A resume's words, each with the number it states when it is one.
struct ResumeTokens: Sendable {
    let text: String
    let tokens: [ResumeToken]
    /// The quantities found, in order; each covers one or more tokens.
    let quantities: [Quantity]
    /// For each token, the clause it belongs to (0-based).
    let clauses: [Int]

    init(_ text: String) {
        self.text = text
        let tokens = Self.scan(text)
        self.tokens = tokens
        var clauses: [Int] = []
        var clause = 0
        for token in tokens {
            clauses.append(clause)
            if token.endsClause { clause += 1 }
        }
        self.clauses = clauses
        self.quantities = Quantity.find(in: tokens)
    }

    var count: Int { tokens.count }

    func word(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].word : "" }

    /// The text from the first token to the last, as written.
    func phrase(_ range: ClosedRange<Int>) -> String {
        String(text[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound].range.upperBound])
    }

    /// Whether the words from `index` on are `words`.
    func matches(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where tokens[index + offset].word != word { return false }
        return true
    }

    /// The index of the last token of the clause of `index`, no further than `limit` tokens on.
    func clauseEnd(from index: Int, limit: Int = 14) -> Int {
        var end = index
        while end < tokens.count - 1 && !tokens[end].endsClause && end - index < limit - 1 { end += 1 }
        return end
    }

    /// The quantity that starts at or covers `index`, if any.
    func quantity(at index: Int) -> Quantity? {
        quantities.first { $0.tokens.contains(index) }
    }

    // MARK: Scanning

    private static func scan(_ text: String) -> [ResumeToken] {
        var tokens: [ResumeToken] = []
        var start: String.Index?
        var index = text.startIndex
        func flush(at end: String.Index) {
            guard let begin = start else { return }
            start = nil
            let raw = text[begin..<end].lowercased().replacing("\u{2019}", with: "'")
            // "optimised" reads as "optimized"; "raising" stays "raising", not "raizing".
            let respelled = TextAnalyzer.respell(raw)
            let word = respelled != raw && ResumeLexicon.knownWords.contains(respelled) ? respelled : raw
            tokens.append(ResumeToken(range: begin..<end, word: word, endsClause: false))
        }
        func endClause() {
            if !tokens.isEmpty { tokens[tokens.count - 1].endsClause = true }
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let previous: Character? = index > text.startIndex ? text[text.index(before: index)] : nil
            let following: Character? = next < text.endIndex ? text[next] : nil
            if isWordCharacter(character, previous: previous, next: following, inWord: start != nil) {
                if start == nil { start = index }
            } else {
                flush(at: index)
                switch character {
                case ",", ";", ":", "(", ")", "[", "]", "|", ".", "!", "?", "\u{2022}":
                    endClause()
                case "\u{2013}", "\u{2014}":
                    // An en or em dash between numbers is a range (2019–2021); between words, a break.
                    if !(previous?.isNumber == true && following?.isNumber == true) { endClause() }
                case "-":
                    if previous?.isWhitespace != false && following?.isWhitespace != false { endClause() }
                    if following == ">" { arrow(at: index, in: &tokens, text: text) }
                case "\u{2192}", "\u{21D2}":
                    arrow(at: index, in: &tokens, text: text)
                default:
                    break
                }
            }
            index = next
        }
        flush(at: text.endIndex)
        return tokens
    }

    /// An arrow between numbers reads as "to": `800ms → 120ms`.
    private static func arrow(at index: String.Index, in tokens: inout [ResumeToken], text: String) {
        tokens.append(ResumeToken(range: index..<text.index(after: index), word: "\u{2192}", endsClause: false))
    }

    private static func isWordCharacter(
        _ character: Character, previous: Character?, next: Character?, inWord: Bool
    )
        -> Bool
    {
        if character.isLetter || character.isNumber || character == "_" { return true }
        let alphanumericBefore = previous.map { $0.isLetter || $0.isNumber } ?? false
        let alphanumericAfter = next.map { $0.isLetter || $0.isNumber } ?? false
        switch character {
        case "$", "\u{20AC}", "\u{00A3}", "~", "\u{2248}":
            return !inWord && next?.isNumber == true
        case "%", "\u{00D7}":
            return inWord && previous?.isNumber == true
        case "+", "#":
            return inWord && alphanumericBefore
        case ".", "/", "'", "\u{2019}":
            return inWord && alphanumericBefore && alphanumericAfter
        case ",":
            return inWord && previous?.isNumber == true && next?.isNumber == true
        default:
            return false
        }
    }
}
