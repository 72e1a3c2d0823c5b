import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// The review session in the browser: a due card, the answer judged with a suggested rating,
/// the model answer, and Again/Hard/Good/Easy with the interval each would give.
struct ReviewPages: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/review", use: show)
        router.post("/review/answers", use: answer)
        router.post("/review/ratings", use: rate)
    }

    struct Content: Encodable, Sendable {
        struct Choice: Encodable, Sendable {
            var value: Int
            var label: String
            var days: Int
            var suggested: Bool
        }

        var due: Int
        var cardID: String?
        var kind: String?
        var title: String?
        var frontHTML: String?
        var answer: String?
        var reason: String?
        var backHTML: String?
        var suggested: Int?
        var choices: [Choice]
        var judged: Bool
        var rated: String?
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let work = ReviewWork(services: services, visitor: try context.requireVisitor())
        let due = try work.due()
        var content = Content(due: due.count, choices: [], judged: false)
        if let next = due.first {
            content.cardID = next.card.id
            content.kind = next.card.source.kind
            content.title = next.content.title
            content.frontHTML = services.markdown.html(next.content.front, key: "\(next.card.id)#front")
        }
        if let rated = request.uri.queryParameters.get("rated"), let days = request.uri.queryParameters.get("days") {
            content.rated = "Rated \(rated): next review in \(days) day(s)."
        }
        return try pages.render("review", title: "Review", content, context: context, section: "/review")
    }

    @Sendable func answer(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let work = ReviewWork(services: services, visitor: try context.requireVisitor())
        let (card, cardContent) = try work.card(context.form["card"] ?? "")
        let answer = context.form["text"] ?? ""
        let (suggested, reason) = try work.judge(answer, on: card)
        let preview = work.preview(card)
        let days = [preview.again, preview.hard, preview.good, preview.easy]
        let content = Content(
            due: try work.due().count, cardID: card.id, kind: card.source.kind, title: cardContent.title,
            frontHTML: services.markdown.html(cardContent.front, key: "\(card.id)#front"), answer: answer,
            reason: reason,
            backHTML: services.markdown.html(cardContent.back, key: "\(card.id)#back"), suggested: suggested.rawValue,
            choices: Rating.allCases.enumerated().map { index, rating in
                Content.Choice(
                    value: rating.rawValue, label: rating.label, days: days[index], suggested: rating == suggested)
            }, judged: true)
        return try pages.render("review", title: "Review", content, context: context, section: "/review")
    }

    @Sendable func rate(_ request: Request, context: AppRequestContext) async throws -> Response {
        let work = ReviewWork(services: services, visitor: try context.requireVisitor())
        let (card, _) = try work.card(context.form["card"] ?? "")
        guard let rating = try ReviewWork.rating(context.form["rating"], field: "rating") else {
            throw AppError.invalid("rating", "choose again, hard, good or easy")
        }
        let suggested = try ReviewWork.rating(context.form["suggested"], field: "suggested")
        let outcome = try work.record(card, rating: rating, suggested: suggested, answer: context.form["text"] ?? "")
        return try SeeOther(location: "/review?rated=\(rating.label.lowercased())&days=\(outcome.log.scheduledDays)")
            .response(from: request, context: context)
    }
}
