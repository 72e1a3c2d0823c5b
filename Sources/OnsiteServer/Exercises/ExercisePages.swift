import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// Exercises in the browser: the list, an exercise with its statement and a Python editor, runs
/// of the visible tests, and graded submissions with their verdict, failing tests, quality and
/// speed-up.
struct ExercisePages: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/exercises", use: list)
        router.get("/exercises/:id", use: show)
        router.post("/exercises/:id/runs", use: run)
        router.post("/exercises/:id/submissions", use: submit)
        router.get("/exercises/:id/submissions/:submission", use: submission)
    }

    struct ListContent: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            var id: String
            var title: String
            var area: String
            var task: String
            var level: String
            var minutes: Int
            var status: String?
            var passed: Bool
        }

        var areas: [QuestionPages.Option]
        var tasks: [QuestionPages.Option]
        var items: [Item]
        var count: Int
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let parameters = request.uri.queryParameters
        let area = parameters.get("area").flatMap { $0.isEmpty ? nil : $0 }
        let task = try parameters.get("task").flatMap { $0.isEmpty ? nil : $0 }.map { raw in
            guard let task = Exercise.Task(rawValue: raw) else {
                throw AppError.invalid("task", "unknown task '\(raw)'")
            }
            return task
        }
        let latest = try Self.latestResults(services.store(for: visitor))
        let items = services.bank.exercises.filter { exercise in
            (area == nil || exercise.area == area) && (task == nil || exercise.task == task)
        }.map { exercise in
            let result = latest[exercise.id.description]
            return ListContent.Item(
                id: exercise.id.description, title: exercise.title, area: exercise.area, task: exercise.task.rawValue,
                level: exercise.level.rawValue, minutes: exercise.minutes,
                status: result.map { $0 ? "accepted" : "tried" }, passed: result == true)
        }
        let content = ListContent(
            areas: [QuestionPages.Option(value: "", label: "any", selected: area == nil)]
                + services.bank.areas.map { .init(value: $0.id, label: $0.title, selected: $0.id == area) },
            tasks: [QuestionPages.Option(value: "", label: "any", selected: task == nil)]
                + Exercise.Task.allCases.map { .init(value: $0.rawValue, label: $0.rawValue, selected: $0 == task) },
            items: items, count: items.count)
        return try pages.render("exercises", title: "Exercises", content, context: context, section: "/exercises")
    }

    /// Whether each exercise the visitor submitted was ever accepted.
    static func latestResults(_ store: SQLiteStore) throws -> [String: Bool] {
        try store.submissions(exerciseID: nil, limit: 10_000).reduce(into: [:]) { results, row in
            results[row.exerciseID] = (results[row.exerciseID] ?? false) || row.passed
        }
    }

    struct ExerciseContent: Encodable, Sendable {
        struct File: Encodable, Sendable {
            var path: String
            var contents: String
        }

        struct Earlier: Encodable, Sendable {
            var href: String
            var when: String
            var passed: Bool
            var score: Int
        }

        var id: String
        var title: String
        var area: String
        var task: String
        var level: String
        var minutes: Int
        var statementHTML: String
        var hintsHTML: String?
        var isReview: Bool
        var editedFile: String
        var code: String
        var otherFiles: [File]
        var run: TestRunView?
        var submission: SubmissionView?
        var earlier: [Earlier]
        var hasEarlier: Bool
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let exercise = try services.exercise(in: context)
        let work = ExerciseWork(services: services, visitor: visitor)
        let content = try exerciseContent(exercise, work: work, code: try work.draft(of: exercise))
        return try pages.render("exercise", title: exercise.title, content, context: context, section: "/exercises")
    }

    @Sendable func run(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let exercise = try services.exercise(in: context)
        let work = ExerciseWork(services: services, visitor: visitor)
        let code = context.form["code"] ?? ""
        var content = try exerciseContent(exercise, work: work, code: code)
        do {
            content.run = TestRunView(try await work.runVisibleTests(code, of: exercise))
            return try pages.render("exercise", title: exercise.title, content, context: context, section: "/exercises")
        } catch let error as AppError where error.status != .unauthorized {
            return try pages.render(
                "exercise", title: exercise.title, content, context: context, section: "/exercises",
                error: error.message)
        }
    }

    @Sendable func submit(_ request: Request, context: AppRequestContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let exercise = try services.exercise(in: context)
        let work = ExerciseWork(services: services, visitor: visitor)
        let code = context.form["code"] ?? ""
        do {
            let (id, _) = try await work.submit(code, to: exercise)
            return try SeeOther(location: "/exercises/\(exercise.id)/submissions/\(id)#verdict")
                .response(from: request, context: context)
        } catch let error as AppError where error.status != .unauthorized {
            let content = try exerciseContent(exercise, work: work, code: code)
            return try pages.render(
                "exercise", title: exercise.title, content, context: context, section: "/exercises",
                error: error.message
            )
            .response(from: request, context: context)
        }
    }

    @Sendable func submission(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let exercise = try services.exercise(in: context)
        let work = ExerciseWork(services: services, visitor: visitor)
        guard let id = context.parameters.get("submission", as: Int64.self),
            let (row, report) = try work.submission(id, to: exercise)
        else { throw AppError.notFound("that submission") }
        var content = try exerciseContent(exercise, work: work, code: try work.draft(of: exercise))
        content.submission = SubmissionView(id: id, submittedAt: row.submittedAt, report)
        return try pages.render("exercise", title: exercise.title, content, context: context, section: "/exercises")
    }

    private func exerciseContent(_ exercise: Exercise, work: ExerciseWork, code: String) throws -> ExerciseContent {
        let edited = exercise.editedFile ?? "REVIEW.md"
        let earlier = try work.submissions(to: exercise).map { row, _ in
            ExerciseContent.Earlier(
                href: "/exercises/\(exercise.id)/submissions/\(row.id ?? 0)",
                when: row.submittedAt.formatted(QuestionPages.attemptDate), passed: row.passed,
                score: Int((row.score * 100).rounded()))
        }
        return ExerciseContent(
            id: exercise.id.description, title: exercise.title, area: exercise.area, task: exercise.task.rawValue,
            level: exercise.level.rawValue, minutes: exercise.minutes,
            statementHTML: services.markdown.html(exercise.statement, key: "\(exercise.id)#statement"),
            hintsHTML: exercise.hints.map { services.markdown.html($0, key: "\(exercise.id)#hints") },
            isReview: exercise.task == .review, editedFile: edited, code: code,
            otherFiles: exercise.starterFiles.filter { $0.path != edited }.map {
                ExerciseContent.File(path: $0.path, contents: $0.contents)
            },
            run: nil, submission: nil, earlier: earlier, hasEarlier: !earlier.isEmpty)
    }
}
