import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// Mock interviews in the browser: choose a format, answer "Question 2 of 4" against the clock
/// with follow-ups and feedback after each answer (none in real mode), and read the report.
struct InterviewPages: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/interviews", use: list)
        router.post("/interviews", use: start)
        router.get("/interviews/:id", use: show)
        router.post("/interviews/:id/answers", use: answer)
        router.post("/interviews/:id/finish", use: finish)
        router.get("/interviews/:id/report", use: report)
        router.get("/interviews/:id/report.md", use: markdown)
    }

    struct ListContent: Encodable, Sendable {
        struct Row: Encodable, Sendable {
            var id: String
            var href: String
            var format: String
            var started: String
            var status: String
            var score: String?
        }

        var formats: [QuestionPages.Option]
        var areas: [QuestionPages.Option]
        var rows: [Row]
        var hasRows: Bool
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> HTML {
        try listPage(context, error: nil)
    }

    private func listPage(_ context: AppRequestContext, error: String?) throws -> HTML {
        let work = InterviewWork(services: services, visitor: try context.requireVisitor())
        let rows = try work.list().map { stored, interview in
            ListContent.Row(
                id: interview.id,
                href: interview.isFinished ? "/interviews/\(interview.id)/report" : "/interviews/\(interview.id)",
                format: interview.settings.format.rawValue + (interview.settings.area.map { " (\($0))" } ?? ""),
                started: stored.createdAt.formatted(QuestionPages.attemptDate),
                status: interview.isFinished ? "finished" : "in progress",
                score: interview.isFinished ? "\(FeedbackView.percent(work.report(interview).overall))%" : nil)
        }
        let content = ListContent(
            formats: [
                .init(
                    value: "three", label: "Three assessments: architecture, Python, problem solving", selected: true),
                .init(value: "loop", label: "Full loop: five rounds", selected: false),
                .init(value: "drill", label: "Drill: four questions on one area", selected: false),
            ],
            areas: [QuestionPages.Option(value: "", label: "none", selected: true)]
                + services.bank.areas.map { .init(value: $0.id, label: $0.title, selected: false) },
            rows: rows, hasRows: !rows.isEmpty)
        return try pages.render(
            "interviews", title: "Interviews", content, context: context, section: "/interviews", error: error)
    }

    @Sendable func start(_ request: Request, context: AppRequestContext) async throws -> Response {
        let work = InterviewWork(services: services, visitor: try context.requireVisitor())
        let form = context.form
        do {
            let minutes = try form["minutes"].flatMap { $0.isEmpty ? nil : $0 }.map { raw in
                guard let value = Int(raw) else { throw AppError.invalid("minutes", "minutes must be a whole number") }
                return value
            }
            let start = InterviewWork.Start(
                format: form["format"] ?? "", area: form["area"], level: form["level"], minutes: minutes,
                realMode: form["realMode"] == "on")
            let interview = try work.start(start)
            return try SeeOther(location: "/interviews/\(interview.id)").response(from: request, context: context)
        } catch let error as AppError where error.status == .unprocessableContent {
            return try listPage(context, error: error.message).response(from: request, context: context)
        }
    }

    struct AskContent: Encodable, Sendable {
        var id: String
        var heading: String
        var position: String
        var followUp: Bool
        var title: String
        var promptHTML: String
        var isCode: Bool
        var module: String?
        var code: String
        var deadline: Int64?
        var now: Int64
        var timeLeft: String?
        var realMode: Bool
        var last: TurnView?
        var draft: String?
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let work = InterviewWork(services: services, visitor: try context.requireVisitor())
        let interview = try work.interview(in: context)
        guard let progress = work.progress(interview) else {
            return try SeeOther(location: "/interviews/\(interview.id)/report").response(
                from: request, context: context)
        }
        let now = InterviewConductor.milliseconds(services.now())
        let code = work.pendingCode(progress)
        let left = progress.itemMillisecondsLeft
        let noun = progress.kind == .exercise ? "Exercise" : progress.kind == .resume ? "Resume bullet" : "Question"
        let content = AskContent(
            id: interview.id,
            heading:
                "Assessment \(progress.assessmentNumber) of \(progress.assessmentCount): \(progress.assessmentName)",
            position: "\(noun) \(progress.itemNumber) of \(progress.itemCount)"
                + (progress.followUp > 0 ? " · follow-up \(progress.followUp)" : ""),
            followUp: progress.followUp > 0, title: progress.title,
            promptHTML: work.promptHTML(progress), isCode: code != nil, module: code?.module,
            code: code?.starter ?? "",
            deadline: left.map { now + $0 }, now: now, timeLeft: left.map(Self.clock),
            realMode: interview.settings.realMode,
            last: interview.settings.realMode
                ? nil : interview.turns.last.map(TurnView.init),
            draft: interview.draft)
        return try pages.render("interview", title: "Interview", content, context: context, section: "/interviews")
            .response(
                from: request, context: context)
    }

    @Sendable func answer(_ request: Request, context: AppRequestContext) async throws -> Response {
        let work = InterviewWork(services: services, visitor: try context.requireVisitor())
        var interview = try work.interview(in: context)
        let text = context.form["skip"] != nil ? "skip" : context.form["text"] ?? ""
        _ = try await work.answer(text, in: &interview)
        let next = interview.isFinished ? "/interviews/\(interview.id)/report" : "/interviews/\(interview.id)#last"
        return try SeeOther(location: next).response(from: request, context: context)
    }

    @Sendable func finish(_ request: Request, context: AppRequestContext) async throws -> Response {
        let work = InterviewWork(services: services, visitor: try context.requireVisitor())
        var interview = try work.interview(in: context)
        try work.finish(&interview)
        return try SeeOther(location: "/interviews/\(interview.id)/report").response(from: request, context: context)
    }

    @Sendable func report(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let work = InterviewWork(services: services, visitor: try context.requireVisitor())
        let interview = try work.interview(in: context)
        let content = ReportView(try work.finishedReport(interview))
        return try pages.render(
            "report", title: "Interview report", content, context: context, section: "/interviews")
    }

    @Sendable func markdown(_ request: Request, context: AppRequestContext) async throws -> Response {
        let work = InterviewWork(services: services, visitor: try context.requireVisitor())
        let interview = try work.interview(in: context)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/markdown; charset=utf-8",
                .contentDisposition: "attachment; filename=\"interview-\(interview.id).md\"",
            ],
            body: .init(byteBuffer: ByteBuffer(string: try work.finishedReport(interview).markdown)))
    }

    /// "4:05" for 245,000 milliseconds.
    static func clock(_ milliseconds: Int64) -> String {
        let seconds = Int((Double(milliseconds) / 1000).rounded(.up))
        return String(format: "%d:%02d", seconds / 60, seconds % 60)
    }
}

/// The answer just given, with its feedback: the judgement of words, or the checks of code.
struct TurnView: Encodable, Sendable {
    var prompt: String
    var skipped: Bool
    var overTime: Bool
    var feedback: FeedbackView?
    var outcome: [String]
    var hasOutcome: Bool
    var score: Int?

    init(_ turn: Turn) {
        prompt = turn.prompt
        skipped = turn.skipped
        overTime = turn.overTime
        feedback = turn.judgement.map { FeedbackView($0, answer: turn.answer) }
        outcome = turn.exercise?.summary ?? []
        hasOutcome = turn.exercise != nil
        score = turn.exercise.map { FeedbackView.percent($0.score) }
    }
}
