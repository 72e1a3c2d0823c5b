/// The editorial bar the bundled bank meets: rubric sizes, answer lengths and enough evidence.
///
/// Loading enforces structure (required fields, types, references); the quality bar enforces
/// what makes an item useful for grading and study. `onsite content validate --strict` applies
/// it, and the bundled bank's tests require it.
public enum QualityBar {
    /// One item that falls short of the bar.
    public struct Finding: Hashable, Sendable, Codable, CustomStringConvertible {
        public var item: ItemID
        public var field: String
        public var message: String

        public var description: String { "\(item): \(field): \(message)" }
    }

    /// The word limits of model answers, per kind.
    public static func answerWords(for kind: ContentKind) -> ClosedRange<Int> {
        switch kind {
        case .design: 200...600
        case .behaviour: 150...450
        default: 120...400
        }
    }

    /// Every shortfall in `bank`, in id order.
    public static func findings(in bank: ContentBank) -> [Finding] {
        var findings: [Finding] = []
        for question in bank.questions {
            findings += check(question)
        }
        for snippet in bank.snippets where wordCount(snippet.explanation) < 25 {
            findings.append(
                Finding(
                    item: snippet.id, field: "Explanation",
                    message: "explains in \(wordCount(snippet.explanation)) words; expected at least 25"))
        }
        return findings
    }

    static func check(_ question: Question) -> [Finding] {
        var findings: [Finding] = []
        func add(_ field: String, _ message: String) {
            findings.append(Finding(item: question.id, field: field, message: message))
        }
        let pointRange = question.kind == .question ? 4...7 : (question.kind == .design ? 7...9 : 5...7)
        if !pointRange.contains(question.points.count) {
            add(
                "points",
                "has \(question.points.count) points; expected \(pointRange.lowerBound)–\(pointRange.upperBound)")
        }
        let words = wordCount(question.modelAnswer)
        let range = answerWords(for: question.kind)
        if !range.contains(words) {
            add("Model answer", "has \(words) words; expected \(range.lowerBound)–\(range.upperBound)")
        }
        let pitfallField = question.kind == .behaviour ? "red_flags" : "pitfalls"
        if question.pitfalls.count < 2 { add(pitfallField, "has \(question.pitfalls.count); expected at least 2") }
        if question.followUps.count < 2 { add("follow_ups", "has \(question.followUps.count); expected at least 2") }
        if question.tags.isEmpty { add("tags", "expected at least one tag") }
        if question.kind == .design, !question.followUps.contains(where: { $0.aim == .constraint || $0.aim == .scale })
        {
            add("follow_ups", "a design prompt needs a follow-up that changes a constraint (aims: constraint or scale)")
        }
        for (index, point) in question.points.enumerated() {
            let wordings = point.concepts.reduce(0) { $0 + $1.alternatives.count }
            if wordings < 3 {
                add(
                    "points[\(index)].concepts",
                    "offers \(wordings) wordings; expected at least 3 (synonyms and descriptions)")
            }
            if point.phrasings.count < 2 {
                add("points[\(index)].phrasings", "has \(point.phrasings.count); expected at least 2")
            }
        }
        for (index, pitfall) in question.pitfalls.enumerated() where pitfall.signs.isEmpty {
            add("\(pitfallField)[\(index)].shows", "expected at least one wording")
        }
        return findings
    }

    /// Words in Markdown text: whitespace-separated tokens holding a letter or a digit.
    public static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
            .count
    }
}
