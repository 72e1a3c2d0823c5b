import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteStore

extension HistoryCommand {
    /// `onsite history show ID`: an interview turn by turn with its report, or one answer or submission.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Replay an interview, an answer or a submission from your history.",
            discussion: "ID is an interview id, answer-N or submission-N, as `onsite history` lists them.")

        @Argument(help: ArgumentHelp("What to show.", valueName: "id"))
        var id: String

        @OptionGroup var storage: DatabaseOption

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let store = try storage.open()
            let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
            let colours = Terminal.isColourful
            if let number = Self.number(id, prefix: "answer-") {
                guard let answer = try store.answer(id: number) else { throw notFound() }
                print(Self.replay(answer, rubric: ItemID(answer.questionID).flatMap(bank.rubric), colours: colours))
            } else if let number = Self.number(id, prefix: "submission-") {
                guard let submission = try store.submission(id: number) else { throw notFound() }
                let report = try JSONDecoder().decode(SubmissionReport.self, from: submission.report)
                print("\(submission.exerciseID), submitted \(submission.submittedAt)")
                for check in report.checks {
                    print("\(check.passed ? "✓" : "✗") \(check.name): \(check.summary)")
                    for detail in check.details { print("    \(detail)") }
                }
            } else if let stored = try store.interview(id: id) {
                let interview = try InterviewConductor.decode(stored)
                print(Terminal.paint("Interview \(interview.id) (\(stored.status.rawValue))", .bold, when: colours))
                // Resume bullets have no rubric in the bank: the interview keeps them.
                let resumeRubrics = Dictionary(
                    interview.assessments.flatMap(\.items).compactMap { item in
                        item.bullet.map { (item.id.description, ResumeRound().rubric(for: $0)) }
                    }
                ) { first, _ in first }
                for answer in try store.answers(inInterview: interview.id) {
                    let rubric = ItemID(answer.questionID).flatMap(bank.rubric) ?? resumeRubrics[answer.questionID]
                    print("")
                    print(Self.replay(answer, rubric: rubric, colours: colours))
                }
                if interview.isFinished {
                    print("")
                    print(InterviewReport(interview, bank: bank).markdown)
                }
            } else {
                throw notFound()
            }
        }

        private func notFound() -> ValidationError {
            ValidationError("nothing in \(storage.url.path) has the id '\(id)'; `onsite history` lists them")
        }

        static func number(_ id: String, prefix: String) -> Int64? {
            id.hasPrefix(prefix) ? Int64(id.dropFirst(prefix.count)) : nil
        }

        /// One answer: the prompt, what was written, and the feedback it got.
        static func replay(_ answer: StoredAnswer, rubric: Rubric?, colours: Bool) -> String {
            var lines = [
                Terminal.paint("\(answer.questionID) · \(answer.submittedAt)", .bold, when: colours),
                Terminal.paint(answer.prompt.trimmingCharacters(in: .whitespacesAndNewlines), .dim, when: colours),
                "",
                answer.text,
                "",
            ]
            let judgement = answer.judgement.flatMap { try? JSONDecoder().decode(Judgement.self, from: $0) }
            if let judgement, let rubric {
                lines.append(JudgementOutput.text(judgement, rubric: rubric, colours: colours))
            } else if let outcome = answer.judgement.flatMap({
                try? JSONDecoder().decode(ExerciseOutcome.self, from: $0)
            }) {
                lines.append("Checks passed: \(outcome.checksPassed) of \(outcome.checks)")
                lines += outcome.summary.map { "  " + $0 }
            } else {
                lines.append(answer.grade.map { "Grade \($0)/4" } ?? "Not graded.")
            }
            return lines.joined(separator: "\n")
        }
    }
}
