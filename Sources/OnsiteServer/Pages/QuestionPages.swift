import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// The question bank in the browser: search with filters, a question with its answer box, and
/// graded feedback with the model answer and every attempt side by side.
struct QuestionPages: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/questions", use: list)
        router.get("/questions/:id", use: show)
        router.post("/questions/:id/answers", use: answer)
        router.get("/questions/:id/answers/:answer", use: feedback)
    }

    struct Option: Encodable, Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct ListContent: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            var id: String
            var title: String
            var area: String
            var level: String
            var kind: String
            var minutes: Int
        }

        var query: String
        var areas: [Option]
        var levels: [Option]
        var rounds: [Option]
        var kinds: [Option]
        var items: [Item]
        var count: Int
        var searched: Bool
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> HTML {
        _ = try context.requireVisitor()
        let parameters = request.uri.queryParameters
        let query = try Self.query(from: parameters)
        let ids = try services.search.search(query)
        let items = ids.compactMap(services.bank.question).map {
            ListContent.Item(
                id: $0.id.description, title: $0.title, area: $0.area, level: $0.level.rawValue, kind: $0.kind.rawValue,
                minutes: $0.minutes)
        }
        func options(_ values: [(String, String)], selected: String?) -> [Option] {
            [Option(value: "", label: "any", selected: selected == nil)]
                + values.map { Option(value: $0.0, label: $0.1, selected: $0.0 == selected) }
        }
        let content = ListContent(
            query: query.text, areas: options(services.bank.areas.map { ($0.id, $0.title) }, selected: query.area),
            levels: options(Level.allCases.map { ($0.rawValue, $0.rawValue) }, selected: query.level?.rawValue),
            rounds: options(Round.allCases.map { ($0.rawValue, $0.rawValue) }, selected: query.round?.rawValue),
            kinds: options(
                [ContentKind.question, .design, .behaviour].map { ($0.rawValue, $0.rawValue) },
                selected: query.kind?.rawValue),
            items: items, count: items.count,
            searched: !query.text.isEmpty || query.area != nil || query.level != nil || query.round != nil
                || query.kind != nil)
        return try pages.render("questions", title: "Questions", content, context: context, section: "/questions")
    }

    /// A search query from `q`, `area`, `level`, `round` and `kind`; an unknown filter value is an error naming it.
    static func query(from parameters: Parameters) throws -> QuestionSearch.Query {
        func value(_ name: String) -> String? {
            parameters.get(name).flatMap { $0.isEmpty ? nil : $0 }
        }
        func parsed<T: RawRepresentable<String>>(_ name: String, as type: T.Type) throws -> T? {
            guard let raw = value(name) else { return nil }
            guard let parsed = T(rawValue: raw) else { throw AppError.invalid(name, "unknown \(name) '\(raw)'") }
            return parsed
        }
        let text = value("q") ?? ""
        guard text.count <= 200 else { throw AppError.invalid("q", "the search is longer than 200 characters") }
        return QuestionSearch.Query(
            text: text, area: value("area"), level: try parsed("level", as: Level.self),
            round: try parsed("round", as: Round.self), kind: try parsed("kind", as: ContentKind.self))
    }

    struct QuestionContent: Encodable, Sendable {
        var id: String
        var title: String
        var area: String
        var level: String
        var kind: String
        var minutes: Int
        var promptHTML: String
        var draftKey: String
        var answer: String
        var feedback: FeedbackView?
        var modelAnswerHTML: String?
        var pitfalls: [String]
        var hasPitfalls: Bool
        var followUps: [String]
        var hasFollowUps: Bool
        var attempts: AttemptsView?
        var newCards: Int
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let question = try services.question(in: context)
        let attempts = try Practice(
            store: services.store(for: visitor), bank: services.bank, grader: services.grader
        ).attempts(at: question.id)
        let content = questionContent(question, visitor: visitor, attempts: attempts, current: nil)
        guard attempts.isEmpty else {
            return try pages.render(
                "question", title: question.title, content, context: context, section: "/questions")
        }
        // Before the first attempt the page is the same for everyone but the visitor's strings.
        return try pages.render(
            "question", title: question.title, content, context: context, section: "/questions",
            keptAs: question.id.description, slots: [(["content", "draftKey"], content.draftKey)])
    }

    @Sendable func answer(_ request: Request, context: AppRequestContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let question = try services.question(in: context)
        let text = context.form["text"] ?? ""
        let practice = Practice(store: services.store(for: visitor), bank: services.bank, grader: services.grader)
        do {
            let (id, now) = (question.id, services.now())
            let attempt = try await services.offload { try practice.answer(text, to: id, at: now) }
            return try SeeOther(location: "/questions/\(question.id)/answers/\(attempt.answerID)")
                .response(from: request, context: context)
        } catch let error as PracticeError {
            var content = questionContent(
                question, visitor: visitor, attempts: try practice.attempts(at: question.id), current: nil)
            content.answer = text
            return try pages.render(
                "question", title: question.title, content, context: context, section: "/questions",
                error: error.message
            ).response(from: request, context: context)
        }
    }

    @Sendable func feedback(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let question = try services.question(in: context)
        let store = services.store(for: visitor)
        let attempts = try Practice(store: store, bank: services.bank, grader: services.grader)
            .attempts(at: question.id)
        guard let answerID = context.parameters.get("answer", as: Int64.self),
            let current = attempts.first(where: { $0.answer.id == answerID })
        else { throw AppError.notFound("that answer") }
        var content = questionContent(question, visitor: visitor, attempts: attempts, current: answerID)
        content.feedback = FeedbackView(current.judgement, answer: current.answer.text)
        content.modelAnswerHTML = services.markdown.html(question.modelAnswer, key: "\(question.id)#model")
        return try pages.render("question", title: question.title, content, context: context, section: "/questions")
    }

    private func questionContent(
        _ question: Question, visitor: Visitor, attempts: [Practice.GradedAnswer], current: Int64?
    ) -> QuestionContent {
        let columns = attempts.compactMap { attempt in
            attempt.answer.id.map {
                (id: $0, judgement: attempt.judgement, date: attempt.answer.submittedAt.formatted(Self.attemptDate))
            }
        }
        return QuestionContent(
            id: question.id.description, title: question.title, area: question.area, level: question.level.rawValue,
            kind: question.kind.rawValue, minutes: question.minutes,
            promptHTML: services.markdown.html(question.prompt, key: "\(question.id)#prompt"),
            draftKey: "answer:\(visitor.userID):\(question.id)", answer: "", feedback: nil,
            modelAnswerHTML: nil,
            pitfalls: question.pitfalls.map(\.description), hasPitfalls: current != nil && !question.pitfalls.isEmpty,
            followUps: question.followUps.map(\.prompt), hasFollowUps: current != nil && !question.followUps.isEmpty,
            attempts: columns.isEmpty ? nil : AttemptsView(columns, question: question.id, current: current),
            newCards: 0)
    }

    /// "21 Nov 15:58" (day, month, time), for the columns of attempts.
    static let attemptDate = Date.FormatStyle().day().month(.abbreviated).hour().minute()
}
