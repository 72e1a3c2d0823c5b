import Foundation
import OnsiteCore
import OnsiteRunner
import OnsiteStore
import OnsiteTemplates

/// One visitor's mock interviews, for the pages and the API: the shared ``InterviewConductor``
/// over their own rows, with the server's sandbox for code answers.
struct InterviewWork: Sendable {
    let services: ServerServices
    let conductor: InterviewConductor

    init(services: ServerServices, visitor: Visitor) {
        self.services = services
        let checker = services.runner.map { runner in
            SandboxExerciseChecker(
                grader: SubmissionGrader(pool: runner.pool, limits: runner.limits, linter: runner.linter))
        }
        conductor = InterviewConductor(
            engine: InterviewEngine(bank: services.bank, grader: services.grader), store: services.store(for: visitor),
            checker: checker)
    }

    /// What starting an interview takes, as a form or a JSON body sends it.
    struct Start: Decodable, Sendable {
        var format: String
        var area: String?
        var level: String?
        var minutes: Int?
        var realMode: Bool?

        /// The settings, or an error naming the field at fault.
        func settings(bank: ContentBank) throws -> InterviewSettings {
            guard let format = InterviewFormat(rawValue: format) else {
                throw AppError.invalid("format", "format must be three, loop or drill, not '\(format)'")
            }
            let area = area.flatMap { $0.isEmpty ? nil : $0 }
            if let area, bank.area(area) == nil { throw AppError.invalid("area", "there is no area '\(area)'") }
            if format == .drill && area == nil { throw AppError.invalid("area", "a drill needs an area") }
            let level = try level.flatMap { $0.isEmpty ? nil : $0 }.map { raw in
                guard let level = Level(rawValue: raw) else {
                    throw AppError.invalid("level", "level must be mid or senior, not '\(raw)'")
                }
                return level
            }
            if let minutes, !(1...600).contains(minutes) {
                throw AppError.invalid("minutes", "minutes must be between 1 and 600")
            }
            return InterviewSettings(
                format: format, level: level ?? .senior, area: area, minutes: minutes, realMode: realMode ?? false,
                seed: UInt64.random(in: 0...UInt64.max))
        }
    }

    func start(_ start: Start) throws -> Interview {
        do {
            return try conductor.start(try start.settings(bank: services.bank), at: services.now())
        } catch let error as InterviewError {
            throw AppError.invalid("format", error.message)
        }
    }

    /// The visitor's interview a route's `:id` names, or a 404.
    func interview(in context: AppRequestContext) throws -> Interview {
        let id = context.parameters.get("id") ?? ""
        guard let interview = try conductor.interview(id: id) else { throw AppError.notFound("the interview '\(id)'") }
        return interview
    }

    /// Answers the pending question; an interview that is over is a conflict.
    func answer(_ text: String, in interview: inout Interview) async throws -> Turn {
        guard text.utf8.count <= ExerciseWork.maximumBytes else {
            throw AppError.invalid("text", "the answer is over 200 KB")
        }
        do {
            return try await conductor.answer(text, in: &interview, at: services.now())
        } catch let error as InterviewError {
            throw AppError(.conflict, code: "interview-\(error.code.rawValue)", error.message)
        }
    }

    func finish(_ interview: inout Interview) throws {
        try conductor.finish(&interview, at: services.now())
    }

    func report(_ interview: Interview) -> InterviewReport { InterviewReport(interview, bank: services.bank) }

    /// The report of a finished interview; a conflict while it is still going.
    func finishedReport(_ interview: Interview) throws -> InterviewReport {
        guard interview.isFinished else {
            throw AppError(.conflict, code: "interview-in-progress", "the interview is not over yet: finish it first")
        }
        return report(interview)
    }

    /// When the pending question is an exercise, the file to write and its starter contents.
    func pendingCode(_ progress: InterviewProgress) -> (module: String, starter: String)? {
        guard progress.kind == .exercise, progress.followUp == 0,
            let exercise = services.bank.exercise(progress.itemID), let module = exercise.answerModule
        else { return nil }
        return (module, exercise.starterContents(of: module) ?? "")
    }

    /// The pending prompt as HTML: Markdown rendered once per item for a bank item's own prompt,
    /// plain text for a follow-up or a resume bullet.
    func promptHTML(_ progress: InterviewProgress) -> String {
        guard progress.followUp == 0, progress.kind != .resume else {
            return "<p>\(HTMLEscaping.escape(progress.prompt))</p>"
        }
        let key = progress.kind == .exercise ? "\(progress.itemID)#statement" : "\(progress.itemID)#prompt"
        return services.markdown.html(progress.prompt, key: key)
    }

    func progress(_ interview: Interview) -> InterviewProgress? {
        conductor.engine.progress(of: interview, now: InterviewConductor.milliseconds(services.now()))
    }

    /// The visitor's interviews, the most recently updated first.
    func list(limit: Int = 50) throws -> [(StoredInterview, Interview)] {
        try conductor.store.interviews(limit: limit).compactMap { stored in
            (try? InterviewConductor.decode(stored)).map { (stored, $0) }
        }
    }
}
