import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// The dashboard: readiness per area, the weakest areas with advice, reviews due, recent work.
struct DashboardPage: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/", use: show)
    }

    struct Content: Encodable, Sendable {
        struct Recent: Encodable, Sendable {
            var title: String
            var href: String
            var detail: String
        }

        var overall: Int
        var barsSVG: String?
        var trendSVG: String?
        var advice: [String]
        var dueCards: Int
        var recent: [Recent]
        var hasRecent: Bool
        var recallOn: String
        var untested: Int
        var hasPlan: Bool
        var week: [WeekItem]
        var interviews: [Recent]
    }

    struct WeekItem: Encodable, Sendable {
        var day: String
        var title: String
        var href: String?
        var minutes: Int
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let store = services.store(for: visitor)
        let now = services.now()
        let history = LearnerHistory(store: store, bank: services.bank)
        let snapshot = try history.readiness(now: now)
        let titles = Dictionary(services.bank.areas.map { ($0.id, $0.title) }) { first, _ in first }
        let tested = snapshot.readiness.areas.filter { !$0.isUntested }.sorted { $0.readiness > $1.readiness }
        let due = try ReviewCards(store: store).dueCount(at: now)
        let recent = try store.practiceAnswers(limit: 5).map { answer in
            Content.Recent(
                title: ItemID(answer.questionID).flatMap(services.bank.question)?.title ?? answer.questionID,
                href: "/questions/\(answer.questionID)/answers/\(answer.id ?? 0)",
                detail: answer.grade.map { "grade \($0)/4" } ?? "not graded")
        }
        let today = CalendarDay.local(at: now)
        let plan = try history.planSettings().flatMap { try? history.plan(with: $0, today: today) }
        let week = (plan?.week(containing: today)?.items ?? []).filter { $0.day >= today }.map { item in
            WeekItem(day: item.day.description, title: item.title, href: PlanPages.href(item), minutes: item.minutes)
        }
        let interviews = try InterviewWork(services: services, visitor: visitor).list(limit: 3).map { _, interview in
            Content.Recent(
                title: "\(interview.settings.format.rawValue) interview \(interview.id)",
                href: interview.isFinished ? "/interviews/\(interview.id)/report" : "/interviews/\(interview.id)",
                detail: interview.isFinished ? "finished" : "in progress")
        }
        let content = Content(
            overall: Int((snapshot.readiness.overall * 100).rounded()),
            barsSVG: tested.isEmpty ? nil : Charts.bars(tested.map { (titles[$0.area] ?? $0.area, $0.readiness) }),
            trendSVG: snapshot.trend.points.count < 2
                ? nil : Charts.trend(snapshot.trend.points.map(\.readiness), label: "Readiness over time"),
            advice: snapshot.readiness.weakest(3).map(\.sentence), dueCards: due, recent: recent,
            hasRecent: !recent.isEmpty, recallOn: snapshot.recallOn.description,
            untested: snapshot.readiness.areas.filter(\.isUntested).count, hasPlan: plan != nil, week: week,
            interviews: interviews)
        return try pages.render("dashboard", title: "Dashboard", content, context: context, section: "/")
    }
}
