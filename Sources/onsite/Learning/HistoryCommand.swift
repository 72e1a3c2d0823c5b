import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteStore

/// `onsite history`: everything practised, newest first; `onsite history show ID` replays one item.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List your interviews, answers, exercise submissions and reviews, newest first.",
        discussion:
            "`onsite history show ID` replays one of them: an interview turn by turn, or one answer with its feedback.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self)

    /// One line of the timeline.
    struct Entry: Encodable {
        var id: String
        var kind: String
        var date: Date
        var title: String
        var detail: String
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List what you practised.")

        @Option(help: ArgumentHelp("How many entries to show.", valueName: "n"))
        var limit = 30

        @Flag(help: "Print the entries as a JSON array.")
        var json = false

        @OptionGroup var storage: DatabaseOption

        @OptionGroup var global: GlobalOptions

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        }

        func run() async throws {
            let store = try storage.open()
            let entries = try HistoryCommand.timeline(store, limit: limit)
            if json {
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(entries), as: UTF8.self))
                return
            }
            guard !entries.isEmpty else {
                print(
                    "Nothing practised yet in \(storage.url.path). Try `onsite interview` or `onsite practice python.gil`."
                )
                return
            }
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            formatter.locale = Locale(identifier: "en_US_POSIX")
            for entry in entries {
                print(
                    "\(formatter.string(from: entry.date))  \(entry.kind.padding(toLength: 10, withPad: " ", startingAt: 0)) "
                        + "\(entry.id.padding(toLength: 26, withPad: " ", startingAt: 0)) \(entry.title)  \(entry.detail)"
                )
            }
            print("\n`onsite history show ID` replays one.")
        }
    }

    static func timeline(_ store: some LearningStore, limit: Int) throws -> [Entry] {
        var entries: [Entry] = []
        for interview in try store.interviews(limit: limit) {
            let answers = try store.answers(inInterview: interview.id)
            let graded = answers.compactMap(\.score)
            let mean =
                graded.isEmpty
                ? "" : ", mean score \(Int((graded.reduce(0, +) / Double(graded.count) * 100).rounded()))%"
            entries.append(
                Entry(
                    id: interview.id, kind: "interview", date: interview.updatedAt,
                    title: "\(interview.format) interview",
                    detail: "\(interview.status.rawValue), \(answers.count) answer(s)\(mean)"))
        }
        for answer in try store.practiceAnswers(limit: limit) {
            entries.append(
                Entry(
                    id: "answer-\(answer.id ?? 0)", kind: "practice", date: answer.submittedAt,
                    title: answer.questionID,
                    detail: answer.grade.map { "grade \($0)/4" } ?? "not graded"))
        }
        for submission in try store.submissions(exerciseID: nil, limit: limit) {
            entries.append(
                Entry(
                    id: "submission-\(submission.id ?? 0)", kind: "exercise", date: submission.submittedAt,
                    title: submission.exerciseID,
                    detail: submission.passed ? "passed" : "\(Int((submission.score * 100).rounded()))% of checks"))
        }
        for review in try store.reviews(limit: limit) {
            let rating = Rating(rawValue: review.rating).map(\.label) ?? "\(review.rating)"
            entries.append(
                Entry(
                    id: "review-\(review.id ?? 0)", kind: "review", date: review.reviewedAt, title: review.cardID,
                    detail: rating))
        }
        return Array(entries.sorted { $0.date > $1.date }.prefix(limit))
    }
}
