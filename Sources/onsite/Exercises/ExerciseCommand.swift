import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore

/// `onsite exercise …`: practical tasks worked on in the candidate's own editor.
struct ExerciseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract: "Practical Python tasks: list them, start one in a folder, check it, submit it.",
        discussion: """
            A typical session:
              onsite exercise list --kind optimise
              onsite exercise start python.csv-export-optimise
              cd csv-export-optimise        # edit the code in your editor
              onsite exercise check         # the visible tests
              onsite exercise submit        # visible tests, hidden cases and the task's own checks
            """,
        subcommands: [List.self, Start.self, Check.self, Submit.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the exercises, optionally of one kind or area.")

        @Option(help: ArgumentHelp("Only this kind of task: \(kinds).", valueName: "kind"))
        var kind: String?

        @Option(help: ArgumentHelp("Only this area, for example python or concurrency.", valueName: "area"))
        var area: String?

        @Flag(help: "Print one JSON object per exercise per line.")
        var json = false

        @OptionGroup var global: GlobalOptions

        static var kinds: String { Exercise.Task.allCases.map(\.rawValue).joined(separator: ", ") }

        func validate() throws {
            if let kind, Exercise.Task(rawValue: kind) == nil {
                throw ValidationError("unknown kind '\(kind)'; use one of \(Self.kinds)")
            }
        }

        func run() async throws {
            let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
            if let area, !bank.areas.contains(where: { $0.id == area }) {
                throw ValidationError(
                    "unknown area '\(area)'; use one of \(bank.areas.map(\.id).joined(separator: ", "))")
            }
            let chosen = bank.exercises.filter {
                (kind == nil || $0.task.rawValue == kind) && (area == nil || $0.area == area)
            }
            if json {
                struct Line: Encodable {
                    var id: String
                    var kind: String
                    var area: String
                    var level: String
                    var minutes: Int
                    var title: String
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                for exercise in chosen {
                    let line = Line(
                        id: exercise.id.description, kind: exercise.task.rawValue, area: exercise.area,
                        level: exercise.level.rawValue, minutes: exercise.minutes, title: exercise.title)
                    print(String(decoding: try encoder.encode(line), as: UTF8.self))
                }
                return
            }
            guard !chosen.isEmpty else {
                print("No exercises match.")
                return
            }
            let width = chosen.map(\.id.description.count).max() ?? 0
            for exercise in chosen {
                let id = exercise.id.description.padding(toLength: width, withPad: " ", startingAt: 0)
                let kind = exercise.task.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                let level = exercise.level.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
                print("\(id)  \(kind) \(level) \(String(format: "%3d", exercise.minutes)) min  \(exercise.title)")
            }
            print("\n\(chosen.count) exercises. Start one with `onsite exercise start ID`.")
        }
    }

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an exercise's statement, starter code and visible tests into a folder.",
            discussion: "The folder (default: ./SLUG) must not exist yet or be empty.")

        @Argument(help: ArgumentHelp("The exercise id, for example algorithms.top-ips.", valueName: "id"))
        var id: String

        @Argument(help: ArgumentHelp("The folder to create.", valueName: "dir"))
        var folder: String?

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
            guard let itemID = ItemID(id), let exercise = bank.exercise(itemID) else {
                let near = bank.exercises.map(\.id.description).filter {
                    $0.contains(id.split(separator: ".").last.map(String.init) ?? id)
                }
                throw ValidationError(
                    "no exercise '\(id)'\(near.isEmpty ? "" : "; did you mean \(near.prefix(3).joined(separator: ", "))?")"
                        + " (`onsite exercise list` shows them all)")
            }
            let root = URL(fileURLWithPath: folder ?? exercise.id.slug)
            do {
                _ = try ExerciseFolder.create(exercise, at: root)
            } catch let error as ExerciseFolderError {
                printError("onsite exercise start: \(error)")
                throw ExitCode(2)
            }
            print(
                """
                Started \(exercise.id) (\(exercise.task.rawValue), about \(exercise.minutes) minutes) in \(root.path)
                Read README.md there, edit the files in your editor, then:
                  onsite exercise check    # visible tests
                  onsite exercise submit   # full grading
                """)
        }
    }
}
