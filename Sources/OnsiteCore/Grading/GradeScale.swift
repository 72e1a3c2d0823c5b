/// The 0–4 scale answers are graded on, and how a 0–1 score maps onto it.
///
/// | grade | name | meaning |
/// |---|---|---|
/// | 4 | excellent | all the important points, correct, with the why and the trade-offs |
/// | 3 | good | the important points correct; some depth or one point missing |
/// | 2 | mixed | the core idea, but thin, or a real error beside good content |
/// | 1 | weak | a fragment of the idea, or an honest "don't know" with a plan |
/// | 0 | nothing of value | wrong, empty, off-topic, or a list of keywords |
public enum GradeScale {
    /// The lowest score of grades 1, 2, 3 and 4.
    public static let thresholds: [Double] = [0.12, 0.3, 0.5, 0.7]

    /// The grade of a 0–1 score.
    public static func grade(forScore score: Double) -> Int {
        thresholds.lastIndex { score >= $0 }.map { $0 + 1 } ?? 0
    }

    /// The name of a grade, for example "good" for 3.
    public static func name(of grade: Int) -> String {
        ["nothing of value", "weak", "mixed", "good", "excellent"][min(max(grade, 0), 4)]
    }
}
