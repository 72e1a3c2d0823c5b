import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// Everything the visitor did, newest first: interviews, practice answers, exercise
/// submissions and reviews, each linking to where it can be replayed.
struct HistoryPage: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/history", use: show)
    }

    struct Row: Encodable, Sendable {
        var when: String
        var title: String
        var href: String?
        var result: String
    }

    struct Content: Encodable, Sendable {
        var interviews: [Row]
        var answers: [Row]
        var submissions: [Row]
        var reviews: [Row]
        var empty: Bool
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        let visitor = try context.requireVisitor()
        let store = services.store(for: visitor)
        let bank = services.bank
        func date(_ value: Date) -> String { value.formatted(QuestionPages.attemptDate) }
        let interviews = try InterviewWork(services: services, visitor: visitor).list().map { stored, interview in
            Row(
                when: date(stored.createdAt), title: "\(interview.settings.format.rawValue) interview \(interview.id)",
                href: interview.isFinished ? "/interviews/\(interview.id)/report" : "/interviews/\(interview.id)",
                result: interview.isFinished
                    ? "\(FeedbackView.percent(InterviewReport(interview, bank: bank).overall))%" : "in progress")
        }
        let answers = try store.practiceAnswers(limit: 100).map { answer in
            Row(
                when: date(answer.submittedAt),
                title: ItemID(answer.questionID).flatMap(bank.question)?.title ?? answer.questionID,
                href: "/questions/\(answer.questionID)/answers/\(answer.id ?? 0)",
                result: answer.grade.map { "grade \($0)/4" } ?? "not graded")
        }
        let submissions = try store.submissions(exerciseID: nil, limit: 100).map { row in
            Row(
                when: date(row.submittedAt),
                title: ItemID(row.exerciseID).flatMap(bank.exercise)?.title ?? row.exerciseID,
                href: "/exercises/\(row.exerciseID)/submissions/\(row.id ?? 0)",
                result: row.passed ? "accepted" : "\(FeedbackView.percent(row.score))% of checks")
        }
        let reviews = try store.reviews(limit: 100).map { review in
            Row(
                when: date(review.reviewedAt), title: review.cardID, href: nil,
                result: Rating(rawValue: review.rating)?.label ?? "rating \(review.rating)")
        }
        let content = Content(
            interviews: interviews, answers: answers, submissions: submissions, reviews: reviews,
            empty: interviews.isEmpty && answers.isEmpty && submissions.isEmpty && reviews.isEmpty)
        return try pages.render("history", title: "History", content, context: context, section: "/history")
    }
}
