import OnsiteCore
import OnsiteTemplates

/// A judgement as the question page and the interview page show it.
struct FeedbackView: Encodable, Sendable {
    struct Point: Encodable, Sendable {
        var id: String
        var weight: Int
        var verdict: String
        var verdictWords: String
        var expected: String
        var evidence: String?
    }

    struct Finding: Encodable, Sendable {
        var description: String
        var evidence: String
    }

    var grade: Int
    var gradeName: String
    var percent: Int
    var points: [Point]
    var pitfalls: [Finding]
    var flags: [String]
    var followUp: String?
    /// The answer as HTML, with each quoted sentence marked.
    var highlightedAnswer: String
    var knowledge: Int
    var depth: Int
    var communication: Int

    init(_ judgement: Judgement, answer: String) {
        grade = judgement.grade
        gradeName = GradeScale.name(of: judgement.grade)
        percent = Self.percent(judgement.score)
        points = judgement.points.map { point in
            Point(
                id: point.id, weight: point.weight, verdict: point.verdict.rawValue,
                verdictWords: Self.words(point.verdict), expected: point.expected, evidence: point.evidence)
        }
        pitfalls = judgement.pitfalls.map { Finding(description: $0.description, evidence: $0.evidence) }
        flags = judgement.flags.map(\.explanation)
        followUp = judgement.followUp?.prompt
        highlightedAnswer = Self.highlight(
            answer, quotes: judgement.points.compactMap(\.evidence) + judgement.pitfalls.map(\.evidence))
        knowledge = Self.percent(judgement.dimensions.knowledge)
        depth = Self.percent(judgement.dimensions.depth)
        communication = Self.percent(judgement.dimensions.communication)
    }

    static func words(_ verdict: PointJudgement.Verdict) -> String {
        switch verdict {
        case .covered: "Covered"
        case .partial: "Partly covered"
        case .missed: "Missed"
        }
    }

    static func percent(_ value: Double) -> Int { Int((value * 100).rounded()) }

    /// The answer, escaped, with every quoted passage wrapped in `<mark class="evidence">`.
    ///
    /// Quotes are found with whitespace read loosely: the grader quotes a sentence with its line
    /// breaks joined, the answer keeps them.
    static func highlight(_ answer: String, quotes: [String]) -> String {
        var marked: [Range<String.Index>] = []
        for quote in Set(quotes).sorted(by: { $0.count > $1.count }) where !quote.isEmpty {
            guard let range = loosely(quote, in: answer), !marked.contains(where: { $0.overlaps(range) }) else {
                continue
            }
            marked.append(range)
        }
        var html = ""
        var position = answer.startIndex
        for range in marked.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            html += HTMLEscaping.escape(String(answer[position..<range.lowerBound]))
            html += "<mark class=\"evidence\">" + HTMLEscaping.escape(String(answer[range])) + "</mark>"
            position = range.upperBound
        }
        html += HTMLEscaping.escape(String(answer[position...]))
        return html.replacingOccurrences(of: "\n", with: "<br>")
    }

    /// Where `quote` occurs in `text` when any run of whitespace matches any other.
    static func loosely(_ quote: String, in text: String) -> Range<String.Index>? {
        let words = quote.split(whereSeparator: \.isWhitespace)
        guard let first = words.first else { return nil }
        var search = text.startIndex
        while let start = text.range(of: first, range: search..<text.endIndex) {
            var cursor = start.upperBound
            var matched = true
            for word in words.dropFirst() {
                let afterSpace = text[cursor...].drop { $0.isWhitespace }
                guard afterSpace.startIndex > cursor, afterSpace.hasPrefix(word) else {
                    matched = false
                    break
                }
                cursor = text.index(afterSpace.startIndex, offsetBy: word.count)
            }
            if matched { return start.lowerBound..<cursor }
            search = start.upperBound
        }
        return nil
    }
}

/// Attempts at one question side by side: a row per point, a column per attempt.
struct AttemptsView: Encodable, Sendable {
    struct Column: Encodable, Sendable {
        var label: String
        var grade: Int
        var href: String
        var current: Bool
    }

    struct Row: Encodable, Sendable {
        struct Cell: Encodable, Sendable {
            var verdict: String
            var mark: String
        }

        var point: String
        var cells: [Cell]
    }

    var columns: [Column]
    var rows: [Row]
    /// The points better, worse and still open than in the attempt before the last, listed.
    var improved: String?
    var worsened: String?
    var stillOpen: String?

    init(_ attempts: [(id: Int64, judgement: Judgement, date: String)], question: ItemID, current: Int64?) {
        columns = attempts.enumerated().map { index, attempt in
            Column(
                label: "#\(index + 1) · \(attempt.date)", grade: attempt.judgement.grade,
                href: "/questions/\(question)/answers/\(attempt.id)", current: attempt.id == current)
        }
        let pointIDs = attempts.last?.judgement.points.map(\.id) ?? []
        rows = pointIDs.map { id in
            Row(
                point: id,
                cells: attempts.map { attempt in
                    let verdict = attempt.judgement.points.first { $0.id == id }?.verdict ?? .missed
                    return Row.Cell(
                        verdict: verdict.rawValue,
                        mark: verdict == .covered ? "✓ covered" : verdict == .partial ? "~ partial" : "✗ missed")
                })
        }
        if attempts.count >= 2 {
            let comparison = AttemptComparison(
                before: attempts[attempts.count - 2].judgement, after: attempts[attempts.count - 1].judgement)
            func listed(_ points: [String]) -> String? { points.isEmpty ? nil : points.joined(separator: ", ") }
            improved = listed(comparison.improved)
            worsened = listed(comparison.worsened)
            stillOpen = listed(comparison.stillOpen)
        }
    }
}
