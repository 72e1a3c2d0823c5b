import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// `/api/v1/questions`: search, read, answer (stored and graded) and list attempts; `/api/v1/grade`
/// grades without storing.
struct QuestionsAPI: Sendable {
    let services: ServerServices

    struct Summary: Encodable, Sendable {
        var id: String
        var title: String
        var area: String
        var level: String
        var round: String
        var kind: String
        var minutes: Int
    }

    struct Detail: Encodable, Sendable {
        var id: String
        var title: String
        var area: String
        var subtopics: [String]
        var level: String
        var round: String
        var kind: String
        var minutes: Int
        var prompt: String
    }

    struct AnswerBody: Decodable, Sendable {
        var text: String
    }

    struct GradeBody: Decodable, Sendable {
        var questionID: String
        var text: String
    }

    struct Answered: Encodable, Sendable {
        var answerID: Int64
        var judgement: Judgement
        var modelAnswer: String
        var comparison: AttemptComparison?
        var newReviewCards: Int
    }

    struct Attempt: Encodable, Sendable {
        var answerID: Int64
        var submittedAt: Date
        var text: String
        var score: Double?
        var grade: Int?
    }

    func register(on v1: some RouterMethods<AppRequestContext>) {
        v1.get("/questions") { request, context in
            _ = try context.requireVisitor()
            let query = try QuestionPages.query(from: request.uri.queryParameters)
            let questions = try services.search.search(query).compactMap(services.bank.question).map(summary)
            return JSONResponse(.ok, ["questions": questions])
        }
        v1.get("/questions/:id") { _, context in
            _ = try context.requireVisitor()
            let question = try services.question(in: context)
            return JSONResponse(
                .ok,
                Detail(
                    id: question.id.description, title: question.title, area: question.area,
                    subtopics: question.subtopics, level: question.level.rawValue, round: question.round.rawValue,
                    kind: question.kind.rawValue, minutes: question.minutes, prompt: question.prompt))
        }
        v1.post("/questions/:id/answers") { request, context in
            let visitor = try context.requireVisitor()
            let question = try services.question(in: context)
            let body = try await decodeJSON(AnswerBody.self, from: request, context: context)
            let practice = Practice(store: services.store(for: visitor), bank: services.bank, grader: services.grader)
            do {
                let (id, now) = (question.id, services.now())
                let attempt = try await services.offload { try practice.answer(body.text, to: id, at: now) }
                return JSONResponse(
                    .created,
                    Answered(
                        answerID: attempt.answerID, judgement: attempt.judgement, modelAnswer: question.modelAnswer,
                        comparison: attempt.comparison, newReviewCards: attempt.newCards))
            } catch let error as PracticeError {
                throw AppError.invalid("text", error.message)
            }
        }
        v1.get("/questions/:id/answers") { _, context in
            let visitor = try context.requireVisitor()
            let question = try services.question(in: context)
            let answers = try services.store(for: visitor).answers(toQuestion: question.id.description).map {
                Attempt(
                    answerID: $0.id ?? 0, submittedAt: $0.submittedAt, text: $0.text, score: $0.score, grade: $0.grade)
            }
            return JSONResponse(.ok, ["answers": answers])
        }
        v1.post("/grade") { request, context in
            _ = try context.requireVisitor()
            let body = try await decodeJSON(GradeBody.self, from: request, context: context)
            guard let id = ItemID(body.questionID), let rubric = services.bank.rubric(id) else {
                throw AppError.invalid("questionID", "no question has the id '\(body.questionID)'")
            }
            guard body.text.utf8.count <= 20_000 else {
                throw AppError.invalid("text", "the answer is over 20,000 bytes")
            }
            let grader = services.grader
            return JSONResponse(.ok, try await services.offload { grader.grade(body.text, against: rubric) })
        }
    }

    private func summary(_ question: Question) -> Summary {
        Summary(
            id: question.id.description, title: question.title, area: question.area, level: question.level.rawValue,
            round: question.round.rawValue, kind: question.kind.rawValue, minutes: question.minutes)
    }

}
