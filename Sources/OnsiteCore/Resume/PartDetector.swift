/// Finds the four parts — problem, approach, scale, impact — in one resume line or one sentence
/// of an answer, each with the phrase that states it. Deterministic: word lists and positions only.
///
/// See `docs/resume.md` for the rules; the words are in ``ResumeLexicon`` and ``TechnologyLexicon``.
struct PartDetector: Sendable {
    /// One way a part is stated; lower ranks are better evidence.
    struct Finding: Sendable {
        var strength: PartEvidence.Strength
        var span: ClosedRange<Int>
        var rank: Int
    }

    let tokens: ResumeTokens
    let technologies: [(technology: Technology, tokens: ClosedRange<Int>)]

    init(_ text: String) {
        tokens = ResumeTokens(text)
        technologies = TechnologyLexicon.technologies(in: tokens)
    }

    /// The best evidence of each part found, in the order of ``ResumePart/allCases``.
    var evidence: [PartEvidence] {
        ResumePart.allCases.compactMap { part in
            best(part).map { PartEvidence(part: part, strength: $0.strength, phrase: tokens.phrase($0.span)) }
        }
    }

    func best(_ part: ResumePart) -> Finding? {
        let findings: [Finding]
        switch part {
        case .problem: findings = problems()
        case .approach: findings = approaches()
        case .scale: findings = scales()
        case .impact: findings = impacts()
        }
        return findings.min {
            ($0.strength == .clear ? 0 : 1, $0.rank, $0.span.lowerBound) < (
                $1.strength == .clear ? 0 : 1, $1.rank, $1.span.lowerBound
            )
        }
    }

    // MARK: Problem

    func problems() -> [Finding] {
        var found: [Finding] = []
        for index in 0..<tokens.count {
            let word = tokens.word(index)
            if word == "to", index + 1 < tokens.count, !tokens.tokens[index].endsClause {
                let verb = tokens.word(index + 1)
                if ResumeLexicon.purposeVerbs.contains(verb) {
                    found.append(
                        Finding(strength: .clear, span: clause(from: index, limit: 10), rank: 0))
                } else if ResumeLexicon.vaguePurposeVerbs.contains(verb) {
                    found.append(
                        Finding(strength: .vague, span: clause(from: index, limit: 10), rank: 3))
                }
            }
            if let length = ResumeLexicon.problemConnectorIndex.match(at: index, in: tokens) {
                // "the goal", "needed to", "had to" say there was a need, not what it was.
                let vague = ["needed", "had"].contains(word) || tokens.word(index + length - 1) == "goal"
                found.append(
                    Finding(
                        strength: vague ? .vague : .clear, span: clause(from: index, limit: 14),
                        rank: vague ? 3 : 0))
            }
            if let length = ResumeLexicon.problemStateIndex.match(at: index, in: tokens) {
                if isNegated(index) { continue }
                let last = index + length - 1
                if let cause = outcomeBefore(index) {
                    found.append(Finding(strength: .vague, span: cause...nounEnd(after: last), rank: 4))
                } else {
                    let vague = ResumeLexicon.vagueProblemStates.contains(word)
                    found.append(
                        Finding(
                            strength: vague ? .vague : .clear, span: around(index, last),
                            rank: vague ? 2 : 1))
                }
            }
            // "the nightly import took 6 hours"
            if ["took", "taking", "takes", "take", "lasted"].contains(word),
                let quantity = tokens.quantities.first(where: {
                    $0.kind == .duration && (index + 1...index + 3).contains($0.tokens.lowerBound)
                        && sameClause(index, $0.tokens.lowerBound)
                })
            {
                found.append(
                    Finding(
                        strength: .clear,
                        span: max(clauseStart(index), index - 4)...quantity.tokens.upperBound,
                        rank: 1))
            }
        }
        return found
    }

    /// "zero downtime", "without errors", "no outages": the problem did not happen.
    private func isNegated(_ index: Int) -> Bool {
        (1...2).contains { offset in
            index - offset >= 0 && sameClause(index - offset, index)
                && ResumeLexicon.absence.contains(tokens.word(index - offset))
        }
    }

