extension RubricGrader {
    /// A code review task's written findings, graded like an interview answer against the
    /// exercise's review rubric, and the submission report that records it (one check, passed
    /// at grade 3 or more). `nil` when the exercise has no review rubric.
    public func gradeReview(
        _ findings: String, of exercise: Exercise
    ) -> (report: SubmissionReport, judgement: Judgement)? {
        guard let rubric = Rubric(exercise) else { return nil }
        let judgement = grade(findings, against: rubric)
        var report = SubmissionReport(exercise: exercise.id, task: .review)
        report.checks = [
            SubmissionReport.Check(
                name: "review", passed: judgement.grade >= 3,
                summary:
                    "graded \(judgement.grade)/4 (\(GradeScale.name(of: judgement.grade))), \(judgement.covered.count) of \(judgement.points.count) points covered",
                details: judgement.gaps.map { "missed or partial: \($0.expected)" })
        ]
        return (report, judgement)
    }
}
