/// The stable identifier of a content item, written `area.slug` (for example `python.gil`).
///
/// The area part names the item's area; the slug is lowercase letters, digits and single
/// hyphens. Ids never change once published: history, review cards and plans refer to them.
public struct ItemID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The area prefix, for example `python`.
    public let area: String
    /// The slug after the dot, for example `gil`.
    public let slug: String

    /// Parses `area.slug`; returns `nil` when the text is not of that form.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2,
            ItemID.isSlug(parts[0]),
            ItemID.isSlug(parts[1])
        else { return nil }
        self.area = String(parts[0])
        self.slug = String(parts[1])
    }

    public var description: String { "\(area).\(slug)" }

    public static func < (lhs: ItemID, rhs: ItemID) -> Bool { lhs.description < rhs.description }

    /// Whether `text` is a slug: lowercase ASCII letters and digits in words joined by single hyphens.
    public static func isSlug(_ text: some StringProtocol) -> Bool {
        guard let first = text.first, let last = text.last, first != "-", last != "-" else {
            return false
        }
        var previous: Character = " "
        for character in text {
            let allowed = character.isASCII && (character.isLowercase || character.isNumber)
            guard allowed || (character == "-" && previous != "-") else { return false }
            previous = character
        }
        return true
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ItemID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an id of the form area.slug")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