    /// The outcome word a problem word is the object of: "cut *outages*", "reduced *errors*".
    private func outcomeBefore(_ index: Int) -> Int? {
        for position in stride(from: index - 1, through: max(0, index - 4), by: -1) {
            guard sameClause(position, index) else { return nil }
            let word = tokens.word(position)
            if ResumeLexicon.impactVerbs.containsForm(word) || ResumeLexicon.measuredOnlyVerbs.containsForm(word)
                || ResumeLexicon.impactNouns.contains(word)
            {
                return position
            }
        }
        return nil
    }

    // MARK: Approach

    func approaches() -> [Finding] {
        var found: [Finding] = []
        let hasMethod = !technologies.isEmpty || (0..<tokens.count).contains { isMethod(at: $0) }
        var vagueUntil = -1
        for index in 0..<tokens.count {
            if let length = ResumeLexicon.vagueActionIndex.match(at: index, in: tokens) {
                found.append(
                    Finding(strength: .vague, span: approachSpan(from: index), rank: 3))
                vagueUntil = index + length + 1
                continue
            }
            let word = tokens.word(index)
            if ResumeLexicon.actionVerbs.contains(at: index, in: tokens), tokens.word(index - 1) != "to",
                !(word == "leading" && tokens.word(index + 1) == "to")
            {
                let weak = index <= vagueUntil
                let strength: PartEvidence.Strength = hasMethod && !weak ? .clear : .vague
                found.append(
                    Finding(strength: strength, span: approachSpan(from: index), rank: weak ? 3 : 0))
            } else if ["using", "via", "leveraging"].contains(word) || (word == "by" && isActionVerbForm(index + 1)),
                index + 1 < tokens.count, !tokens.tokens[index].endsClause
            {
                found.append(Finding(strength: .clear, span: approachSpan(from: index), rank: 1))
            }
        }
        if let first = technologies.first {
            found.append(
                Finding(
                    strength: .vague, span: around(first.tokens.lowerBound, first.tokens.upperBound),
                    rank: 4))
        }
        return found
    }

    private func isActionVerbForm(_ index: Int) -> Bool {
        ResumeLexicon.actionVerbs.containsForm(tokens.word(index))
    }

    private func isMethod(at index: Int) -> Bool {
        ResumeLexicon.methodIndex.match(at: index, in: tokens) != nil
    }

    /// From an action to the end of its clause, stopping before the reason or the outcome.
    private func approachSpan(from index: Int) -> ClosedRange<Int> {
        var end = index
        let limit = tokens.clauseEnd(from: index, limit: 14)
        while end < limit {
            let next = end + 1
            let word = tokens.word(next)
            if ["because", "so", "which", "resulting", "after", "while"].contains(word)
                || (word == "to" && isPurpose(next)) || (word == "that" && isOutcomeCue(next + 1))
                || (ResumeLexicon.impactVerbs.forms.contains(word) && word.hasSuffix("ing"))
            {
                break
            }
            end = next
        }
        return index...end
    }

    private func isPurpose(_ index: Int) -> Bool {
        let verb = tokens.word(index + 1)
        return ResumeLexicon.purposeVerbs.contains(verb) || ResumeLexicon.vaguePurposeVerbs.contains(verb)
    }

    // MARK: Scale

    func scales() -> [Finding] {
        var found: [Finding] = []
        for quantity in tokens.quantities {
            var start = quantity.tokens.lowerBound
            if start >= 2, tokens.word(start - 1) == "of", Quantity.teamWords.contains(tokens.word(start - 2)) {
                start -= 2
                if ["a", "an"].contains(tokens.word(start - 1)) { start -= 1 }
            }
            let span = start...quantity.tokens.upperBound
            switch quantity.kind {
            case .count, .dataSize:
                found.append(Finding(strength: .clear, span: span, rank: 0))
            case .magnitude:
                found.append(Finding(strength: .clear, span: span, rank: 2))
            case .money where !hasOutcome(near: quantity.tokens.lowerBound):
                found.append(Finding(strength: .clear, span: span, rank: 1))
            default:
                break
            }
        }
        for index in 0..<tokens.count {
            guard let length = ResumeLexicon.vagueScaleIndex.match(at: index, in: tokens) else { continue }
            var end = index + length - 1
            if tokens.word(end) == "of" || ["millions", "thousands", "billions"].contains(tokens.word(index)) {
                end = min(tokens.clauseEnd(from: end, limit: 3), end + 1)
            }
            found.append(Finding(strength: .vague, span: index...end, rank: 3))
        }
        return found
    }

