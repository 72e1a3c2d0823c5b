public import Foundation

/// Durable storage of mock interviews and their answers.
///
/// Every method either completes or throws a ``StoreError`` naming the database and what to do;
/// a write is durable when the method returns. Implementations are shared between tasks, so
/// they are `Sendable` and safe to call from any thread.
public protocol InterviewStore: Sendable {
    /// Stores `interview`, replacing the stored interview with the same id if there is one.
    ///
    /// Replacing keeps the interview's answers.
    func save(_ interview: StoredInterview) throws(StoreError)

    /// The interview with `id`, or `nil` when none was saved under it.
    func interview(id: String) throws(StoreError) -> StoredInterview?

    /// The interview with `status` that was updated most recently, or `nil` when there is none.
    func latestInterview(status: InterviewStatus) throws(StoreError) -> StoredInterview?

    /// Records `answer` as a new row and returns its id; the answer is durable when this returns.
    ///
    /// `answer.id` is ignored: the store assigns the id. When `answer.interviewID` is set, that
    /// interview must have been saved first.
    func record(_ answer: StoredAnswer) throws(StoreError) -> Int64

    /// Attaches the grader's result to the recorded answer with `id`.
    func attach(judgement: Data, score: Double, grade: Int, toAnswer id: Int64) throws(StoreError)

    /// The answers of the interview with `id`, by turn, then in the order they were recorded.
    func answers(inInterview id: String) throws(StoreError) -> [StoredAnswer]

    /// Up to `limit` distinct question ids, the one answered most recently first.
    func recentQuestionIDs(limit: Int) throws(StoreError) -> [String]

    /// The mean score per area over graded answers; areas with no graded answer are absent.
    func areaScores() throws(StoreError) -> [String: Double]
}
