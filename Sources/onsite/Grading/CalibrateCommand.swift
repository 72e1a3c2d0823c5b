import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore

/// `onsite calibrate`: measures how closely the grader agrees with hand-graded answers.
struct CalibrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Grade a folder of hand-graded answers and report the grader's agreement with them.",
        discussion: """
            Reports Spearman's rank correlation, quadratic weighted kappa and the share of \
            answers graded exactly alike and within one grade, overall, per kind of answer and \
            per question, and how often each point's verdict matches. The folders default to \
            Calibration/answers and Calibration/holdout beside the bundled content.
            """)

    @Argument(help: ArgumentHelp("Folders of graded answers (<area>/<slug>.yaml).", valueName: "folder"))
    var folders: [String] = []

    @Flag(help: "List every answer the grader grades two or more grades away from the person.")
    var verbose = false

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Override a grader threshold for this run, for example --set covered=0.65 (repeatable); the names are those of RubricGrader.Tuning.",
            valueName: "name=value"))
    var settings: [String] = []

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        let grader = RubricGrader(weightsFrom: bank.rubrics, tuning: try tuning())
        var reports: [CalibrationReport] = []
        for folder in try resolvedFolders() {
            let answers = try CalibrationReader().read(folder, bank: bank)
            let judged = answers.map { answer in
                (answer, grader.grade(answer.text, against: bank.rubric(answer.question)!))
            }
            reports.append(CalibrationReport(name: folder.lastPathComponent, judged: judged))
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(reports), as: UTF8.self))
            return
        }
        for report in reports { print(report.text(verbose: verbose)) }
    }

    private func tuning() throws -> RubricGrader.Tuning {
        var tuning = RubricGrader.Tuning()
        let fields: [String: WritableKeyPath<RubricGrader.Tuning, Double>] = [
            "covered": \.covered, "partial": \.partial, "fragmentCredit": \.fragmentCredit, "fullEcho": \.fullEcho,
            "pitfallSimilarity": \.pitfallSimilarity, "pitfallPenalty": \.pitfallPenalty,
            "contradictionPenalty": \.contradictionPenalty, "keywordListCap": \.keywordListCap,
            "noStoryCap": \.noStoryCap, "honestUnsureFloor": \.honestUnsureFloor, "partialCredit": \.partialCredit,
            "agreementBonus": \.agreementBonus,
        ]
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let field = fields[parts[0]], let value = Double(parts[1]) else {
                throw ValidationError(
                    "--set expects name=value with a number, one of: \(fields.keys.sorted().joined(separator: ", "))")
            }
            tuning[keyPath: field] = value
        }
        return tuning
    }

    private func resolvedFolders() throws -> [URL] {
        if !folders.isEmpty { return folders.map { URL(fileURLWithPath: $0) } }
        guard let content = ContentLocations.bundled() else {
            throw ValidationError("cannot find the bundled content; name the calibration folders")
        }
        let root = content.deletingLastPathComponent().appendingPathComponent("Calibration")
        return ["answers", "holdout"].map { root.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}

/// The agreement figures of one folder of graded answers.
struct CalibrationReport: Encodable {
    struct Group: Encodable {
        var name: String
        var agreement: Agreement
        var personMean: Double
        var graderMean: Double
    }

    struct Miss: Encodable {
        var source: String
        var label: String
        var person: Int
        var grader: Int
    }

    var name: String
    var overall: Agreement
    var byLabel: [Group]
    var byQuestion: [Group]
    /// The share of points whose verdict (covered, partial, missed) matches the person's.
    var pointVerdictAgreement: Double
    /// Of the pitfalls the grader reports, the share the person found too; and of the person's, the share found.
    var pitfallPrecision: Double
    var pitfallRecall: Double
    var misses: [Miss]

    init(name: String, judged: [(CalibrationAnswer, Judgement)]) {
        self.name = name
        overall = Agreement(expected: judged.map(\.0.grade), predicted: judged.map(\.1.grade))
        func groups(_ key: (CalibrationAnswer) -> String) -> [Group] {
            Dictionary(grouping: judged) { key($0.0) }.sorted { $0.key < $1.key }.map { name, members in
                Group(
                    name: name,
                    agreement: Agreement(expected: members.map(\.0.grade), predicted: members.map(\.1.grade)),
                    personMean: Double(members.reduce(0) { $0 + $1.0.grade }) / Double(members.count),
                    graderMean: Double(members.reduce(0) { $0 + $1.1.grade }) / Double(members.count))
            }
        }
        byLabel = groups(\.label)
        byQuestion = groups(\.question.description)
        var matching = 0
        var total = 0
        var reported = 0
        var confirmed = 0
        var expectedPitfalls = 0
        for (answer, judgement) in judged {
            for point in judgement.points {
                let person: PointJudgement.Verdict =
                    answer.covered.contains(point.id)
                    ? .covered : answer.partial.contains(point.id) ? .partial : .missed
                total += 1
                if person == point.verdict { matching += 1 }
            }
            let found = Set(judgement.pitfalls.map(\.id).filter { !$0.hasPrefix("contradicts:") })
            reported += found.count
            confirmed += found.intersection(answer.pitfalls).count
            expectedPitfalls += answer.pitfalls.count
        }
        pointVerdictAgreement = total == 0 ? 0 : Double(matching) / Double(total)
        pitfallPrecision = reported == 0 ? 1 : Double(confirmed) / Double(reported)
        pitfallRecall = expectedPitfalls == 0 ? 1 : Double(confirmed) / Double(expectedPitfalls)
        misses = judged.filter { abs($0.0.grade - $0.1.grade) >= 2 }.map {
            Miss(source: $0.0.source, label: $0.0.label, person: $0.0.grade, grader: $0.1.grade)
        }
    }

    func text(verbose: Bool) -> String {
        func row(_ name: String, _ agreement: Agreement, _ means: String = "") -> String {
            name.padding(toLength: 42, withPad: " ", startingAt: 0)
                + String(
                    format: "%4d  %7.3f  %6.3f  %5.0f%%  %6.0f%%  %@", agreement.count, agreement.spearman,
                    agreement.quadraticWeightedKappa, agreement.exact * 100, agreement.withinOne * 100, means)
        }
        let header =
            "".padding(toLength: 42, withPad: " ", startingAt: 0)
            + "   n  spearman     qwk  exact  within1  person→grader"
        var lines = ["Calibration set: \(name)", header, row("all answers", overall)]
        lines.append("")
        for group in byLabel {
            lines.append(
                row(group.name, group.agreement, String(format: "%.2f → %.2f", group.personMean, group.graderMean)))
        }
        lines.append("")
        for group in byQuestion {
            lines.append(
                row(group.name, group.agreement, String(format: "%.2f → %.2f", group.personMean, group.graderMean)))
        }
        lines.append("")
        lines.append(String(format: "point verdicts matching: %.0f%%", pointVerdictAgreement * 100))
        lines.append(
            String(format: "pitfalls: precision %.0f%%, recall %.0f%%", pitfallPrecision * 100, pitfallRecall * 100))
        if verbose {
            lines.append("")
            lines.append("Answers two or more grades apart:")
            for miss in misses {
                lines.append("  \(miss.source) \(miss.label): person \(miss.person), grader \(miss.grader)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
