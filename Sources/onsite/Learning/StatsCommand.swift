import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteStore

/// `onsite stats`: readiness per area and overall, its trend, and the three weakest areas.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show how ready you are: per area, overall, the trend, and what to do about the weakest areas.",
        discussion: """
            Readiness combines your graded answers and exercise results (recent ones count more) \
            with how well your review cards will be remembered on the interview date (from \
            `onsite plan`; today without a plan). docs/readiness.md gives the formulas.
            """)

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @OptionGroup var storage: DatabaseOption

    @OptionGroup var global: GlobalOptions

    struct Output: Encodable {
        var overall: Double
        var recallOn: String
        var areas: [AreaReadiness]
        var untested: [String]
        var trend: [ReadinessTrend.Point]
        var weakest: [ReadinessAdvice]
    }

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        let store = try storage.open()
        let now = Date()
        let snapshot: ReadinessSnapshot
        do {
            snapshot = try LearnerHistory(store: store, bank: bank).readiness(now: now)
        } catch let error as ReadinessError {
            throw ValidationError(error.message)
        }
        let (readiness, trend, recallOn) = (snapshot.readiness, snapshot.trend, snapshot.recallOn)
        let titles = Dictionary(bank.areas.map { ($0.id, $0.title) }) { first, _ in first }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let output = Output(
                overall: readiness.overall, recallOn: recallOn.description, areas: readiness.areas,
                untested: readiness.untested, trend: trend.points, weakest: readiness.weakest(3))
            print(String(decoding: try encoder.encode(output), as: UTF8.self))
            return
        }
        print(
            StatsOutput.text(
                readiness, trend: trend, titles: titles, recallOn: recallOn.description, colours: Terminal.isColourful))
    }
}

/// `onsite stats` for a person: bars per area, the trend line, the weakest areas.
enum StatsOutput {
    static func text(
        _ readiness: Readiness, trend: ReadinessTrend, titles: [String: String], recallOn: String, colours: Bool
    ) -> String {
        func paint(_ text: String, _ style: Terminal.Style) -> String { Terminal.paint(text, style, when: colours) }
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
        var lines = [
            paint("Readiness \(percent(readiness.overall))", .bold)
                + "  \(TextChart.bar(readiness.overall, width: 30))",
            paint("(recall forecast for \(recallOn))", .dim),
        ]
        if trend.points.count > 1 {
            let values = trend.points.map(\.readiness)
            lines.append(
                "Trend      \(TextChart.sparkline(values))  \(percent(values.first ?? 0)) → \(percent(values.last ?? 0)) over \(values.count) active days"
            )
        }
        lines.append("")
        let tested = readiness.areas.filter { !$0.isUntested }.sorted { $0.readiness > $1.readiness }
        for area in tested {
            let title = (titles[area.area] ?? area.area).padding(toLength: 30, withPad: " ", startingAt: 0)
            let recall = area.recall.map { ", recall \(percent($0))" } ?? ""
            lines.append(
                "\(title) \(TextChart.bar(area.readiness, width: 20)) \(percent(area.readiness).padding(toLength: 4, withPad: " ", startingAt: 0))"
                    + paint("  \(area.attempts) attempt(s)\(recall)", .dim))
        }
        if !readiness.untested.isEmpty {
            if !tested.isEmpty { lines.append("") }
            lines.append(
                paint("Untested (count as 0): ", .yellow)
                    + readiness.untested.map { titles[$0] ?? $0 }.joined(separator: ", "))
        }
        let weakest = readiness.weakest(3)
        if !weakest.isEmpty {
            lines.append("")
            lines.append(paint("The three weakest areas, and what to do:", .bold))
            for advice in weakest {
                let reasons = advice.reasons.map(\.rawValue).joined(separator: ", ")
                lines.append(
                    "- \(advice.sentence(naming: titles[advice.area] ?? advice.area))"
                        + (reasons.isEmpty ? "" : paint(" (\(reasons))", .dim)))
            }
        }
        return lines.joined(separator: "\n")
    }
}
