/// A number a resume states, with what it counts: `40%`, `3x`, `$2M`, `200ms`, `3M events/day`.
struct Quantity: Sendable {
    enum Kind: Sendable {
        /// `40%`, `12 percent`.
        case percent
        /// `3x`, `10×`, `3 times`, `10-fold`.
        case multiplier
        /// `$2M`, `200k dollars`.
        case money
        /// `200ms`, `6 hours`, `3 weeks`.
        case duration
        /// `2TB`, `500 GB`.
        case dataSize
        /// A count of something with scale: `40 services`, `3M users`, `5k req/s`, `a team of 6`.
        case count
        /// A large number with no unit: `10k`, `3M`, `250,000`.
        case magnitude
        /// A small number with no unit, such as the `12` of "from 12 to 2".
        case plain
    }

    var kind: Kind
    /// The tokens the quantity spans: the number, its unit and any "per second" after it.
    var tokens: ClosedRange<Int>

    // MARK: Finding quantities

    static func find(in tokens: [ResumeToken]) -> [Quantity] {
        var found: [Quantity] = []
        var index = 0
        while index < tokens.count {
            if let quantity = read(at: index, in: tokens) {
                found.append(quantity)
                index = quantity.tokens.upperBound + 1
            } else {
                index += 1
            }
        }
        return found
    }

    private static func read(at index: Int, in tokens: [ResumeToken]) -> Quantity? {
        let word = tokens[index].word
        let previous = index > 0 ? tokens[index - 1].word : ""
        guard let number = Number(word) else { return nil }
        if TechnologyLexicon.isVersioned(previous) || previous == "version" || previous == "v" { return nil }
        var kind = number.kind
        var last = index
        let sameClause = { (position: Int) in
            position < tokens.count && !tokens[position - 1].endsClause
        }
        // A magnitude word after the number: "3 million users".
        if kind == nil || kind == .magnitude, sameClause(last + 1), magnitudeWords.contains(tokens[last + 1].word) {
            last += 1
            kind = number.isMoney ? .money : .magnitude
        }
        // The unit, after at most two describing words: "3M daily active users", "12 Django services".
        if kind == nil || kind == .magnitude || kind == .money {
            var look = last + 1
            while look <= last + 3 && sameClause(look) {
                if let unit = unitKind(of: tokens[look].word, money: number.isMoney) {
                    if !(unit == .count && kind == .money) { kind = unit }
                    last = look
                    break
                }
                if ResumeLexicon.stopwords.contains(tokens[look].word) || Number(tokens[look].word) != nil { break }
                look += 1
            }
        }
        // "a team of 6", "a 5-person team".
        if kind == nil || kind == .plain,
            index >= 2, previous == "of", teamWords.contains(tokens[index - 2].word)
        {
            kind = .count
        }
        // "per second", "a day", "daily" after a count: part of the same figure.
        if sameClause(last + 1) {
            let after = tokens[last + 1].word
            if ["per", "a", "an", "each", "every"].contains(after), sameClause(last + 2),
                periodWords.contains(tokens[last + 2].word)
            {
                last += 2
            } else if ["daily", "monthly", "weekly", "hourly", "annually", "yearly"].contains(after) {
                last += 1
            }
        }
        guard let kind = kind ?? (number.isYear ? nil : (number.value >= 1000 ? .magnitude : .plain)) else {
            return nil
        }
        return Quantity(kind: kind, tokens: index...last)
    }

    private static func unitKind(of word: String, money: Bool) -> Kind? {
        let base = word.split(separator: "/").first.map(String.init) ?? word
        if ["percent", "pct", "pp"].contains(base) { return .percent }
        if ["times", "fold", "x"].contains(base) { return .multiplier }
        if ["dollars", "usd", "eur", "euros", "gbp", "pounds"].contains(base) { return .money }
        if durationUnits.contains(base) { return .duration }
        if dataUnits.contains(base) { return .dataSize }
        if ResumeLexicon.scaleUnits.contains(base) || word.hasSuffix("/s") || word.hasSuffix("/sec") {
            return money ? .money : .count
        }
        return nil
    }

    static let magnitudeWords: Set<String> = ["thousand", "million", "billion", "trillion", "k", "m", "bn"]
    static let durationUnits: Set<String> = [
        "ms", "millisecond", "milliseconds", "msec", "s", "sec", "secs", "second", "seconds", "min", "mins",
        "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
        "year", "years",
    ]
    static let dataUnits: Set<String> = ["kb", "mb", "gb", "tb", "pb", "gib", "tib", "bytes", "terabytes", "gigabytes"]
    static let periodWords: Set<String> = ["second", "sec", "minute", "min", "hour", "day", "week", "month", "year"]
    static let teamWords: Set<String> = ["team", "squad", "group", "org", "organization", "department"]
}

/// A number as written on a resume, with what its own characters say about it.
struct Number: Sendable {
    var value: Double
    /// What a suffix says: `%`, `x`, `ms`, `GB`, `k`; `nil` when the number has none.
    var kind: Quantity.Kind?
    var isMoney: Bool
    /// Four digits from 1950 to 2099 with nothing else: a year, not a figure.
    var isYear: Bool

    init?(_ word: String) {
        var text = Substring(word)
        while let first = text.first, "~<>+\u{2248}".contains(first) { text = text.dropFirst() }
        isMoney = text.first.map { "$\u{20AC}\u{00A3}".contains($0) } ?? false
        if isMoney { text = text.dropFirst() }
        if let spelled = Self.spelled[String(text)] {
            value = spelled
            kind = Self.multiplierWords.contains(String(text)) ? .multiplier : nil
            isYear = false
            return
        }
        let digits = text.prefix { $0.isNumber || $0 == "." || $0 == "," }
        guard let first = digits.first, first.isNumber else { return nil }
        value = Double(String(digits.filter { $0 != "," })) ?? 0
        var suffix = String(text.dropFirst(digits.count))
        let isRate = suffix.contains("/")
        if let slash = suffix.firstIndex(of: "/") { suffix = String(suffix[..<slash]) }
        isYear = suffix.isEmpty && !isRate && digits.count == 4 && (1950...2099).contains(Int(value))
        switch suffix {
        case "": kind = isRate ? .count : nil
        case "%": kind = .percent
        case "x", "\u{00D7}": kind = .multiplier
        case "k", "m", "mm", "b", "bn", "k+", "m+", "+": kind = isMoney ? .money : (isRate ? .count : .magnitude)
        case "kb", "mb", "gb", "tb", "pb": kind = .dataSize
        case "ms", "s", "sec", "secs", "min", "mins", "h", "hr", "hrs", "d", "wk", "wks": kind = .duration
        case "rps", "qps", "tps", "rpm": kind = .count
        default: return nil
        }
        if isMoney && kind == nil { kind = .money }
    }

    private static let spelled: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "hundred": 100, "dozen": 12, "twice": 2, "half": 0.5, "halved": 0.5, "doubled": 2, "tripled": 3, "tenfold": 10,
    ]
    private static let multiplierWords: Set<String> = ["twice", "half", "halved", "doubled", "tripled", "tenfold"]
}
