import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteStore

/// `onsite review`: today's due cards, answered and graded, rescheduled with FSRS-6.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review the cards due today: answer, see the grader's rating, keep or change it.",
        discussion: """
            Cards come from the questions you answered and the points you missed (in practice and \
            interviews), and from questions or snippets added with --add. Each answer is graded; \
            the grade maps to a rating (0-1 Again, 2 Hard, 3 Good, 4 Easy), which you may change \
            before the card is rescheduled. At a terminal, end an answer with an empty line; from \
            a pipe, separate answers with lines holding only --- and override a rating with a last \
            line such as `rating: easy`. `skip` leaves a card for later. --export writes the deck \
            as CSV that Anki imports. docs/review.md describes the scheduler.
            """)

    @Option(help: ArgumentHelp("At most this many cards in this session.", valueName: "n"))
    var limit = 20

    @Option(help: ArgumentHelp("Target retention from 0.70 to 0.99 (default 0.90); remembered.", valueName: "r"))
    var retention: Double?

    @Option(help: ArgumentHelp("Add the card of a question or snippet (repeatable).", valueName: "id"))
    var add: [String] = []

    @Option(help: ArgumentHelp("Write the whole deck as an Anki CSV file (- for standard output).", valueName: "file"))
    var export: String?

    @OptionGroup var storage: DatabaseOption

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let bank = try ContentSource(global: global, logger: global.makeLogger()).load().bank
        let store = try storage.open()
        var deck = ReviewCards(store: store)
        deck.scheduler = ReviewScheduler(parameters: try parameters(store))
        if !add.isEmpty {
            let sources = try add.map { text -> CardSource in
                guard let id = ItemID(text) else { throw ValidationError("'\(text)' is not an id such as python.gil") }
                if bank.question(id) != nil { return .question(id) }
                if bank.snippet(id) != nil { return .snippet(id) }
                throw ValidationError("no question or snippet '\(text)' in the bank")
            }
            let added = try deck.add(sources, at: Date())
            print("Added \(added) card(s); \(sources.count - added) were already in your deck.")
        }
        if let export {
            let cards = try deck.all().sorted { ($0.due, $0.id) < ($1.due, $1.id) }
            let csv = AnkiExport.csv(ReviewDeck.ankiNotes(for: cards, in: bank))
            if export == "-" {
                print(csv, terminator: "")
            } else {
                do {
                    try csv.write(toFile: export, atomically: true, encoding: .utf8)
                } catch {
                    throw ValidationError("cannot write \(export): \(error.localizedDescription)")
                }
                printError("Wrote \(cards.count) card(s) to \(export): in Anki, File → Import.")
            }
            return
        }
        if !add.isEmpty || retention != nil { return }
        var session = ReviewSession(bank: bank, deck: deck, colours: Terminal.isColourful)
        try session.run(limit: limit, reader: AnswerReader(interactive: Terminal.isInteractive))
    }

    /// The FSRS parameters with the remembered (or newly given) target retention.
    private func parameters(_ store: SQLiteStore) throws -> FSRSParameters {
        if let retention {
            do {
                try ReviewCards.remember(ReviewSettings(desiredRetention: retention), in: store)
            } catch let error as FSRSParameterError {
                throw ValidationError("--retention: \(error)")
            }
            print("Target retention is now \(retention).")
        }
        return try ReviewCards.remembered(in: store).scheduler.fsrs.parameters
    }
}
