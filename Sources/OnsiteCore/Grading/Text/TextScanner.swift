/// Splits text into sentences of lowercase tokens, in one pass over its Unicode scalars.
///
/// Sentences end at `.`, `!` and `?` followed by a space, at blank lines, before list items
/// and at every line of a fenced code block. Clauses end at `, ; : ( )`, at arrows and before
/// words such as "but" and "because". Contractions are expanded ("doesn't" → "does not"),
/// dotted names split ("sys.path" → "sys path"), and big-O expressions become one token.
enum TextScanner {
    struct Token: Sendable {
        var text: String
        var isCode: Bool
        var clause: Int
    }

    struct RawSentence: Sendable {
        var text: String
        var tokens: [Token]
        var isCode: Bool
        var arrows: Int
    }

    static func sentences(in text: String) -> [RawSentence] {
        var scanner = State(Array(text.unicodeScalars))
        scanner.run()
        return scanner.sentences
    }

    private static let abbreviations: Set<String> = [
        "e", "g", "i", "eg", "ie", "etc", "vs", "mr", "mrs", "dr", "approx", "cf", "al",
    ]

    private struct State {
        let scalars: [Unicode.Scalar]
        var index = 0
        var sentences: [RawSentence] = []
        var tokens: [Token] = []
        var word = ""
        var clause = 0
        var arrows = 0
        var sentenceStart = 0
        var inFence = false
        var inBacktick = false

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func scalar(at offset: Int) -> Unicode.Scalar? {
            index + offset < scalars.count && index + offset >= 0 ? scalars[index + offset] : nil
        }

