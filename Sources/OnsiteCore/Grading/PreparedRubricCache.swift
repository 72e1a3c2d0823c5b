import Synchronization

/// The rubrics a grader has analysed, by id, so each is analysed once however many answers are
/// graded against it. Shared by a grader's copies; safe to use from any task.
final class PreparedRubricCache: Sendable {
    private let prepared = Mutex<[ItemID: PreparedRubric]>([:])

    /// The rubric analysed by `prepare`, or the analysis kept from an earlier call with the same
    /// rubric. A different rubric under a known id replaces the kept analysis.
    func prepared(_ rubric: Rubric, by prepare: (Rubric) -> PreparedRubric) -> PreparedRubric {
        if let kept = prepared.withLock({ $0[rubric.id] }), kept.rubric == rubric { return kept }
        // Analysed outside the lock: two tasks may both analyse a new rubric, and one result is kept.
        let fresh = prepare(rubric)
        prepared.withLock { $0[rubric.id] = fresh }
        return fresh
    }
}
