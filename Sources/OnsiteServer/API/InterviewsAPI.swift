import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// `/api/v1/interviews`: start a mock interview, read where it stands, answer the pending
/// question (words, or code for an exercise), end it, and read the report.
struct InterviewsAPI: Sendable {
    let services: ServerServices

    /// An interview as the API shows it: where it stands, and what is asked now.
    struct State: Encodable, Sendable {
        struct Asked: Encodable, Sendable {
            var assessment: String
            var assessmentNumber: Int
            var assessmentCount: Int
            var itemNumber: Int
            var itemCount: Int
            var followUp: Int
            var kind: String
            var itemID: String
            var title: String
            var prompt: String
            /// The file to write for an exercise, and its starter contents.
            var module: String?
            var starter: String?
            var itemMillisecondsLeft: Int64?
            var interviewMillisecondsLeft: Int64?
        }

        var id: String
        var format: String
        var realMode: Bool
        var finished: Bool
        var answered: Int
        var pending: Asked?
    }

    /// The answer just given and its feedback; no feedback in real mode until the report.
    struct Answered: Encodable, Sendable {
        var skipped: Bool
        var overTime: Bool
        var judgement: Judgement?
        var exercise: ExerciseOutcome?
        var interview: State
    }

    struct AnswerBody: Decodable, Sendable {
        var text: String
    }

    func register(on v1: some RouterMethods<AppRequestContext>) {
        v1.get("/interviews") { _, context in
            let work = InterviewWork(services: services, visitor: try context.requireVisitor())
            return JSONResponse(.ok, ["interviews": try work.list().map { state($1, work: work) }])
        }
        v1.post("/interviews") { request, context in
            let work = InterviewWork(services: services, visitor: try context.requireVisitor())
            let body = try await decodeJSON(InterviewWork.Start.self, from: request, context: context)
            return JSONResponse(.created, state(try work.start(body), work: work))
        }
        v1.get("/interviews/:id") { _, context in
            let work = InterviewWork(services: services, visitor: try context.requireVisitor())
            return JSONResponse(.ok, state(try work.interview(in: context), work: work))
        }
        v1.post("/interviews/:id/answers") { request, context in
            let work = InterviewWork(services: services, visitor: try context.requireVisitor())
            var interview = try work.interview(in: context)
            let body = try await decodeJSON(AnswerBody.self, from: request, context: context)
            let turn = try await work.answer(body.text, in: &interview)
            let quiet = interview.settings.realMode
            return JSONResponse(
                .ok,
                Answered(
                    skipped: turn.skipped, overTime: turn.overTime, judgement: quiet ? nil : turn.judgement,
                    exercise: quiet ? nil : turn.exercise, interview: state(interview, work: work)))
        }
        v1.post("/interviews/:id/finish") { _, context in
            let work = InterviewWork(services: services, visitor: try context.requireVisitor())
            var interview = try work.interview(in: context)
            try work.finish(&interview)
            return JSONResponse(.ok, state(interview, work: work))
        }
        v1.get("/interviews/:id/report") { _, context in
            let work = InterviewWork(services: services, visitor: try context.requireVisitor())
            let interview = try work.interview(in: context)
            return JSONResponse(.ok, try work.finishedReport(interview))
        }
    }

    private func state(_ interview: Interview, work: InterviewWork) -> State {
        let asked = work.progress(interview).map { progress in
            let code = work.pendingCode(progress)
            return State.Asked(
                assessment: progress.assessmentName, assessmentNumber: progress.assessmentNumber,
                assessmentCount: progress.assessmentCount, itemNumber: progress.itemNumber,
                itemCount: progress.itemCount, followUp: progress.followUp, kind: progress.kind.rawValue,
                itemID: progress.itemID.description, title: progress.title, prompt: progress.prompt,
                module: code?.module, starter: code?.starter,
                itemMillisecondsLeft: progress.itemMillisecondsLeft,
                interviewMillisecondsLeft: progress.interviewMillisecondsLeft)
        }
        return State(
            id: interview.id, format: interview.settings.format.rawValue, realMode: interview.settings.realMode,
            finished: interview.isFinished, answered: interview.turns.count, pending: asked)
    }
}
