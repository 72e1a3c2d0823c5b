public import Foundation

/// Durable storage of everything a user practises outside interviews: exercise submissions,
/// review cards and their reviews, and settings such as the study plan.
///
/// Answers to questions (practice and interviews alike) live in ``InterviewStore``. Every write
/// is durable when the method returns; errors are ``StoreError``s naming the database.
public protocol LearningStore: InterviewStore {
    /// Records a submission and returns its id.
    func record(_ submission: StoredSubmission) throws(StoreError) -> Int64

    /// Submissions, the most recent first; of one exercise when `exerciseID` is given.
    func submissions(exerciseID: String?, limit: Int) throws(StoreError) -> [StoredSubmission]

    /// The submission with `id`, or `nil`.
    func submission(id: Int64) throws(StoreError) -> StoredSubmission?

    /// Every answer to a question, the oldest first (practice and interviews alike).
    func answers(toQuestion id: String) throws(StoreError) -> [StoredAnswer]

    /// Graded answers, the oldest first; only those submitted at or after `since` when given.
    func gradedAnswers(since: Date?) throws(StoreError) -> [StoredAnswer]

    /// Answers given outside any interview, the most recent first.
    func practiceAnswers(limit: Int) throws(StoreError) -> [StoredAnswer]

    /// The answer with `id`, or `nil`.
    func answer(id: Int64) throws(StoreError) -> StoredAnswer?

    /// Interviews, the most recently updated first.
    func interviews(limit: Int) throws(StoreError) -> [StoredInterview]

    /// Stores each card, replacing the stored card with the same id.
    func save(cards: [StoredCard]) throws(StoreError)

    /// Every stored card, by id.
    func cards() throws(StoreError) -> [StoredCard]

    /// Records a review and stores the card's new state in one transaction.
    func record(_ review: StoredReview, updating card: StoredCard) throws(StoreError) -> Int64

    /// Reviews, the most recent first.
    func reviews(limit: Int) throws(StoreError) -> [StoredReview]

    /// A stored setting (JSON by convention), or `nil`.
    func setting(_ key: String) throws(StoreError) -> Data?

    /// Stores a setting, replacing its value.
    func set(_ key: String, to value: Data) throws(StoreError)
}
