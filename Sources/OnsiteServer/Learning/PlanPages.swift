import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// The study plan in the browser: the settings (interview date, hours a week, level, a job
/// description), what to do today, and the week-by-week plan, planned again on every visit
/// from the latest results.
struct PlanPages: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/plan", use: show)
        router.post("/plan", use: save)
    }

    struct Content: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            var title: String
            var href: String?
            var kind: String
            var minutes: Int
        }

        var interviewDate: String
        var hoursPerWeek: String
        var senior: Bool
        var job: String?
        var today: [Item]
        var hasToday: Bool
        var planHTML: String?
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        try render(context, error: nil)
    }

    private func render(_ context: AppRequestContext, error: String?) throws -> HTML {
        let visitor = try context.requireVisitor()
        let learner = LearnerHistory(store: services.store(for: visitor), bank: services.bank)
        let settings = try learner.planSettings()
        let today = CalendarDay.local(at: services.now())
        var content = Content(
            interviewDate: settings?.interviewDate.description ?? today.adding(days: 42).description,
            hoursPerWeek: settings.map { Self.hours($0.hoursPerWeek) } ?? "8", senior: settings?.level != .mid,
            job: settings?.job.map { profile in profile.matched.map(\.skill.name).joined(separator: ", ") },
            today: [], hasToday: false, planHTML: nil)
        var problem = error
        if let settings {
            do {
                let plan = try learner.plan(with: settings, today: today)
                content.today = plan.items(on: today).map(Self.item)
                content.hasToday = !content.today.isEmpty
                content.planHTML = Markdown.html(plan.markdown)
            } catch let error as PlanError {
                problem = problem ?? "\(error.message): change the interview date below"
            }
        }
        return try pages.render(
            "plan", title: "Study plan", content, context: context, section: "/plan", error: problem)
    }

    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let learner = LearnerHistory(store: services.store(for: visitor), bank: services.bank)
        let form = context.form
        do {
            let settings = try Self.settings(
                interviewDate: form["interviewDate"], hoursPerWeek: form["hoursPerWeek"].flatMap { Double($0) },
                hoursText: form["hoursPerWeek"], level: form["level"], jobDescription: form["jobDescription"],
                forgetJob: form["forgetJob"] == "on", remembered: try learner.planSettings(), bank: services.bank)
            try StudyPlanner(bank: services.bank).validate(
                PlanRequest(
                    today: CalendarDay.local(at: services.now()), interviewDate: settings.interviewDate,
                    hoursPerWeek: settings.hoursPerWeek, level: settings.level, job: settings.job))
            try learner.remember(settings)
            return try SeeOther(location: "/plan").response(from: request, context: context)
        } catch let error as AppError where error.status == .unprocessableContent {
            return try render(context, error: error.message).response(from: request, context: context)
        } catch let error as PlanError {
            return try render(context, error: error.message).response(from: request, context: context)
        }
    }

    /// New plan settings from a form or a JSON body, over the remembered ones.
    static func settings(
        interviewDate: String?, hoursPerWeek: Double?, hoursText: String?, level: String?, jobDescription: String?,
        forgetJob: Bool, remembered: PlanSettings?, bank: ContentBank
    ) throws -> PlanSettings {
        guard let raw = interviewDate, let date = CalendarDay(raw) else {
            throw AppError.invalid("interviewDate", "give the interview date as YYYY-MM-DD")
        }
        guard let hours = hoursPerWeek, hours > 0, hours <= 80 else {
            throw AppError.invalid(
                "hoursPerWeek", "hours per week must be a number above 0 and at most 80, not '\(hoursText ?? "")'")
        }
        let level = try level.flatMap { $0.isEmpty ? nil : $0 }.map { raw in
            guard let level = Level(rawValue: raw) else {
                throw AppError.invalid("level", "level must be mid or senior")
            }
            return level
        }
        var job = forgetJob ? nil : remembered?.job
        if let text = jobDescription, !text.allSatisfy(\.isWhitespace) {
            guard text.utf8.count <= 100_000 else {
                throw AppError.invalid("jobDescription", "the job description is over 100 KB")
            }
            job = JobMatcher(skills: bank.skills).match(text)
        }
        return PlanSettings(interviewDate: date, hoursPerWeek: hours, level: level ?? .senior, job: job)
    }

    static func hours(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    static func item(_ item: PlanItem) -> Content.Item {
        Content.Item(title: item.title, href: href(item), kind: item.kind.rawValue, minutes: item.minutes)
    }

    /// Where to do a planned item in the web app.
    static func href(_ item: PlanItem) -> String? {
        switch item.kind {
        case .questions, .design, .behaviour: item.id.map { "/questions/\($0)" }
        case .exercises: item.id.map { "/exercises/\($0)" }
        case .mock: "/interviews"
        case .review, .snippets: "/review"
        case .resume: "/tools/resume"
        }
    }
}
