import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite grade`: grades one answer against a question's rubric, as the interviewer would.
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade an answer to a question: each point with its evidence, pitfalls, score and follow-up.",
        discussion: """
            The answer is read from a file, or from standard input with --answer-file -. \
            Grading is offline and deterministic; docs/grading.md explains how it works and how \
            well it agrees with human graders.
            """)

    @Option(help: ArgumentHelp("The question (or review exercise) id, for example python.gil.", valueName: "id"))
    var question: String

    @Option(help: ArgumentHelp("The file holding the answer, or - for standard input.", valueName: "file"))
    var answerFile: String

    @Flag(help: "Print one JSON object: score (0-1), grade (0-4), points, pitfalls, followUp and more.")
    var json = false

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let answer = try Self.readAnswer(answerFile)
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        guard let id = ItemID(question), let rubric = bank.rubric(id) else {
            throw ValidationError(
                "no question or review exercise '\(question)'; `onsite content list` shows the ids")
        }
        let grader = RubricGrader(weightsFrom: bank.rubrics)
        let judgement = grader.grade(answer, against: rubric)
        if json {
            print(try JudgementOutput.json(judgement))
        } else {
            print(JudgementOutput.text(judgement, rubric: rubric, colours: Terminal.isColourful))
        }
    }

    static func readAnswer(_ path: String) throws -> String {
        if path == "-" {
            return String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read the answer file '\(path)': \(error.localizedDescription)")
        }
    }
}
