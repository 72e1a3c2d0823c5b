import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteStore

/// `onsite practice ID`: answer one question again, graded, with earlier attempts side by side.
struct PracticeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Answer one question, get graded feedback, and see how it compares with your earlier attempts.",
        discussion: """
            The answer is read from --answer-file, or typed (end with an empty line or Ctrl-D), or \
            read whole from standard input when it is not a terminal. It is stored before it is \
            graded. The points of every attempt are shown side by side, with what the new answer \
            covers that the last one did not. Missed points become review cards (`onsite review`).
            """)

    @Argument(help: ArgumentHelp("The question id, for example python.gil.", valueName: "id"))
    var question: String

    @Option(help: ArgumentHelp("Read the answer from this file (- for standard input).", valueName: "file"))
    var answerFile: String?

    @Flag(help: "Print the judgement and the comparison as one JSON object.")
    var json = false

    @OptionGroup var storage: DatabaseOption

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        guard let id = ItemID(question), let rubric = bank.rubric(id) else {
            throw ValidationError("no question '\(question)'; `onsite content stats` lists the areas")
        }
        let store = try storage.open()
        let earlier = try store.answers(toQuestion: id.description).filter(\.isGraded)
        let say: (String) -> Void = json ? { printError($0) } : { print($0) }
        if answerFile == nil {
            say(Terminal.paint("\(rubric.title)  (\(id))", .bold, when: !json && Terminal.isColourful))
            say("")
            say(rubric.prompt.trimmingCharacters(in: .whitespacesAndNewlines))
            say("")
            if Terminal.isInteractive { say("Answer (end with an empty line or Ctrl-D):") }
        }
        Terminal.flushOutput()
        let text = try readAnswer()
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ValidationError("the answer is empty; nothing was saved")
        }
        let answerID = try store.record(
            StoredAnswer(
                interviewID: nil, turn: earlier.count + 1, questionID: id.description, area: areaOf(id, in: bank),
                prompt: rubric.prompt, text: text, submittedAt: Date()))
        let judgement = RubricGrader(weightsFrom: bank.rubrics).grade(text, against: rubric)
        try store.attach(
            judgement: try JSONEncoder().encode(judgement), score: judgement.score, grade: judgement.grade,
            toAnswer: answerID)
        let deck = ReviewCards(store: store)
        let added = try deck.addCards(for: judgement, question: id, at: Date())

        let previous = earlier.compactMap { answer in
            answer.judgement.flatMap { try? JSONDecoder().decode(Judgement.self, from: $0) }.map { (answer, $0) }
        }
        let comparison = previous.last.map { AttemptComparison(before: $0.1, after: judgement) }
        if json {
            print(try PracticeOutput.json(judgement, comparison: comparison, attempts: previous.count + 1))
            return
        }
        let colours = Terminal.isColourful
        print(JudgementOutput.text(judgement, rubric: rubric, colours: colours))
        if !previous.isEmpty {
            print("")
            print(
                PracticeOutput.sideBySide(
                    previous.map(\.1) + [judgement], dates: previous.map(\.0.submittedAt) + [Date()]))
        }
        if let comparison {
            print("")
            print(PracticeOutput.summary(comparison, colours: colours))
        }
        if added > 0 { print("\n\(added) new review card(s) from the points you missed: `onsite review`.") }
    }

    private func readAnswer() throws -> String {
        if let answerFile { return try GradeCommand.readAnswer(answerFile) }
        if Terminal.isInteractive { return AnswerReader(interactive: true).next() ?? "" }
        return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }

    private func areaOf(_ id: ItemID, in bank: ContentBank) -> String {
        bank.question(id)?.area ?? bank.exercise(id)?.area ?? id.area
    }
}
