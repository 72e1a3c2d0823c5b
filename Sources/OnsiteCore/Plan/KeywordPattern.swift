/// A word or phrase found in text case-insensitively and on word boundaries.
///
/// "rest" is found in "REST APIs" and "Django REST framework" but not in "restaurant"; "orm" not
/// in "platform". A space and a hyphen match each other ("test-driven" finds "test driven"), runs
/// of white space count as one space, and a plural `s` may follow a keyword that ends in a letter
/// ("orm" finds "ORMs").
struct KeywordPattern: Hashable, Sendable {
    /// The keyword as the skill list writes it.
    let keyword: String
    /// The keyword lowercased with its white space collapsed.
    let characters: [Character]
    /// Whether a trailing `s` is allowed after the keyword.
    let allowsPlural: Bool

    init(_ keyword: String, allowsPlural: Bool = true) {
        self.keyword = keyword
        self.characters = KeywordPattern.normalised(keyword)
        self.allowsPlural = allowsPlural
    }

    /// Whether the keyword occurs in `text`, which must be ``normalised(_:)``.
    func isFound(in text: [Character]) -> Bool {
        firstOccurrence(in: text) != nil
    }

    /// The offset of the first occurrence of the keyword in normalised `text`.
    func firstOccurrence(in text: [Character]) -> Int? {
        let length = characters.count
        guard length > 0, text.count >= length else { return nil }
        for start in 0...(text.count - length) where matches(text, at: start) {
            return start
        }
        return nil
    }

    private func matches(_ text: [Character], at start: Int) -> Bool {
        for offset in characters.indices
        where !KeywordPattern.equivalent(characters[offset], text[start + offset]) {
            return false
        }
        let first = characters[0]
        let last = characters[characters.count - 1]
        if start > 0, KeywordPattern.isWordCharacter(first), KeywordPattern.isWordCharacter(text[start - 1]) {
            return false
        }
        let end = start + characters.count
        guard end < text.count, KeywordPattern.isWordCharacter(last), KeywordPattern.isWordCharacter(text[end])
        else { return true }
        let pluralEnds = end + 1 == text.count || !KeywordPattern.isWordCharacter(text[end + 1])
        return allowsPlural && last.isLetter && text[end] == "s" && pluralEnds
    }

    /// Lowercases `text`, turns every run of white space into one space and trims both ends.
    static func normalised(_ text: some StringProtocol) -> [Character] {
        var result: [Character] = []
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// Letters, digits and the underscore: the characters a word is made of.
    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    private static func equivalent(_ lhs: Character, _ rhs: Character) -> Bool {
        lhs == rhs || (isSeparator(lhs) && isSeparator(rhs))
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == " " || character == "-"
    }
}
