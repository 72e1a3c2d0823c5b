import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// `/api/v1/exercises`: list and read exercises, run the visible tests on code, submit code for
/// grading (kept in the caller's history) and list earlier submissions.
struct ExercisesAPI: Sendable {
    let services: ServerServices

    struct Summary: Encodable, Sendable {
        var id: String
        var title: String
        var area: String
        var task: String
        var level: String
        var minutes: Int
    }

    struct Detail: Encodable, Sendable {
        var id: String
        var title: String
        var area: String
        var task: String
        var level: String
        var minutes: Int
        var statement: String
        var hints: String?
        /// The file the caller writes; `null` for a review, whose answer is written findings.
        var editedFile: String?
        var files: [ExerciseFile]
        var draft: String
    }

    struct CodeBody: Decodable, Sendable {
        var code: String
    }

    struct Submitted: Encodable, Sendable {
        var submissionID: Int64
        var passed: Bool
        var report: SubmissionReport
    }

    struct Earlier: Encodable, Sendable {
        var submissionID: Int64
        var submittedAt: Date
        var passed: Bool
        var score: Double
    }

    func register(on v1: some RouterMethods<AppRequestContext>) {
        v1.get("/exercises") { _, context in
            _ = try context.requireVisitor()
            let exercises = services.bank.exercises.map {
                Summary(
                    id: $0.id.description, title: $0.title, area: $0.area, task: $0.task.rawValue,
                    level: $0.level.rawValue, minutes: $0.minutes)
            }
            return JSONResponse(.ok, ["exercises": exercises])
        }
        v1.get("/exercises/:id") { _, context in
            let work = ExerciseWork(services: services, visitor: try context.requireVisitor())
            let exercise = try services.exercise(in: context)
            return JSONResponse(
                .ok,
                Detail(
                    id: exercise.id.description, title: exercise.title, area: exercise.area,
                    task: exercise.task.rawValue, level: exercise.level.rawValue, minutes: exercise.minutes,
                    statement: exercise.statement, hints: exercise.hints, editedFile: exercise.editedFile,
                    files: exercise.starterFiles, draft: try work.draft(of: exercise)))
        }
        v1.post("/exercises/:id/runs") { request, context in
            let work = ExerciseWork(services: services, visitor: try context.requireVisitor())
            let exercise = try services.exercise(in: context)
            let body = try await decodeJSON(CodeBody.self, from: request, context: context)
            return JSONResponse(.ok, try await work.runVisibleTests(body.code, of: exercise))
        }
        v1.post("/exercises/:id/submissions") { request, context in
            let work = ExerciseWork(services: services, visitor: try context.requireVisitor())
            let exercise = try services.exercise(in: context)
            let body = try await decodeJSON(CodeBody.self, from: request, context: context)
            let (id, report) = try await work.submit(body.code, to: exercise)
            return JSONResponse(.created, Submitted(submissionID: id, passed: report.passed, report: report))
        }
        v1.get("/exercises/:id/submissions") { _, context in
            let work = ExerciseWork(services: services, visitor: try context.requireVisitor())
            let exercise = try services.exercise(in: context)
            let rows = try work.submissions(to: exercise).map { row, _ in
                Earlier(submissionID: row.id ?? 0, submittedAt: row.submittedAt, passed: row.passed, score: row.score)
            }
            return JSONResponse(.ok, ["submissions": rows])
        }
    }
}
