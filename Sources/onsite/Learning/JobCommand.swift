import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteStore

/// `onsite job FILE`: what a job description asks for, what the bank covers, and how ready you are.
struct JobCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "job",
        abstract: "Map a job description to skills and areas: what it asks for, what onsite covers, how ready you are.",
        discussion: """
            Aim the study plan at it with `onsite plan --job-description FILE`, and an interview with \
            `onsite interview --job-description FILE`.
            """)

    @Argument(help: ArgumentHelp("The job description, as text or Markdown.", valueName: "file"))
    var file: String

    @Flag(help: "Print the mapping as JSON.")
    var json = false

    @OptionGroup var storage: DatabaseOption

    @OptionGroup var global: GlobalOptions

    /// One area the description leads to.
    struct AreaLine: Encodable {
        var area: String
        var title: String
        var weight: Double
        var questions: Int
        var exercises: Int
        var mastery: Double?
    }

    struct Output: Encodable {
        var skills: [MatchedSkill]
        var notAskedFor: [String]
        var areas: [AreaLine]
    }

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        let profile = try Self.profile(of: file, bank: bank)
        let mastery = try LearnerHistory(store: try storage.open(), bank: bank).mastery()
        let titles = Dictionary(bank.areas.map { ($0.id, $0.title) }) { first, _ in first }
        let areas = profile.areaWeights.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { area, weight in
            AreaLine(
                area: area, title: titles[area] ?? area, weight: weight,
                questions: bank.questions.filter { $0.area == area }.count,
                exercises: bank.exercises.filter { $0.area == area }.count, mastery: mastery[area])
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let output = Output(skills: profile.matched, notAskedFor: profile.unmatched.map(\.name), areas: areas)
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
            return
        }
        guard !profile.matched.isEmpty else {
            print("No known skill found in \(file). docs/plan.md lists the skills and the words that reveal them.")
            return
        }
        print("What it asks for:")
        for skill in profile.matched {
            let evidence = skill.evidence.first.map { " — line \($0.lineNumber): \"\($0.line.clipped(to: 70))\"" } ?? ""
            print("  \(skill.priority == .required ? "required " : "preferred") \(skill.skill.name)\(evidence)")
        }
        print("")
        print("Areas, most important first (bank coverage · your mastery):")
        for line in areas {
            let ready = line.mastery.map { "\(Int(($0 * 100).rounded()))%" } ?? "untested"
            print(
                "  \(TextChart.bar(line.weight, width: 10)) \(line.title.padding(toLength: 34, withPad: " ", startingAt: 0))"
                    + " \(line.questions) questions, \(line.exercises) exercises · \(ready)")
        }
        if !profile.unmatched.isEmpty {
            print("")
            print("Not asked for: " + profile.unmatched.map(\.name).joined(separator: ", "))
        }
        print("")
        print("Next: `onsite plan --job-description \(file) --interview-date YYYY-MM-DD --hours-per-week H`")
    }

    /// The profile of the job description in `path`.
    static func profile(of path: String, bank: ContentBank) throws -> JobProfile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("cannot read the job description '\(path)': \(error.localizedDescription)")
        }
        return JobMatcher(skills: bank.skills).match(text)
    }
}