        static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return false }
            if scalar.isASCII {
                let value = scalar.value
                return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
                    || value == 95
            }
            return scalar.properties.isAlphabetic
        }

        static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
            guard let scalar else { return true }
            return isWhitespace(scalar)
        }

        /// Unicode whitespace, with ASCII answered without the property tables.
        static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return scalar == " " || (9...13).contains(scalar.value) }
            return scalar.properties.isWhitespace
        }

        mutating func run() {
            while index < scalars.count {
                let current = scalars[index]
                if current.isASCII && Self.isWordScalar(current) {
                    let value = current.value
                    word.unicodeScalars.append(value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : current)
                } else if Self.isWordScalar(current) {
                    word.unicodeScalars.append(contentsOf: current.properties.lowercaseMapping.unicodeScalars)
                } else {
                    handlePunctuation(current)
                }
                index += 1
            }
            endSentence(at: scalars.count)
        }

        mutating func handlePunctuation(_ current: Unicode.Scalar) {
            switch current {
            case "'", "\u{2019}", "\u{2018}":
                if !word.isEmpty && Self.isWordScalar(scalar(at: 1)) { word.append("'") } else { flushWord() }
            case ".":
                flushWord()
                if Self.isWordScalar(scalar(at: 1)) { return }
                if let last = tokens.last?.text, TextScanner.abbreviations.contains(last) { return }
                if !inFence { endSentence(at: index + 1) }
            case "!", "?":
                flushWord()
                if !inFence && Self.isSpace(scalar(at: 1)) { endSentence(at: index + 1) }
            case ",", ";", ":", "(", ")", "[", "]":
                if current == "(", word == "o", let bigO = readBigO() {
                    word = ""
                    // Written as code so that "on" (O(n)) is never taken for the stopword.
                    tokens.append(Token(text: bigO, isCode: true, clause: clause))
                    return
                }
                flushWord()
                clause += 1
            case "-", "=":
                flushWord()
                if scalar(at: 1) == ">" {
                    arrow()
                    index += 1
                } else if current == "=" && scalar(at: 1) == "=" {
                    append("==")
                    index += 1
                }
            case "\u{2192}", "\u{21D2}", "\u{27F6}":
                flushWord()
                arrow()
            case "+":
                if word == "n" && scalar(at: 1) == "1" {
                    word = "nplus1"
                    index += 1
                    flushWord()
                } else if scalar(at: 1) == "=" {
                    flushWord()
                    append("+=")
                    index += 1
                } else {
                    flushWord()
                }
            case "`":
                flushWord()
                if scalar(at: 1) == "`" && scalar(at: 2) == "`" {
                    endSentence(at: index)
                    inFence.toggle()
                    while index < scalars.count && scalars[index] != "\n" { index += 1 }
                    sentenceStart = index + 1
                } else {
                    inBacktick.toggle()
                }
            case "\n":
                flushWord()
                newLine()
            default:
                flushWord()
            }
        }

        mutating func arrow() {
            arrows += 1
            clause += 1
        }

        mutating func newLine() {
            if inFence {
                endSentence(at: index)
                return
            }
            var look = index + 1
            var blank = true
            while look < scalars.count && scalars[look] != "\n" {
                if !Self.isWhitespace(scalars[look]) {
                    blank = false
                    break
                }
                look += 1
            }
            if blank || startsListItem(at: look) { endSentence(at: index) }
        }

        func startsListItem(at position: Int) -> Bool {
            guard position < scalars.count else { return false }
            let first = scalars[position]
            let next = position + 1 < scalars.count ? scalars[position + 1] : " "
            if "-*\u{2022}+#>".unicodeScalars.contains(first) { return next == " " || first == "#" }
            var cursor = position
            while cursor < scalars.count && scalars[cursor].properties.numericType != nil { cursor += 1 }
            return cursor > position && cursor + 1 < scalars.count && (scalars[cursor] == "." || scalars[cursor] == ")")
                && scalars[cursor + 1] == " "
        }

        /// Reads `(…)` after an `o` as a complexity class, for example `o(n log n)` → `onlogn`.
        mutating func readBigO() -> String? {
            var inner = ""
            var cursor = index + 1
            while cursor < scalars.count && scalars[cursor] != ")" && cursor - index < 16 {
                let scalar = scalars[cursor]
                if !Self.isWhitespace(scalar) && scalar != "*" && scalar != "^" && scalar != "(" {
                    inner.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
                cursor += 1
            }
            guard cursor < scalars.count && scalars[cursor] == ")" && !inner.isEmpty else { return nil }
            index = cursor
            switch inner {
            case "n2", "n²", "nn", "n**2": return "on2"
            case "logn", "log": return "ologn"
            case "nlogn", "nlog": return "onlogn"
            default: return "o" + inner.filter { $0.isLetter || $0.isNumber }
            }
        }

        mutating func append(_ text: String) {
            tokens.append(Token(text: text, isCode: inBacktick || inFence, clause: clause))
        }

        mutating func flushWord() {
            guard !word.isEmpty else { return }
            defer { word = "" }
            if word == "cannot" {
                append("can")
                append("not")
                return
            }
            if word.contains("'") {
                expandContraction()
                return
            }
            if Lexicon.clauseBreakers.contains(word) && !tokens.isEmpty && !(inBacktick || inFence) { clause += 1 }
            append(word)
        }

        mutating func expandContraction() {
            if word.hasSuffix("n't") {
                let base = String(word.dropLast(3))
                let expanded = ["ca": "can", "wo": "will", "sha": "shall", "ai": "is"][base] ?? base
                append(expanded)
                append("not")
                return
            }
            for (suffix, expanded) in [
                ("'s", ""), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am"),
            ]
            where word.hasSuffix(suffix) {
                append(String(word.dropLast(suffix.count)))
                if !expanded.isEmpty { append(expanded) }
                return
            }
            append(word.replacingApostrophes())
        }

        mutating func endSentence(at end: Int) {
            flushWord()
            defer {
                tokens = []
                clause = 0
                arrows = 0
                sentenceStart = end
            }
            guard !tokens.isEmpty else { return }
            let start = min(sentenceStart, scalars.count)
            var text = ""
            var lastWasSpace = true
            for scalar in scalars[start..<min(end, scalars.count)] {
                if Self.isWhitespace(scalar) {
                    if !lastWasSpace { text.append(" ") }
                    lastWasSpace = true
                } else {
                    text.unicodeScalars.append(scalar)
                    lastWasSpace = false
                }
            }
            if text.hasSuffix(" ") { text.removeLast() }
            sentences.append(RawSentence(text: text, tokens: tokens, isCode: inFence, arrows: arrows))
        }
    }
}

extension String {
    fileprivate func replacingApostrophes() -> String { String(filter { $0 != "'" }) }
}
