import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore

/// `onsite content …`: check and summarise the question bank.
struct ContentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content",
        abstract: "Validate content packs and show what the bank holds.",
        subcommands: [Validate.self, Stats.self]
    )

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the bundled content and any packs; list every problem with file, line and field.",
            discussion: """
                Exits 0 when the content is valid and 1 when it is not, after listing every problem \
                as `file:line: field: message`. With --strict, the bank's quality bar applies too:
                rubric sizes, model-answer lengths, pitfalls and follow-ups.

                Example: onsite content validate --content ~/my-pack --strict
                """)

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Also apply the bundled bank's quality bar (rubric sizes, answer lengths, follow-ups).")
        var strict = false

        func run() async throws {
            let logger = global.makeLogger()
            let loaded: LoadedContent
            do {
                loaded = try ContentSource(global: global, logger: logger).load()
            } catch let error as ContentValidationError {
                printError(error.description)
                throw ExitCode.failure
            }
            if strict {
                let findings = QualityBar.findings(in: loaded.bank)
                for finding in findings {
                    let location = loaded.sources[finding.item].map { "\($0): " } ?? ""
                    printError("\(location)\(finding.field): \(finding.message) [\(finding.item)]")
                }
                if !findings.isEmpty {
                    printError("content falls short of the quality bar in \(findings.count) places")
                    throw ExitCode.failure
                }
            }
            let stats = ContentStats(of: loaded.bank)
            print("Content is valid: \(stats.total) items in \(stats.areas.count) areas.")
        }
    }

    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count the bank's items by kind, area, level and round.",
            discussion: "Example: onsite content stats --json")

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Print one JSON object instead of tables.")
        var json = false

        func run() async throws {
            let logger = global.makeLogger()
            let loaded: LoadedContent
            do {
                loaded = try ContentSource(global: global, logger: logger).load()
            } catch let error as ContentValidationError {
                printError(error.description)
                throw ExitCode.failure
            }
            let stats = ContentStats(of: loaded.bank)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(stats), as: UTF8.self))
            } else {
                print(StatsTable(stats: stats, areas: loaded.bank.areas).render())
            }
        }
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