    /// An outcome word in the clause of `index` or just before it: "(~$240k/year)" after "cut costs by 35%".
    private func hasOutcome(near index: Int) -> Bool {
        (0..<tokens.count).contains { position in
            (sameClause(position, index) || (index - 6..<index).contains(position)) && isOutcomeCue(position)
        }
    }

    // MARK: Impact

    func impacts() -> [Finding] {
        var found: [Finding] = []
        for index in 0..<tokens.count {
            let word = tokens.word(index)
            if let metric = tokens.quantity(at: index), metric.tokens.lowerBound == index, metric.kind == .percent,
                let after = (metric.tokens.upperBound + 1...metric.tokens.upperBound + 2).first(where: {
                    ResumeLexicon.outcomeMetrics.contains(tokens.word($0)) && sameClause($0, index)
                })
            {
                found.append(Finding(strength: .clear, span: index...after, rank: 1))
            }
            if let range = fromTo(at: index) ?? comparison(at: index) {
                found.append(
                    Finding(
                        strength: .clear, span: max(clauseStart(index), index - 3)...range.upperBound,
                        rank: 1))
            }
            guard isOutcomeCue(index) else { continue }
            let end = impactEnd(from: index)
            if let measure = measure(near: index, through: end) {
                found.append(
                    Finding(
                        strength: .clear,
                        span: min(index, measure.lowerBound)...max(index, measure.upperBound), rank: 0))
            } else if !ResumeLexicon.measuredOnlyVerbs.containsForm(word) && !ResumeLexicon.impactNouns.contains(word)
                && (ResumeLexicon.impactVerbs.contains(at: index, in: tokens)
                    || ResumeLexicon.vagueComparatives.contains(word))
            {
                found.append(Finding(strength: .vague, span: index...end, rank: 2))
            }
        }
        return found
    }

    /// An outcome word used as one: an impact verb (not after "to", which states a purpose), an
    /// impact noun, or a comparative.
    private func isOutcomeCue(_ index: Int) -> Bool {
        let word = tokens.word(index)
        if tokens.word(index - 1) == "to" { return false }
        return ResumeLexicon.impactVerbs.contains(at: index, in: tokens)
            || ResumeLexicon.measuredOnlyVerbs.contains(at: index, in: tokens)
            || ResumeLexicon.impactNouns.contains(word) || ResumeLexicon.comparatives.contains(word)
    }

    /// From an outcome word to the end of its clause, stopping before the method ("by adding …").
    private func impactEnd(from index: Int) -> Int {
        var end = index
        let limit = tokens.clauseEnd(from: index, limit: 12)
        while end < limit {
            let next = end + 1
            let word = tokens.word(next)
            if ["using", "via", "because", "leveraging", "through", "after", "with", "while"].contains(word)
                || (word == "by" && tokens.quantity(at: next + 1) == nil)
                || (word == "to" && isPurpose(next))
            {
                break
            }
            end = next
        }
        return end
    }

    /// The figure that measures an outcome: a percentage, a multiple, a time, money, "from X to Y",
    /// or a count right after the outcome word ("grew to 3M users").
    private func measure(near index: Int, through end: Int) -> ClosedRange<Int>? {
        for position in max(clauseStart(index), index - 3)...end {
            if let range = fromTo(at: position) ?? comparison(at: position) { return range }
        }
        for quantity in tokens.quantities {
            let start = quantity.tokens.lowerBound
            guard start >= max(clauseStart(index), index - 3), start <= end else { continue }
            switch quantity.kind {
            case .percent, .multiplier, .money, .duration, .plain:
                return quantity.tokens
            case .count, .magnitude, .dataSize:
                let before = tokens.word(start - 1)
                if start == index + 1 || ["to", "by", "from", "\u{2192}"].contains(before) { return quantity.tokens }
            }
        }
        return nil
    }

