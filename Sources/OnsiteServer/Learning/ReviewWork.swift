import Foundation
import OnsiteCore
import OnsiteStore

/// One visitor's review session, for the page and the API: the due cards, an answer judged with
/// a suggested rating, and the rating recorded with the card rescheduled (FSRS-6).
struct ReviewWork: Sendable {
    let services: ServerServices
    let deck: ReviewCards

    init(services: ServerServices, visitor: Visitor) {
        self.services = services
        deck =
            (try? ReviewCards.remembered(in: services.store(for: visitor)))
            ?? ReviewCards(store: services.store(for: visitor))
    }

    /// Cards due now that the bank can still show, the most overdue first.
    func due(limit: Int = 50) throws -> [(card: ReviewCard, content: CardContent)] {
        let cards = try deck.all().filter { ReviewDeck.content(of: $0, in: services.bank) != nil }
        return deck.scheduler.dueCards(cards, at: ReviewCards.milliseconds(services.now()), limit: limit).compactMap {
            card in ReviewDeck.content(of: card, in: services.bank).map { (card, $0) }
        }
    }

    /// The visitor's card with `id`, or an error naming the field.
    func card(_ id: String) throws -> (card: ReviewCard, content: CardContent) {
        guard let card = try deck.all().first(where: { $0.id == id }),
            let content = ReviewDeck.content(of: card, in: services.bank)
        else { throw AppError.invalid("cardID", "you have no review card '\(id)'") }
        return (card, content)
    }

    /// Keeps the answer (so it survives until rated), then judges it.
    func judge(_ answer: String, on card: ReviewCard) throws -> (rating: Rating, reason: String) {
        guard answer.utf8.count <= 20_000 else { throw AppError.invalid("answer", "the answer is over 20,000 bytes") }
        try deck.store.set("review-draft:\(card.id)", to: try JSONEncoder().encode(answer))
        return ReviewJudge(bank: services.bank, grader: services.grader).judge(answer, on: card)
    }

    /// Records the review and reschedules the card.
    func record(
        _ card: ReviewCard, rating: Rating, suggested: Rating?, answer: String
    ) throws -> ReviewOutcome {
        try deck.record(card, rating: rating, suggested: suggested, answer: answer, at: services.now())
    }

    func preview(_ card: ReviewCard) -> IntervalPreview {
        deck.scheduler.preview(card, at: ReviewCards.milliseconds(services.now()))
    }

    /// A rating from its number (1–4) or its name, or an error naming `field`.
    static func rating(_ raw: String?, field: String) throws -> Rating? {
        guard let raw, !raw.isEmpty else { return nil }
        if let number = Int(raw), let rating = Rating(rawValue: number) { return rating }
        if let rating = Rating.allCases.first(where: { $0.label.lowercased() == raw.lowercased() }) { return rating }
        throw AppError.invalid(field, "\(field) must be again, hard, good or easy (or 1 to 4), not '\(raw)'")
    }
}
