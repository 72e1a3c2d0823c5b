import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteStore

/// `onsite resume FILE`: each bullet checked for problem, approach, scale and impact, with the
/// questions an interviewer would ask about it; `--round` practises answering them.
struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract:
            "Check each resume bullet for problem, approach, scale and impact, and see what an interviewer would ask.",
        discussion: """
            The resume is plain text or Markdown; bullets start with -, *, • or a number. Skills and \
            education sections are not probed. With --round, onsite asks about the bullets most \
            worth probing ("Walk me through this: …"), judges each spoken answer for the four parts \
            with quotes as evidence, follows up once on the most important missing part, and keeps \
            the answers in your history. docs/resume.md explains the rules.
            """)

    @Argument(help: ArgumentHelp("The resume, as text or Markdown.", valueName: "file"))
    var file: String

    @Flag(help: "Practise a resume round: answer questions about your strongest and thinnest bullets.")
    var round = false

    @Option(help: ArgumentHelp("Bullets to ask about in a round.", valueName: "n"))
    var questions = 3

    @Flag(help: "Print the analysis as JSON.")
    var json = false

    @OptionGroup var storage: DatabaseOption

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (1...10).contains(questions) else { throw ValidationError("--questions must be 1 to 10") }
    }

    func run() async throws {
        let document = try Self.read(file)
        let analyses = document.bullets.filter { !Self.isBackground($0, in: document) }.map(\.analysis)
        guard !analyses.isEmpty else {
            throw ValidationError("no bullet points found in \(file): start each achievement with - or *")
        }
        if round {
            try runRound(document)
            return
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(analyses), as: UTF8.self))
            return
        }
        print(ResumeOutput.text(analyses, colours: Terminal.isColourful))
    }

    static func isBackground(_ bullet: ResumeBullet, in document: ResumeDocument) -> Bool {
        document.sections.first { $0.title == bullet.section }?.isBackground ?? false
    }

    /// Asks about the chosen bullets, stores each answer before judging it, and follows up once.
    private func runRound(_ document: ResumeDocument) throws {
        let store = try storage.open()
        let roundQuestions: [ResumeQuestion]
        do {
            roundQuestions = try ResumeRound().questions(for: document, limit: questions)
        } catch {
            throw ValidationError(error.message)
        }
        let reader = AnswerReader(interactive: Terminal.isInteractive)
        let colours = Terminal.isColourful
        for (number, question) in roundQuestions.enumerated() {
            var prompt = question.prompt
            var asked = Set<String>()
            for attempt in 0..<2 {
                print("")
                print(
                    Terminal.paint(
                        "Resume round · question \(number + 1) of \(roundQuestions.count)"
                            + (attempt > 0 ? " · follow-up" : "") + " · line \(question.bullet.line)", .dim,
                        when: colours))
                print(prompt)
                print(
                    Terminal.paint(
                        reader.interactive
                            ? "Answer (empty line to finish):" : "Answer (end with a line holding only ---):",
                        .cyan, when: colours))
                Terminal.flushOutput()
                guard let answer = reader.next() else {
                    print("\nInput ended; your answers so far are saved.")
                    return
                }
                let id = try store.record(
                    StoredAnswer(
                        interviewID: nil, turn: attempt, questionID: question.rubricID.description, area: "behaviour",
                        prompt: prompt, text: answer, submittedAt: Date()))
                let judgement = ResumeRound().judge(answer, about: question.bullet, excluding: asked)
                try store.attach(
                    judgement: try JSONEncoder().encode(judgement), score: judgement.score, grade: judgement.grade,
                    toAnswer: id)
                print(ResumeOutput.feedback(judgement, colours: colours))
                guard attempt == 0, let followUp = judgement.followUp, judgement.grade < 4 else { break }
                asked.insert(followUp.prompt)
                prompt = followUp.prompt
            }
        }
        print("\nThe round is over; `onsite history` keeps your answers.")
    }
}

/// The resume analysis and the round's feedback, for a person.
enum ResumeOutput {
    static func text(_ analyses: [BulletAnalysis], colours: Bool) -> String {
        func paint(_ text: String, _ style: Terminal.Style) -> String { Terminal.paint(text, style, when: colours) }
        var lines: [String] = []
        for analysis in analyses {
            let bullet = analysis.bullet
            lines.append(paint("Line \(bullet.line)", .dim) + (bullet.role.map { paint(" · \($0)", .dim) } ?? ""))
            lines.append(paint(bullet.text, .bold))
            for part in ResumePart.allCases {
                if let evidence = analysis.evidence(for: part) {
                    let vague = evidence.strength == .vague
                    lines.append(
                        "  " + (vague ? paint("~", .yellow) : paint("✓", .green))
                            + " \(part.name): \"\(evidence.phrase)\""
                            + (vague ? paint(" (vague)", .yellow) : ""))
                } else {
                    lines.append("  " + paint("✗", .red) + " \(part.name): not stated")
                }
            }
            for prompt in analysis.rewritePrompts { lines.append("  " + paint("Rewrite: ", .cyan) + prompt.text) }
            if !analysis.probingQuestions.isEmpty {
                lines.append("  " + paint("An interviewer would ask:", .dim))
                for question in analysis.probingQuestions { lines.append("   - \(question.prompt)") }
            }
            lines.append("")
        }
        let complete = analyses.filter(\.isComplete).count
        lines.append(
            "\(complete) of \(analyses.count) bullets state all four parts. Practise answering: `onsite resume FILE --round`."
        )
        return lines.joined(separator: "\n")
    }

    static func feedback(_ judgement: Judgement, colours: Bool) -> String {
        var lines = [
            Terminal.paint(
                "Grade \(judgement.grade)/4 (\(GradeScale.name(of: judgement.grade)))", .bold, when: colours)
        ]
        for flag in judgement.flags { lines.append("! " + flag.explanation) }
        for point in judgement.points {
            let mark =
                switch point.verdict {
                case .covered: Terminal.paint("✓", .green, when: colours)
                case .partial: Terminal.paint("~", .yellow, when: colours)
                case .missed: Terminal.paint("✗", .red, when: colours)
                }
            lines.append("\(mark) \(point.id)" + (point.evidence.map { ": \"\($0.clipped(to: 160))\"" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}

extension ResumeCommand {
    /// Reads a resume file, or says which file could not be read and why.
    static func read(_ path: String) throws -> ResumeDocument {
        do {
            return ResumeDocument(text: try String(contentsOfFile: path, encoding: .utf8))
        } catch {
            throw ValidationError("cannot read the resume '\(path)': \(error.localizedDescription)")
        }
    }

    /// The bullets a resume round asks about, or why the resume has none worth asking about.
    static func questions(in path: String, limit: Int) throws -> [ResumeQuestion] {
        do {
            return try ResumeRound().questions(for: try read(path), limit: limit)
        } catch let error as ResumeError {
            throw ValidationError("\(path): \(error.message)")
        }
    }
}
