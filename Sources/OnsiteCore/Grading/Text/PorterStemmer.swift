/// The Porter (1980) stemmer, so that "released", "releases" and "releasing" meet at "releas".
///
/// Works on lowercase ASCII words; anything else is returned unchanged.
/// Follows M.F. Porter, "An algorithm for suffix stripping", with the published
/// departures of the reference implementation (`logi` → `log`, `bli` → `ble`).
enum PorterStemmer {
    static func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var stemmer = Buffer(bytes)
        stemmer.step1ab()
        stemmer.step1c()
        stemmer.step2()
        stemmer.step3()
        stemmer.step4()
        stemmer.step5()
        return String(decoding: stemmer.word, as: UTF8.self)
    }

    private struct Buffer {
        var word: [UInt8]
        /// The end of the stem left when the suffix being tested is removed.
        var stemEnd = 0

        init(_ word: [UInt8]) { self.word = word }

        private func isConsonant(_ index: Int) -> Bool {
            switch word[index] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
                return false
            case UInt8(ascii: "y"):
                return index == 0 ? true : !isConsonant(index - 1)
            default:
                return true
            }
        }

        /// The number of vowel-consonant sequences in `word[0..<end]`.
        private func measure(_ end: Int) -> Int {
            var count = 0
            var index = 0
            while index < end && isConsonant(index) { index += 1 }
            while index < end {
                while index < end && !isConsonant(index) { index += 1 }
                guard index < end else { break }
                count += 1
                while index < end && isConsonant(index) { index += 1 }
            }
            return count
        }

        private func hasVowel(_ end: Int) -> Bool { (0..<end).contains { !isConsonant($0) } }

        private func endsWithDoubleConsonant(_ end: Int) -> Bool {
            end >= 2 && word[end - 1] == word[end - 2] && isConsonant(end - 1)
        }

        /// Consonant-vowel-consonant ending where the last is not w, x or y.
        private func endsCVC(_ end: Int) -> Bool {
            guard end >= 3, isConsonant(end - 1), !isConsonant(end - 2), isConsonant(end - 3) else { return false }
            let last = word[end - 1]
            return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != UInt8(ascii: "y")
        }

        private mutating func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard word.count > count else { return false }
            let start = suffix.utf8Start
            for offset in 0..<count where word[word.count - count + offset] != start[offset] { return false }
            stemEnd = word.count - count
            return true
        }

        private mutating func replaceSuffix(with replacement: StaticString) {
            word.removeSubrange(stemEnd...)
            word.append(
                contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
        }

        private mutating func replaceIfMeasured(_ replacement: StaticString) {
            if measure(stemEnd) > 0 { replaceSuffix(with: replacement) }
        }

        mutating func step1ab() {
            if word.last == UInt8(ascii: "s") {
                if ends("sses") {
                    replaceSuffix(with: "ss")
                } else if ends("ies") {
                    replaceSuffix(with: "i")
                } else if !ends("ss"), word.count > 1 {
                    word.removeLast()
                }
            }
            if ends("eed") {
                if measure(stemEnd) > 0 { word.removeLast() }
                return
            }
            guard (ends("ed") || ends("ing")) && hasVowel(stemEnd) else { return }
            word.removeSubrange(stemEnd...)
            if ends("at") || ends("bl") || ends("iz") {
                word.append(UInt8(ascii: "e"))
            } else if endsWithDoubleConsonant(word.count) {
                let last = word[word.count - 1]
                if last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z") {
                    word.removeLast()
                }
            } else if measure(word.count) == 1 && endsCVC(word.count) {
                word.append(UInt8(ascii: "e"))
            }
        }

        mutating func step1c() {
            if ends("y") && hasVowel(stemEnd) { word[word.count - 1] = UInt8(ascii: "i") }
        }

        private static let step2Rules: [(StaticString, StaticString)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
            ("logi", "log"),
        ]

        mutating func step2() {
            for (suffix, replacement) in Self.step2Rules where ends(suffix) {
                replaceIfMeasured(replacement)
                return
            }
        }

        private static let step3Rules: [(StaticString, StaticString)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
            ("ness", ""),
        ]

        mutating func step3() {
            for (suffix, replacement) in Self.step3Rules where ends(suffix) {
                replaceIfMeasured(replacement)
                return
            }
        }

        /// Longest first where one suffix ends another ("ement", "ment", "ent").
        private static let step4Suffixes: [StaticString] = [
            "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ion", "ism", "ate", "iti", "ous",
            "ive", "ize", "al", "er", "ic", "ou",
        ]

        mutating func step4() {
            for suffix in Self.step4Suffixes where ends(suffix) {
                if suffix.utf8CodeUnitCount == 3 && suffix.utf8Start[0] == UInt8(ascii: "i")
                    && suffix.utf8Start[1] == UInt8(ascii: "o")
                {
                    let before = stemEnd > 0 ? word[stemEnd - 1] : 0
                    guard before == UInt8(ascii: "s") || before == UInt8(ascii: "t") else { return }
                }
                if measure(stemEnd) > 1 { word.removeSubrange(stemEnd...) }
                return
            }
        }

        mutating func step5() {
            stemEnd = word.count
            if word.last == UInt8(ascii: "e") {
                let stem = word.count - 1
                let m = measure(stem)
                if m > 1 || (m == 1 && !endsCVC(stem)) { word.removeLast() }
            }
            if measure(word.count) > 1 && endsWithDoubleConsonant(word.count) && word.last == UInt8(ascii: "l") {
                word.removeLast()
            }
        }
    }
}
