import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// The resume and job-description tools: paste a resume to see which bullets state problem,
/// approach, scale and impact (with rewrite prompts and the questions an interviewer would ask);
/// paste a job description to see the skills it asks for, the areas they lead to, the bank's
/// coverage and your mastery.
struct ToolPages: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/tools/resume") { _, context in try render("resume", context, ResumeContent(text: "")) }
        router.post("/tools/resume", use: resume)
        router.get("/tools/job") { _, context in try render("job", context, JobContent(text: "")) }
        router.post("/tools/job", use: job)
    }

    struct ResumeContent: Encodable, Sendable {
        struct Part: Encodable, Sendable {
            var name: String
            var stated: Bool
            var vague: Bool
            var phrase: String?
        }

        struct Bullet: Encodable, Sendable {
            var line: Int
            var text: String
            var parts: [Part]
            var rewrites: [String]
            var questions: [String]
        }

        var text: String
        var bullets: [Bullet] = []
        var analysed = false
    }

    struct JobContent: Encodable, Sendable {
        struct Skill: Encodable, Sendable {
            var name: String
            var priority: String
            var evidence: String?
        }

        struct Area: Encodable, Sendable {
            var title: String
            var weight: Int
            var questions: Int
            var exercises: Int
            var mastery: String
        }

        var text: String
        var skills: [Skill] = []
        var areas: [Area] = []
        var notAskedFor: String = ""
        var analysed = false
    }

    static let maximumBytes = 100_000

    @Sendable func resume(_ request: Request, context: AppRequestContext) async throws -> HTML {
        _ = try context.requireVisitor()
        let text = context.form["text"] ?? ""
        guard text.utf8.count <= Self.maximumBytes else { throw AppError.invalid("text", "the resume is over 100 KB") }
        let document = ResumeDocument(text: text)
        var content = ResumeContent(text: text, analysed: true)
        content.bullets = document.bullets.filter { bullet in
            !(document.sections.first { $0.title == bullet.section }?.isBackground ?? false)
        }.map(\.analysis).map { analysis in
            ResumeContent.Bullet(
                line: analysis.bullet.line, text: analysis.bullet.text,
                parts: ResumePart.allCases.map { part in
                    let evidence = analysis.evidence(for: part)
                    return ResumeContent.Part(
                        name: part.name, stated: evidence != nil, vague: evidence?.strength == .vague,
                        phrase: evidence?.phrase)
                }, rewrites: analysis.rewritePrompts.map(\.text), questions: analysis.probingQuestions.map(\.prompt))
        }
        return try render("resume", context, content)
    }

    @Sendable func job(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let text = context.form["text"] ?? ""
        guard text.utf8.count <= Self.maximumBytes else {
            throw AppError.invalid("text", "the job description is over 100 KB")
        }
        let profile = JobMatcher(skills: services.bank.skills).match(text)
        let mastery = try LearnerHistory(store: services.store(for: visitor), bank: services.bank).mastery()
        let titles = Dictionary(services.bank.areas.map { ($0.id, $0.title) }) { first, _ in first }
        var content = JobContent(text: text, analysed: true)
        content.skills = profile.matched.map { skill in
            JobContent.Skill(
                name: skill.skill.name, priority: skill.priority == .required ? "required" : "preferred",
                evidence: skill.evidence.first.map { "line \($0.lineNumber): \($0.line)" })
        }
        content.areas = profile.areaWeights.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { area, weight in
            JobContent.Area(
                title: titles[area] ?? area, weight: FeedbackView.percent(weight),
                questions: services.bank.questions.filter { $0.area == area }.count,
                exercises: services.bank.exercises.filter { $0.area == area }.count,
                mastery: mastery[area].map { "\(FeedbackView.percent($0))%" } ?? "untested")
        }
        content.notAskedFor = profile.unmatched.map(\.name).joined(separator: ", ")
        return try render("job", context, content)
    }

    private func render<Content: Encodable & Sendable>(
        _ template: String, _ context: AppRequestContext, _ content: Content
    )
        throws -> HTML
    {
        try pages.render(
            template, title: template == "resume" ? "Resume deep dive" : "Job description", content, context: context,
            section: "/tools")
    }
}
