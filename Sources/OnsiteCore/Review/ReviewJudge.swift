/// Judges an answer to a review card and suggests the rating it earns, with a line on why.
///
/// A question card is graded against its rubric (grade 4 Easy, 3 Good, 2 Hard, else Again); a
/// missed-point card looks only at its point; a snippet card compares the output line by line.
/// The CLI's `onsite review` and the web app's review page both ask it.
public struct ReviewJudge: Sendable {
    public let bank: ContentBank
    public let grader: RubricGrader

    public init(bank: ContentBank, grader: RubricGrader) {
        self.bank = bank
        self.grader = grader
    }

    /// The rating the answer earns, and a sentence on why.
    public func judge(_ answer: String, on card: ReviewCard) -> (rating: Rating, reason: String) {
        let blank = answer.allSatisfy(\.isWhitespace)
        switch card.source {
        case .question(let id):
            guard !blank, let rubric = bank.rubric(id) else { return (.again, "No answer: Again.") }
            let judgement = grader.grade(answer, against: rubric)
            let missed = judgement.gaps.map(\.id)
            return (
                Rating(grade: judgement.grade),
                "Graded \(judgement.grade)/4 (\(GradeScale.name(of: judgement.grade)))"
                    + (missed.isEmpty ? "." : "; missed or partial: \(missed.joined(separator: ", ")).")
            )
        case .point(let id, let pointID):
            guard !blank, let rubric = bank.rubric(id) else { return (.again, "No answer: Again.") }
            let judgement = grader.grade(answer, against: rubric)
            let point = judgement.points.first { $0.id == pointID }
            let verdict = point?.verdict ?? .missed
            let rating: Rating =
                switch verdict {
                case .covered: (point?.strength ?? 0) >= 0.95 ? .easy : .good
                case .partial: .hard
                case .missed: .again
                }
            return (rating, "The point \(pointID): \(verdict.rawValue).")
        case .snippet(let id):
            guard !blank, let snippet = bank.snippet(id) else { return (.again, "No answer: Again.") }
            let right = Self.sameOutput(answer, snippet.output) || (snippet.raises.map { answer.contains($0) } ?? false)
            return right ? (.good, "That is what it prints.") : (.again, "Not what it prints.")
        }
    }

    /// Output compared line by line, ignoring surrounding blank space.
    public static func sameOutput(_ answer: String, _ expected: String) -> Bool {
        func lines(_ text: String) -> [String] {
            text.trimmingWhitespace.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String($0).trimmingWhitespace }
        }
        return lines(answer) == lines(expected)
    }
}
