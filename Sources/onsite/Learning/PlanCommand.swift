import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteStore

/// `onsite plan`: a week-by-week study plan to the interview date, re-balanced from your results.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Build a week-by-week study plan to your interview date, or list what to do today.",
        discussion: """
            The first call needs --interview-date and --hours-per-week; they are remembered, with \
            the job description if one is given. Every call plans again from today with your \
            latest results, so weak areas gain time and mastered ones lose it. --today lists only \
            today's items. docs/plan.md explains the rules.
            """)

    @Option(help: ArgumentHelp("The interview date, YYYY-MM-DD.", valueName: "date"))
    var interviewDate: String?

    @Option(help: ArgumentHelp("Hours you can study each week.", valueName: "h"))
    var hoursPerWeek: Double?

    @Option(help: ArgumentHelp("A job description (text or Markdown) to aim the plan at.", valueName: "file"))
    var jobDescription: String?

    @Option(help: ArgumentHelp("senior or mid.", valueName: "level"))
    var level: Level?

    @Flag(help: "List only what to do today.")
    var today = false

    @Option(help: ArgumentHelp("Also write the plan as Markdown to this file.", valueName: "file"))
    var markdown: String?

    @Flag(help: "Print the plan as JSON.")
    var json = false

    @OptionGroup var storage: DatabaseOption

    @OptionGroup var global: GlobalOptions

    /// What is remembered between calls.
    typealias Settings = PlanSettings

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        let store = try storage.open()
        let settings = try settings(store, bank: bank)
        let learner = LearnerHistory(store: store, bank: bank)
        let day = CalendarDay.today
        let plan: StudyPlan
        do {
            plan = try learner.plan(with: settings, today: day)
        } catch let error as PlanError {
            throw ValidationError(error.message)
        }
        if let markdown {
            do {
                try plan.markdown.write(toFile: markdown, atomically: true, encoding: .utf8)
            } catch {
                throw ValidationError("cannot write \(markdown): \(error.localizedDescription)")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let data =
                today ? try encoder.encode(TodayOutput(day: day, items: plan.items(on: day))) : try encoder.encode(plan)
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print(today ? PlanOutput.today(plan, day: day) : plan.markdown)
    }

    struct TodayOutput: Encodable {
        var day: CalendarDay
        var items: [PlanItem]
    }

    /// The settings given now, merged over the remembered ones, and remembered again.
    private func settings(_ store: SQLiteStore, bank: ContentBank) throws -> Settings {
        let learner = LearnerHistory(store: store, bank: bank)
        let remembered = try learner.planSettings()
        let date: CalendarDay
        if let interviewDate {
            guard let parsed = CalendarDay(interviewDate) else {
                throw ValidationError("--interview-date '\(interviewDate)' is not a date such as 2027-01-15")
            }
            date = parsed
        } else if let remembered {
            date = remembered.interviewDate
        } else {
            throw ValidationError("no plan yet: give --interview-date YYYY-MM-DD and --hours-per-week H")
        }
        guard let hours = hoursPerWeek ?? remembered?.hoursPerWeek else {
            throw ValidationError("no plan yet: give --hours-per-week H as well")
        }
        var job = remembered?.job
        if let jobDescription { job = try JobCommand.profile(of: jobDescription, bank: bank) }
        let settings = Settings(
            interviewDate: date, hoursPerWeek: hours, level: level ?? remembered?.level ?? .senior, job: job)
        try learner.remember(settings)
        return settings
    }
}

extension CalendarDay {
    /// Today in the machine's time zone.
    static var today: CalendarDay { local(at: Date()) }
}
