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
        let practice = Practice(store: store, bank: bank, grader: RubricGrader(weightsFrom: bank.rubrics))
        let attempt: Practice.Attempt
        do {
            attempt = try practice.answer(text, to: id, at: Date())
        } catch let error as PracticeError {
            throw ValidationError(error.message)
        }
        let (judgement, comparison, added) = (attempt.judgement, attempt.comparison, attempt.newCards)
        let previous = attempt.earlier.map { ($0.answer, $0.judgement) }
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
}
