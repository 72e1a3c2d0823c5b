/// How well a card was recalled at a review: FSRS's four ratings, numbered 1–4 as in FSRS.
///
/// onsite derives the rating from the grader's 0–4 grade with ``init(grade:)``, so a user is
/// never asked to rate themselves after an answer that was graded.
public enum Rating: Int, CaseIterable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// Forgotten: the answer missed the idea. A lapse for a card that was already learned.
    case again = 1
    /// Recalled with serious difficulty.
    case hard = 2
    /// Recalled after some thought.
    case good = 3
    /// Recalled effortlessly.
    case easy = 4

    /// The rating an answer earns from its 0–4 grade on ``GradeScale``.
    ///
    /// | grade | name | rating |
    /// |---|---|---|
    /// | 0, 1 | nothing of value, weak | again |
    /// | 2 | mixed | hard |
    /// | 3 | good | good |
    /// | 4 | excellent | easy |
    ///
    /// Grades below 0 count as 0 and grades above 4 as 4, so the mapping is total.
    public init(grade: Int) {
        switch grade {
        case ...1: self = .again
        case 2: self = .hard
        case 3: self = .good
        default: self = .easy
        }
    }

    /// The rating's name as shown to users, for example "Good".
    public var label: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }

    /// The label, for string interpolation.
    public var description: String { label }

    /// Ratings order by how well the card was recalled: again < hard < good < easy.
    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }
}
