public import Foundation

/// One answer, committed before it is graded.
///
/// An answer is recorded as soon as the user submits it, with ``score``, ``grade`` and
/// ``judgement`` empty; the grader's result is attached afterwards with
/// ``InterviewStore/attach(judgement:score:grade:toAnswer:)``. An answer whose grading never
/// finished is therefore still there after a crash.
///
/// Dates are stored to the millisecond, in UTC.
public struct StoredAnswer: Hashable, Sendable {
    /// The row id the store assigned; `nil` until the answer is recorded.
    public var id: Int64?
    /// The interview the answer belongs to, or `nil` for practice outside an interview.
    public var interviewID: String?
    /// The answer's position in its interview (or practice session), from 0 or 1 as the caller counts.
    public var turn: Int
    /// The question's id, for example `python.gil`.
    public var questionID: String
    /// The question's area, for example `python`.
    public var area: String
    /// The prompt as it was shown, follow-ups included.
    public var prompt: String
    /// What the user wrote.
    public var text: String
    /// When the user submitted the answer.
    public var submittedAt: Date
    /// The score the grader computed, from 0 to 1; `nil` until graded.
    public var score: Double?
    /// The grade on the product's scale; `nil` until graded.
    public var grade: Int?
    /// The grader's judgement, encoded as JSON by the grader; `nil` until graded.
    public var judgement: Data?

    public init(
        id: Int64? = nil, interviewID: String?, turn: Int, questionID: String, area: String, prompt: String,
        text: String, submittedAt: Date, score: Double? = nil, grade: Int? = nil, judgement: Data? = nil
    ) {
        self.id = id
        self.interviewID = interviewID
        self.turn = turn
        self.questionID = questionID
        self.area = area
        self.prompt = prompt
        self.text = text
        self.submittedAt = submittedAt
        self.score = score
        self.grade = grade
        self.judgement = judgement
    }

    /// Whether the grader's result has been attached.
    public var isGraded: Bool { score != nil }
}
