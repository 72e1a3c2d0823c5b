/// Turns review cards into the text and tags to show or export, from the content bank.
///
/// | source | front | back |
/// |---|---|---|
/// | question | the prompt | the model answer |
/// | snippet | the title, "What does this print?" and the code | the output, the exception if any, the explanation |
/// | point | the question's title and what the point asks for | the point's strong answer |
///
/// What a point asks for is the prompt of the question's follow-up aimed at that point when
/// there is one, and otherwise a question naming the point's concepts.
public enum ReviewDeck {
    /// The front and back of `card`; `nil` when its item (or its point) is no longer in the bank.
    public static func content(of card: ReviewCard, in bank: ContentBank) -> CardContent? {
        switch card.source {
        case .question(let id):
            guard let question = bank.question(id) else { return nil }
            return CardContent(title: question.title, front: question.prompt, back: question.modelAnswer)
        case .snippet(let id):
            guard let snippet = bank.snippet(id) else { return nil }
            return CardContent(title: snippet.title, front: front(of: snippet), back: back(of: snippet))
        case .point(let id, let pointID):
            guard let question = bank.question(id),
                let point = question.points.first(where: { $0.id == pointID })
            else { return nil }
            let ask = question.followUps.first { $0.aim == .point(pointID) }?.prompt ?? ask(for: point)
            return CardContent(title: question.title, front: "\(question.title)\n\n\(ask)", back: point.strongAnswer)
        }
    }

    /// The tags of `card` for export: `onsite`, `area::AREA`, `card::KIND` and the item's own
    /// tags; `nil` when its item is no longer in the bank.
    public static func tags(of card: ReviewCard, in bank: ContentBank) -> [String]? {
        let item: (area: String, tags: [String])
        switch card.source {
        case .question(let id), .point(let id, _):
            guard let question = bank.question(id) else { return nil }
            item = (question.area, question.tags)
        case .snippet(let id):
            guard let snippet = bank.snippet(id) else { return nil }
            item = (snippet.area, snippet.tags)
        }
        var seen = Set<String>()
        return (["onsite", "area::\(item.area)", "card::\(card.source.kind)"] + item.tags)
            .map(AnkiExport.tag)
            .filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The Anki notes of the cards whose items are still in the bank, in the cards' order.
    public static func ankiNotes(for cards: some Sequence<ReviewCard>, in bank: ContentBank) -> [AnkiNote] {
        cards.compactMap { card in
            guard let content = content(of: card, in: bank), let tags = tags(of: card, in: bank) else { return nil }
            return AnkiNote(content, tags: tags)
        }
    }

    private static func front(of snippet: Snippet) -> String {
        "\(snippet.title)\n\nWhat does this print?\n\n```python\n\(withoutTrailingNewlines(snippet.code))\n```"
    }

    private static func back(of snippet: Snippet) -> String {
        let output = withoutTrailingNewlines(snippet.output)
        var parts = [output.isEmpty ? "Nothing is printed." : "```text\n\(output)\n```"]
        if let raises = snippet.raises {
            parts.append("Then the script ends with an uncaught `\(raises)`.")
        }
        parts.append(snippet.explanation)
        return parts.joined(separator: "\n\n")
    }

    /// "What should a strong answer say about breadth-first, FIFO queue and shortest path?"
    private static func ask(for point: AssessmentPoint) -> String {
        var names = point.concepts.compactMap(\.alternatives.first)
        if names.isEmpty {
            names = [point.id.split(separator: "-").joined(separator: " ")]
        }
        let list =
            names.count == 1
            ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        return "What should a strong answer say about \(list)?"
    }

    private static func withoutTrailingNewlines(_ text: String) -> String {
        var text = text
        while text.last?.isNewline == true {
            text.removeLast()
        }
        return text
    }
}
