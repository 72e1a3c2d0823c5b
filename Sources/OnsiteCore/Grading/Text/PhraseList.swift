/// Wordings looked for as runs of whole words in a sentence, without building strings to search.
///
/// A phrase matches where its words follow one another in the sentence's words. With
/// `lastWordMayContinue`, its last word may also be the start of a longer word ("log" in
/// "logging", "read the" in "read them").
struct PhraseList: Sendable {
    private struct Entry: Sendable {
        var index: Int
        var rest: [Substring]
    }

    let phrases: [String]
    private let lastWordMayContinue: Bool
    /// Phrases of several words (and single words matched whole) by their first word.
    private var byFirstWord: [Substring: [Entry]] = [:]
    /// Single-word phrases that may continue, by their first UTF-8 byte.
    private var openWords: [UInt8: [(index: Int, word: Substring)]] = [:]

    init(_ phrases: [String], lastWordMayContinue: Bool = false) {
        self.phrases = phrases
        self.lastWordMayContinue = lastWordMayContinue
        for (index, phrase) in phrases.enumerated() {
            let words = phrase.split(separator: " ")
            guard let first = words.first else { continue }
            if words.count == 1 && lastWordMayContinue, let byte = first.utf8.first {
                openWords[byte, default: []].append((index, first))
            } else {
                byFirstWord[first, default: []].append(Entry(index: index, rest: Array(words.dropFirst())))
            }
        }
    }

    /// Whether any phrase occurs in the words.
    func occurs(in words: [String]) -> Bool {
        var found = false
        forEachMatch(in: words) { _ in
            found = true
            return false
        }
        return found
    }

    /// The indices (into ``phrases``) of the phrases that occur in the words.
    func matches(in words: [String]) -> Set<Int> {
        var found = Set<Int>()
        forEachMatch(in: words) {
            found.insert($0)
            return true
        }
        return found
    }

    /// Calls `body` with each matching phrase's index until it returns false.
    private func forEachMatch(in words: [String], _ body: (Int) -> Bool) {
        for (position, word) in words.enumerated() {
            if let byte = word.utf8.first, let candidates = openWords[byte] {
                for (index, open) in candidates where word.hasPrefix(open) {
                    if !body(index) { return }
                }
            }
            guard let entries = byFirstWord[Substring(word)] else { continue }
            for entry in entries where follows(entry.rest, in: words, after: position) {
                if !body(entry.index) { return }
            }
        }
    }

    private func follows(_ rest: [Substring], in words: [String], after position: Int) -> Bool {
        guard position + rest.count < words.count else { return false }
        for (offset, expected) in rest.enumerated() {
            let word = words[position + 1 + offset]
            let isLast = offset == rest.count - 1
            if isLast && lastWordMayContinue ? !word.hasPrefix(expected) : word != expected { return false }
        }
        return true
    }
}