    /// "from 800ms to 120ms", "800ms → 120ms": two figures in one clause.
    private func fromTo(at index: Int) -> ClosedRange<Int>? {
        let word = tokens.word(index)
        if word == "from" {
            guard
                let first = tokens.quantities.first(where: { (index + 1...index + 2).contains($0.tokens.lowerBound) }),
                ["to", "\u{2192}"].contains(tokens.word(first.tokens.upperBound + 1)),
                let second = tokens.quantity(at: first.tokens.upperBound + 2),
                sameClause(index, second.tokens.lowerBound)
            else { return nil }
            return index...second.tokens.upperBound
        }
        guard let first = tokens.quantity(at: index), first.tokens.lowerBound == index,
            tokens.word(first.tokens.upperBound + 1) == "\u{2192}",
            let second = tokens.quantity(at: first.tokens.upperBound + 2)
        else { return nil }
        return index...second.tokens.upperBound
    }

    /// "40 minutes instead of 6 hours", "120 ms now, down from 800 ms", "4 minutes compared with 25":
    /// a figure set against another, as people say a before and after aloud.
    private func comparison(at index: Int) -> ClosedRange<Int>? {
        guard let first = tokens.quantity(at: index), first.tokens.lowerBound == index else { return nil }
        var next = first.tokens.upperBound + 1
        while next <= first.tokens.upperBound + 2, Self.nowWords.contains(tokens.word(next)) { next += 1 }
        for connector in Self.comparisonConnectors where tokens.matches(connector, at: next) {
            var start = next + connector.count
            if Self.approximations.contains(tokens.word(start)) { start += 1 }
            if let second = tokens.quantity(at: start), second.tokens.lowerBound == start {
                return index...second.tokens.upperBound
            }
        }
        return nil
    }

    private static let nowWords: Set<String> = ["now", "today", "currently", "then", "afterwards", "after"]
    private static let approximations: Set<String> = ["about", "around", "roughly", "nearly", "almost", "over", "the"]
    private static let comparisonConnectors: [[String]] = [
        ["instead", "of"], ["rather", "than"], ["down", "from"], ["up", "from"], ["compared", "with"],
        ["compared", "to"], ["versus"], ["vs"], ["where", "it", "used", "to", "be"], ["against"],
    ]

    // MARK: Spans

    private func sameClause(_ first: Int, _ second: Int) -> Bool {
        first >= 0 && second >= 0 && first < tokens.count && second < tokens.count
            && tokens.clauses[first] == tokens.clauses[second]
    }

    private func clauseStart(_ index: Int) -> Int {
        var start = index
        while start > 0 && tokens.clauses[start - 1] == tokens.clauses[index] { start -= 1 }
        return start
    }

    private func clause(from index: Int, limit: Int) -> ClosedRange<Int> {
        index...tokens.clauseEnd(from: index, limit: limit)
    }

    /// A few words either side of a cue, within its clause, before any "by", "using" or "with",
    /// and not ending on a function word.
    private func around(_ first: Int, _ last: Int) -> ClosedRange<Int> {
        let start = max(clauseStart(first), first - 4)
        var end = last
        let limit = min(tokens.clauseEnd(from: last, limit: 4), last + 3)
        while end < limit && !ResumeLexicon.methodConnectors.contains(tokens.word(end + 1)) { end += 1 }
        while end > last && ResumeLexicon.stopwords.contains(tokens.word(end)) { end -= 1 }
        return start...end
    }

    /// The end of the noun a problem word begins: "flaky" → "flaky CI failures", at most two words on.
    private func nounEnd(after last: Int) -> Int {
        var end = last
        while end < min(last + 2, tokens.count - 1) && !tokens.tokens[end].endsClause {
            let next = tokens.word(end + 1)
            if ResumeLexicon.stopwords.contains(next) || ResumeLexicon.methodConnectors.contains(next)
                || tokens.quantity(at: end + 1) != nil
            {
                break
            }
            end += 1
        }
        return end
    }
}
