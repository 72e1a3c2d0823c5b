import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteRunner

extension ExerciseCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the visible tests of an exercise folder.",
            discussion: "Exits 0 when every visible test passes, 1 when any does not, 2 on a usage or sandbox error.")

        @Argument(help: ArgumentHelp("The exercise folder (default: the current folder).", valueName: "dir"))
        var folder: String = "."

        @OptionGroup var sandbox: SandboxOptions

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let (folder, exercise) = try ExerciseContext.load(folder, global: global)
            guard exercise.task != .review else {
                print("\(exercise.id) is a review: there are no tests to run. Write your findings in REVIEW.md.")
                return
            }
            let workspace = try ExerciseContext.workspace(folder)
            let pool = try await sandbox.startPool()
            let report: TestRunReport
            do {
                report = try await TestRunner(pool: pool, limits: sandbox.limits).runTests(in: workspace)
            } catch {
                await pool.shutdown()
                printError("onsite exercise check: \(error.message)")
                throw ExitCode(2)
            }
            await pool.shutdown()
            print(RunOutput.text(path: folder.root.lastPathComponent, report))
            if report.status != .passed { throw ExitCode.failure }
        }
    }

    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grade an exercise folder: visible tests, hidden cases and the task's own checks.",
            discussion: """
                Fix, refactor, optimise and flaky tasks are graded with the exercise's own test \
                files. Refactor tasks must improve the measured quality (ruff findings, function \
                length, nesting, cyclomatic complexity); optimise tasks must reach their speed-up \
                on a large input, timed side by side with the original; flaky tasks must pass \
                many runs with varied seeds and thread scheduling; write-tests tasks must catch \
                planted bugs. Each result is appended to .onsite/submissions.jsonl.

                Exits 0 when every check passes, 1 when any does not, 2 on a usage or sandbox error.
                """)

        @Argument(help: ArgumentHelp("The exercise folder (default: the current folder).", valueName: "dir"))
        var folder: String = "."

        @Flag(help: "Print the report as one JSON object.")
        var json = false

        @OptionGroup var storage: DatabaseOption

        @OptionGroup var sandbox: SandboxOptions

        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let (folder, exercise) = try ExerciseContext.load(folder, global: global)
            if exercise.task == .review {
                let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
                try gradeReview(folder, exercise: exercise, bank: bank)
                return
            }
            let workspace = try ExerciseContext.workspace(folder)
            let pool = try await sandbox.startPool()
            let grader = SubmissionGrader(
                pool: pool, limits: sandbox.limits,
                linter: RuffLinter.locate(folders: RunnerSetup.toolFolders()))
            let report: SubmissionReport
            do {
                report = try await grader.grade(workspace, for: exercise)
            } catch {
                await pool.shutdown()
                printError("onsite exercise submit: \(error.message)")
                throw ExitCode(2)
            }
            await pool.shutdown()
            do {
                try folder.record(report)
            } catch {
                printError(
                    "onsite exercise submit: could not save the result in .onsite/: \(error.localizedDescription)")
            }
            storage.keep(report, of: exercise)
            let elapsed = Date().timeIntervalSince(folder.marker.startedAt)
            print(
                json
                    ? SubmissionOutput.json(report)
                    : SubmissionOutput.text(report, exercise: exercise, elapsed: elapsed))
            if !report.passed { throw ExitCode.failure }
        }
    }
}

extension ExerciseCommand.Submit {
    /// A review is graded like an interview answer: the findings in REVIEW.md against the rubric.
    func gradeReview(_ folder: ExerciseFolder, exercise: Exercise, bank: ContentBank) throws {
        let file = folder.root.appendingPathComponent(ExerciseFolder.reviewFile)
        let findings: String
        do {
            findings = try String(contentsOf: file, encoding: .utf8)
        } catch {
            printError("onsite exercise submit: cannot read your review in \(file.path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        guard let (report, judgement) = RubricGrader(weightsFrom: bank.rubrics).gradeReview(findings, of: exercise),
            let rubric = Rubric(exercise)
        else {
            printError("onsite exercise submit: \(exercise.id) has no review rubric")
            throw ExitCode(2)
        }
        do {
            try folder.record(report)
        } catch {
            printError("onsite exercise submit: could not save the result in .onsite/: \(error.localizedDescription)")
        }
        storage.keep(report, of: exercise)
        print(
            json
                ? try JudgementOutput.json(judgement)
                : JudgementOutput.text(judgement, rubric: rubric, colours: Terminal.isColourful))
        if !report.passed { throw ExitCode.failure }
    }
}

/// Loads an exercise folder and its exercise, or exits 2 saying what is wrong.
enum ExerciseContext {
    static func load(_ path: String, global: GlobalOptions) throws -> (ExerciseFolder, Exercise) {
        let folder: ExerciseFolder
        do {
            folder = try ExerciseFolder.find(from: URL(fileURLWithPath: path))
        } catch let error as ExerciseFolderError {
            printError("onsite exercise: \(error)")
            throw ExitCode(2)
        }
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        guard let id = ItemID(folder.marker.exercise), let exercise = bank.exercise(id) else {
            printError(
                "onsite exercise: \(folder.root.path) holds exercise '\(folder.marker.exercise)', which is not in the content"
            )
            throw ExitCode(2)
        }
        return (folder, exercise)
    }

    static func workspace(_ folder: ExerciseFolder) throws -> Workspace {
        do {
            return try Workspace(reading: folder.root)
        } catch {
            printError("onsite exercise: \(error.message)")
            throw ExitCode(2)
        }
    }
}
