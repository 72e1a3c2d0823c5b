import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// `/api/v1/reviews` (the due cards; an answer judged, rated and rescheduled) and `/api/v1/plan`
/// (the study plan, and its settings).
struct ReviewPlanAPI: Sendable {
    let services: ServerServices

    struct DueCard: Encodable, Sendable {
        var id: String
        var kind: String
        var title: String
        var front: String
    }

    struct ReviewBody: Decodable, Sendable {
        var cardID: String
        var answer: String
        /// again, hard, good, easy or 1–4; the suggested rating when absent.
        var rating: String?
    }

    struct Reviewed: Encodable, Sendable {
        var cardID: String
        var suggested: String
        var rating: String
        var reason: String
        var back: String
        var scheduledDays: Int
        var nextDue: Date
    }

    struct PlanBody: Decodable, Sendable {
        var interviewDate: String
        var hoursPerWeek: Double
        var level: String?
        var jobDescription: String?
    }

    struct PlanView: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            var day: String
            var kind: String
            var id: String?
            var title: String
            var area: String?
            var minutes: Int
        }

        struct Week: Encodable, Sendable {
            var number: Int
            var firstDay: String
            var lastDay: String
            var title: String
            var budgetMinutes: Int
            var items: [Item]
        }

        var interviewDate: String
        var hoursPerWeek: Double
        var level: String
        var jobSkills: [String]
        var today: [Item]
        var weeks: [Week]
    }

    func register(on v1: some RouterMethods<AppRequestContext>) {
        v1.get("/reviews/due") { _, context in
            let work = ReviewWork(services: services, visitor: try context.requireVisitor())
            let cards = try work.due().map {
                DueCard(id: $0.card.id, kind: $0.card.source.kind, title: $0.content.title, front: $0.content.front)
            }
            return JSONResponse(.ok, ["cards": cards])
        }
        v1.post("/reviews") { request, context in
            let work = ReviewWork(services: services, visitor: try context.requireVisitor())
            let body = try await decodeJSON(ReviewBody.self, from: request, context: context)
            let (card, content) = try work.card(body.cardID)
            let (suggested, reason) = try work.judge(body.answer, on: card)
            let rating = try ReviewWork.rating(body.rating, field: "rating") ?? suggested
            let outcome = try work.record(card, rating: rating, suggested: suggested, answer: body.answer)
            return JSONResponse(
                .created,
                Reviewed(
                    cardID: card.id, suggested: suggested.label.lowercased(), rating: rating.label.lowercased(),
                    reason: reason, back: content.back, scheduledDays: outcome.log.scheduledDays,
                    nextDue: Date(timeIntervalSince1970: Double(outcome.card.due) / 1000)))
        }
        v1.get("/plan") { _, context in
            let learner = LearnerHistory(store: services.store(for: try context.requireVisitor()), bank: services.bank)
            guard let settings = try learner.planSettings() else {
                throw AppError(.notFound, code: "no-plan", "there is no plan yet: set one with PUT /api/v1/plan")
            }
            return JSONResponse(.ok, try view(settings, learner: learner))
        }
        v1.put("/plan") { request, context in
            let learner = LearnerHistory(store: services.store(for: try context.requireVisitor()), bank: services.bank)
            let body = try await decodeJSON(PlanBody.self, from: request, context: context)
            let settings = try PlanPages.settings(
                interviewDate: body.interviewDate, hoursPerWeek: body.hoursPerWeek,
                hoursText: String(body.hoursPerWeek), level: body.level, jobDescription: body.jobDescription,
                forgetJob: false, remembered: try learner.planSettings(), bank: services.bank)
            let plan = try view(settings, learner: learner)
            try learner.remember(settings)
            return JSONResponse(.ok, plan)
        }
    }

    private func view(_ settings: PlanSettings, learner: LearnerHistory) throws -> PlanView {
        let today = CalendarDay.local(at: services.now())
        let plan: StudyPlan
        do {
            plan = try learner.plan(with: settings, today: today)
        } catch let error as PlanError {
            throw AppError.invalid("interviewDate", error.message)
        }
        func item(_ item: PlanItem) -> PlanView.Item {
            PlanView.Item(
                day: item.day.description, kind: item.kind.rawValue, id: item.id?.description, title: item.title,
                area: item.area, minutes: item.minutes)
        }
        return PlanView(
            interviewDate: settings.interviewDate.description, hoursPerWeek: settings.hoursPerWeek,
            level: settings.level.rawValue, jobSkills: settings.job?.matched.map(\.skill.name) ?? [],
            today: plan.items(on: today).map(item),
            weeks: plan.weeks.map { week in
                PlanView.Week(
                    number: week.number, firstDay: week.firstDay.description, lastDay: week.lastDay.description,
                    title: week.title, budgetMinutes: week.budgetMinutes, items: week.items.map(item))
            })
    }
}
