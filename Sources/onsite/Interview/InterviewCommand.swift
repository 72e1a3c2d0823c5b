public import ArgumentParser
import Dispatch
import Foundation
import OnsiteContent
public import OnsiteCore
import OnsiteStore

extension InterviewFormat: ExpressibleByArgument {}
extension Level: ExpressibleByArgument {}

/// `onsite interview`: a mock interview in the terminal, with follow-ups, feedback and a report.
struct InterviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Run a mock interview in the terminal: questions, follow-ups, feedback and a report.",
        discussion: """
            Formats: three (architecture, Python proficiency, problem solving with a coding \
            exercise), loop (fundamentals, coding, debugging, design, behaviour) and drill (one \
            area, with --area). At a terminal, finish each answer with an empty line or Ctrl-D; \
            `skip` skips a question. Ctrl-C saves and leaves; --resume continues exactly there. \
            When standard input is not a terminal, answers are separated by lines holding only \
            ---, so a whole interview can be scripted. Every answer is stored before it is \
            graded, in the database (default: $ONSITE_DATABASE, else onsite.sqlite in \
            $ONSITE_DATA, $XDG_DATA_HOME/onsite or ~/.local/share/onsite). The report is saved \
            as Markdown and JSON in a reports/ folder beside the database. With --resume-file, a \
            resume round walks through three of your bullets and grades each answer for problem, \
            approach, scale and impact.
            """)

    @Option(help: ArgumentHelp("three, loop or drill.", valueName: "format"))
    var format: InterviewFormat = .three

    @Option(help: ArgumentHelp("The area of a drill, or an area to lean towards.", valueName: "area"))
    var area: String?

    @Option(help: ArgumentHelp("senior or mid.", valueName: "level"))
    var level: Level = .senior

    @Option(help: ArgumentHelp("Time for the whole interview; each question gets its share.", valueName: "n"))
    var minutes: Int?

    @Option(help: ArgumentHelp("Lean the questions towards what this job description asks for.", valueName: "file"))
    var jobDescription: String?

    @Option(
        help: ArgumentHelp(
            "Add a resume round about your strongest and thinnest bullets (text or Markdown).", valueName: "file"))
    var resumeFile: String?

    @Option(help: ArgumentHelp("Bullets the resume round asks about (1 to 10).", valueName: "n"))
    var resumeQuestions = 3

    @Flag(help: "Real interview mode: no feedback until the report at the end.")
    var real = false

    @Flag(help: "Continue the interview that was interrupted last.")
    var resume = false

    @Flag(help: "Print the report as JSON on standard output (prompts and feedback go to standard error).")
    var json = false

    @OptionGroup var storage: DatabaseOption

    @Option(help: ArgumentHelp("Seed for choosing questions, to repeat an interview.", valueName: "n"))
    var seed: UInt64?

    @OptionGroup var sandbox: SandboxOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let minutes, !(1...600).contains(minutes) { throw ValidationError("--minutes must be between 1 and 600") }
        if format == .drill && area == nil && !resume { throw ValidationError("a drill needs --area") }
        if !(1...10).contains(resumeQuestions) { throw ValidationError("--resume-questions must be 1 to 10") }
        if resume && resumeFile != nil {
            throw ValidationError("--resume continues a stored interview; --resume-file starts a new one")
        }
    }

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        let path = storage.url
        let store = try storage.open()
        let engine = InterviewEngine(bank: bank, grader: RubricGrader(weightsFrom: bank.rubrics))
        let output = InterviewOutput(colours: !json && Terminal.isColourful)
        let say: (String) -> Void =
            json
            ? { printError($0) }
            : {
                print($0)
                Terminal.flushOutput()
            }
        let checker = LazySandboxChecker(sandbox: sandbox)
        let conductor = InterviewConductor(engine: engine, store: store, checker: checker)
        let session = InterviewSession(conductor: conductor, output: output, say: say)

        var interview: Interview
        if resume {
            guard let latest = try conductor.latestInProgress() else {
                throw ValidationError("there is no interrupted interview to resume in \(path.path)")
            }
            interview = latest
            say(output.paint("Resuming interview \(interview.id).", .bold))
            try await session.replayUnapplied(&interview)
        } else {
            let focus = try jobDescription.map { try JobCommand.profile(of: $0, bank: bank).focusAreas } ?? []
            let resumeRound = try resumeFile.map { try ResumeCommand.questions(in: $0, limit: resumeQuestions) } ?? []
            let settings = InterviewSettings(
                format: format, level: level, area: area, minutes: minutes, realMode: real, focusAreas: focus,
                seed: seed ?? UInt64.random(in: 0...UInt64.max))
            do {
                interview = try conductor.start(settings, resume: resumeRound, at: Date())
            } catch let error as InterviewError {
                throw ValidationError(error.message)
            }
            say(
                output.paint(
                    "Interview \(interview.id): \(interview.assessments.map(\.name).joined(separator: " → "))", .bold))
        }

        let reader = AnswerReader(interactive: Terminal.isInteractive)
        let interrupt = Self.saveDraftOnInterrupt(
            store: store, interviewID: interview.id, reader: reader, messages: json ? .standardError : .standardOutput)
        defer { interrupt.cancel() }
        let finished = try await session.run(&interview, reader: reader)
        await checker.shutdown()
        guard finished else { return }
        try report(interview, bank: bank, database: path, json: json, say: say)
    }

    private func report(
        _ interview: Interview, bank: ContentBank, database: URL, json: Bool, say: (String) -> Void
    ) throws {
        let report = InterviewReport(interview, bank: bank)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = try encoder.encode(report)
        let folder = database.deletingLastPathComponent().appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let markdownFile = folder.appendingPathComponent("\(interview.id).md")
        try report.markdown.write(to: markdownFile, atomically: true, encoding: .utf8)
        try data.write(to: folder.appendingPathComponent("\(interview.id).json"))
        if json {
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("")
            print(report.markdown)
        }
        say("Report saved: \(markdownFile.path) (and .json)")
    }

    /// On Ctrl-C: stores what was typed of the current answer as a draft, says how to resume, exits 130.
    ///
    /// The message is written straight to the descriptor and the process leaves with `_exit`:
    /// the main thread is blocked reading standard input and holds its stdio lock, which a
    /// buffered flush or `exit`'s clean-up would wait on forever.
    static func saveDraftOnInterrupt(
        store: SQLiteStore, interviewID: String, reader: AnswerReader, messages: FileHandle
    ) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if let stored = try? store.interview(id: interviewID),
                var interview = try? InterviewConductor.decode(stored)
            {
                interview.draft = reader.draft
                if let state = try? JSONEncoder().encode(interview) {
                    var updated = stored
                    updated.state = state
                    updated.updatedAt = Date()
                    try? store.save(updated)
                }
            }
            messages.write(Data("\nSaved. Continue with: onsite interview --resume\n".utf8))
            _exit(130)
        }
        source.resume()
        return source
    }
}
