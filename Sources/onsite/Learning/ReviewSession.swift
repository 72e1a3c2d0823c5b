import Foundation
import OnsiteCore
import OnsiteStore

/// One sitting of `onsite review`: asks each due card, grades the answer, suggests a rating,
/// lets the user change it, and stores the review before moving on.
struct ReviewSession {
    let bank: ContentBank
    let deck: ReviewCards
    let colours: Bool
    let grader: RubricGrader

    init(bank: ContentBank, deck: ReviewCards, colours: Bool) {
        self.bank = bank
        self.deck = deck
        self.colours = colours
        grader = RubricGrader(weightsFrom: bank.rubrics)
    }

    private func paint(_ text: String, _ style: Terminal.Style) -> String { Terminal.paint(text, style, when: colours) }

    mutating func run(limit: Int, reader: AnswerReader) throws {
        let now = Date()
        let cards = try deck.all()
        let due = deck.scheduler.dueCards(
            cards.filter { ReviewDeck.content(of: $0, in: bank) != nil }, at: ReviewCards.milliseconds(now),
            limit: limit)
        guard !due.isEmpty else {
            let next = cards.map(\.due).min().map { Date(timeIntervalSince1970: Double($0) / 1000) }
            print(
                cards.isEmpty
                    ? "Your deck is empty: cards come from `onsite practice`, `onsite interview` and `onsite review --add ID`."
                    : "No cards due. \(cards.count) card(s) in your deck; the next is due \(next.map(Self.describe) ?? "later")."
            )
            return
        }
        var counts: [Rating: Int] = [:]
        for (number, card) in due.enumerated() {
            guard let content = ReviewDeck.content(of: card, in: bank) else { continue }
            print("")
            print(paint("Card \(number + 1) of \(due.count) · \(card.source.kind) · \(content.title)", .dim))
            print(content.front.trimmingCharacters(in: .whitespacesAndNewlines))
            print("")
            print(
                paint(
                    reader.interactive
                        ? "Your answer (empty line to finish; `skip` to leave this card):"
                        : "Answer (end with a line holding only ---):", .cyan))
            Terminal.flushOutput()
            guard let typed = reader.next() else {
                print(paint("\nInput ended; the reviews so far are saved.", .yellow))
                break
            }
            var (answer, override) = Self.splitOverride(typed, allowed: !reader.interactive)
            answer = answer.trimmingCharacters(in: .newlines)
            if InterviewEngine.isSkip(answer) {
                print(paint("Skipped; it stays due.", .yellow))
                continue
            }
            let (suggested, feedback) = judge(answer, on: card)
            print(feedback)
            print(paint("Answer:", .bold))
            print(content.back.trimmingCharacters(in: .whitespacesAndNewlines))
            let preview = deck.scheduler.preview(card, at: ReviewCards.milliseconds(Date()))
            print(paint("Suggested: \(suggested.label)", .bold) + paint("   (\(preview))", .dim))
            if reader.interactive {
                print(paint("Rating? Enter keeps \(suggested.label); or again, hard, good, easy:", .cyan))
                Terminal.flushOutput()
                override = readLine().flatMap(Self.rating(named:))
            }
            let rating = override ?? suggested
            let outcome = try deck.record(card, rating: rating, suggested: suggested, answer: answer, at: Date())
            counts[rating, default: 0] += 1
            let days = outcome.log.scheduledDays
            print(paint("\(rating.label): next review in \(days) day\(days == 1 ? "" : "s").", .green))
        }
        let summary = Rating.allCases.compactMap { rating in counts[rating].map { "\(rating.label) \($0)" } }
        if !summary.isEmpty {
            print("\nReviewed \(counts.values.reduce(0, +)) card(s): \(summary.joined(separator: ", ")).")
        }
    }

    /// The rating the answer earns, and a line on why.
    func judge(_ answer: String, on card: ReviewCard) -> (Rating, String) {
        let (rating, reason) = ReviewJudge(bank: bank, grader: grader).judge(answer, on: card)
        return (rating, reason)
    }

    /// A last line `rating: easy` in a scripted answer overrides the suggested rating.
    static func splitOverride(_ text: String, allowed: Bool) -> (String, Rating?) {
        guard allowed else { return (text, nil) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        guard let last = lines.last?.lowercased(), last.hasPrefix("rating:"),
            let rating = rating(named: String(last.dropFirst("rating:".count)))
        else { return (text, nil) }
        lines.removeLast()
        return (lines.joined(separator: "\n"), rating)
    }

    static func rating(named text: String) -> Rating? {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        return Rating.allCases.first {
            $0.label.lowercased() == name || String($0.label.lowercased().prefix(1)) == name
        }
    }

    static func describe(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: date)
    }
}
