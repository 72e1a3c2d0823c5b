/// What a review card asks about: a whole question, a snippet, or one rubric point the user
/// missed.
///
/// Its ``cardID`` is the card's stable id, so one source never gives two cards and ids survive
/// edits to the content's text.
public enum CardSource: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A question, design or behavioural prompt: front the prompt, back the model answer.
    case question(ItemID)
    /// A "what does this print" snippet: front the code, back the output and explanation.
    case snippet(ItemID)
    /// One point of a question's rubric that an answer missed, by the point's id.
    case point(ItemID, point: String)

    /// The content item the card comes from.
    public var item: ItemID {
        switch self {
        case .question(let id), .snippet(let id), .point(let id, _): id
        }
    }

    /// The kind of source as written in ids and tags: `question`, `snippet` or `point`.
    public var kind: String {
        switch self {
        case .question: "question"
        case .snippet: "snippet"
        case .point: "point"
        }
    }

    /// The stable id of the card made from this source: `question:python.gil`,
    /// `snippet:objects.lru-cache-info` or `point:python.gil#released-on-io`.
    public var cardID: String {
        switch self {
        case .question(let id), .snippet(let id): "\(kind):\(id)"
        case .point(let id, let point): "point:\(id)#\(point)"
        }
    }

    /// The card id.
    public var description: String { cardID }

    /// Parses a card id made by ``cardID``; `nil` when the text is not one.
    public init?(cardID: String) {
        guard let colon = cardID.firstIndex(of: ":") else { return nil }
        let kind = cardID[..<colon]
        let rest = cardID[cardID.index(after: colon)...]
        switch kind {
        case "question", "snippet":
            guard let id = ItemID(String(rest)) else { return nil }
            self = kind == "question" ? .question(id) : .snippet(id)
        case "point":
            guard let hash = rest.firstIndex(of: "#"), let id = ItemID(String(rest[..<hash])) else { return nil }
            let point = String(rest[rest.index(after: hash)...])
            guard !point.isEmpty else { return nil }
            self = .point(id, point: point)
        default:
            return nil
        }
    }

    private enum CodingKeys: String, CodingKey {
        case kind, item, point
    }

    /// Decodes `{"kind": "point", "item": "python.gil", "point": "released-on-io"}`
    /// (`point` only for points).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let item = try container.decode(ItemID.self, forKey: .item)
        switch try container.decode(String.self, forKey: .kind) {
        case "question": self = .question(item)
        case "snippet": self = .snippet(item)
        case "point": self = .point(item, point: try container.decode(String.self, forKey: .point))
        case let other:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "'\(other)' is not a card source: question, snippet or point")
        }
    }

    /// Encodes the source as `kind`, `item` and, for a point, `point`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(item, forKey: .item)
        if case .point(_, let point) = self {
            try container.encode(point, forKey: .point)
        }
    }
}
