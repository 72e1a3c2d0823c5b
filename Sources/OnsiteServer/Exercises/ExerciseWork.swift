import Foundation
import OnsiteCore
import OnsiteRunner
import OnsiteStore

/// One visitor working on exercises in the browser or through the API: their draft of the file
/// they edit, runs of the visible tests, and graded submissions kept in their history.
///
/// What the visitor wrote is stored as their draft before any code runs, so neither a crash of
/// the sandbox nor a closed tab loses it.
struct ExerciseWork: Sendable {
    let services: ServerServices
    let store: SQLiteStore

    init(services: ServerServices, visitor: Visitor) {
        self.services = services
        self.store = services.store(for: visitor)
    }

    /// The longest answer accepted: 200 KB of code or findings.
    static let maximumBytes = 200_000

    /// What the visitor last wrote for `exercise`, or the starter file when they wrote nothing yet.
    func draft(of exercise: Exercise) throws -> String {
        if let data = try store.setting(Self.draftKey(exercise)),
            let text = try? JSONDecoder().decode(String.self, from: data)
        {
            return text
        }
        guard let file = exercise.editedFile else { return "" }
        return exercise.starterContents(of: file) ?? ""
    }

    /// Keeps `text` as the visitor's draft of `exercise`.
    func saveDraft(_ text: String, of exercise: Exercise) throws {
        guard text.utf8.count <= Self.maximumBytes else {
            throw AppError.invalid("code", "the code is over 200 KB")
        }
        try store.set(Self.draftKey(exercise), to: try JSONEncoder().encode(text))
    }

    /// Saves `code` as the draft, then runs the exercise's visible tests on it.
    func runVisibleTests(_ code: String, of exercise: Exercise) async throws -> TestRunReport {
        guard exercise.task != .review else {
            throw AppError.invalid("code", "\(exercise.id) is a code review: there are no tests to run")
        }
        try saveDraft(code, of: exercise)
        let runner = try requireRunner()
        do {
            return try await TestRunner(pool: runner.pool, limits: runner.limits).runTests(
                in: workspace(code, of: exercise))
        } catch {
            throw AppError(.serviceUnavailable, code: "sandbox-failed", "the tests could not be run: \(error.message)")
        }
    }

    /// Saves `text` as the draft, grades it (code in the sandbox, a review's findings against its
    /// rubric) and records the submission. Returns the submission's id and report.
    func submit(_ text: String, to exercise: Exercise) async throws -> (id: Int64, report: SubmissionReport) {
        try saveDraft(text, of: exercise)
        let report: SubmissionReport
        if exercise.task == .review {
            guard !text.allSatisfy(\.isWhitespace) else { throw AppError.invalid("code", "write your findings first") }
            guard let graded = services.grader.gradeReview(text, of: exercise) else {
                throw AppError(.internalServerError, code: "no-rubric", "\(exercise.id) has no review rubric")
            }
            report = graded.report
        } else {
            let runner = try requireRunner()
            let grader = SubmissionGrader(pool: runner.pool, limits: runner.limits, linter: runner.linter)
            do {
                report = try await grader.grade(workspace(text, of: exercise), for: exercise)
            } catch {
                throw AppError(
                    .serviceUnavailable, code: "sandbox-failed", "the submission could not be graded: \(error.message)")
            }
        }
        let id = try store.record(try StoredSubmission(report, of: exercise, at: services.now()))
        return (id, report)
    }

    /// The visitor's submissions to `exercise`, the most recent first, with their reports.
    func submissions(to exercise: Exercise, limit: Int = 20) throws -> [(StoredSubmission, SubmissionReport)] {
        try store.submissions(exerciseID: exercise.id.description, limit: limit).compactMap { row in
            (try? JSONDecoder().decode(SubmissionReport.self, from: row.report)).map { (row, $0) }
        }
    }

    /// The submission with `id` if it is the visitor's and belongs to `exercise`.
    func submission(_ id: Int64, to exercise: Exercise) throws -> (StoredSubmission, SubmissionReport)? {
        guard let row = try store.submission(id: id), row.exerciseID == exercise.id.description,
            let report = try? JSONDecoder().decode(SubmissionReport.self, from: row.report)
        else { return nil }
        return (row, report)
    }

    private func workspace(_ code: String, of exercise: Exercise) -> Workspace {
        let starter = ExerciseWorkspaces.starter(of: exercise)
        guard let file = exercise.editedFile else { return starter }
        return starter.overlaying([file: code])
    }

    private func requireRunner() throws -> ExerciseRunner {
        guard let runner = services.runner else {
            throw AppError(
                .serviceUnavailable, code: "no-sandbox", "this server runs without a sandbox, so it cannot run code")
        }
        return runner
    }

    static func draftKey(_ exercise: Exercise) -> String { "exercise-draft:\(exercise.id)" }
}

extension ServerServices {
    /// The exercise a route's `:id` names, or a 404 naming it.
    func exercise(in context: AppRequestContext) throws -> Exercise {
        let raw = context.parameters.get("id") ?? ""
        guard let id = ItemID(raw), let exercise = bank.exercise(id) else {
            throw AppError.notFound("the exercise '\(raw)'")
        }
        return exercise
    }
}
