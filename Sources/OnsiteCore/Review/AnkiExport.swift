/// One note to export to Anki: the two sides of a card and its tags.
public struct AnkiNote: Hashable, Sendable {
    /// The Front field.
    public var front: String
    /// The Back field.
    public var back: String
    /// Anki tags, for example `onsite` and `area::python`; spaces inside a tag are replaced
    /// on export.
    public var tags: [String]

    /// Creates a note from its fields.
    public init(front: String, back: String, tags: [String]) {
        self.front = front
        self.back = back
        self.tags = tags
    }

    /// A note with the front and back of `content`.
    public init(_ content: CardContent, tags: [String]) {
        self.init(front: content.front, back: content.back, tags: tags)
    }
}

/// Writes review cards as a CSV file that Anki's File › Import reads without any settings.
///
/// The file starts with Anki's header lines, then one RFC 4180 record per note:
///
/// ```text
/// #separator:Comma
/// #html:false
/// #columns:Front,Back,Tags
/// #tags column:3
/// "What is the GIL?","A mutex that…",onsite area::python card::question
/// ```
///
/// Lines end in CRLF, as RFC 4180 has it. A field is quoted when it contains a comma, a
/// double quote, a line break, or starts with `#` (which Anki would otherwise read as a
/// comment line); quotes inside are doubled. Line breaks inside a quoted field are kept, and
/// with `#html:false` Anki shows them as line breaks. Tags are separated by spaces; a tag
/// cannot contain whitespace, so any run of it becomes `_`.
public enum AnkiExport {
    /// The header lines that tell Anki the separator, that fields are plain text, the column
    /// names and which column holds the tags.
    public static let headerLines = ["#separator:Comma", "#html:false", "#columns:Front,Back,Tags", "#tags column:3"]

    /// The line ending of every line and record.
    public static let lineEnding = "\r\n"

    /// The whole CSV file for these notes, header included.
    public static func csv(_ notes: some Sequence<AnkiNote>) -> String {
        var lines = headerLines
        for note in notes {
            let tags = note.tags.map(tag).filter { !$0.isEmpty }.joined(separator: " ")
            lines.append([note.front, note.back, tags].map(field).joined(separator: ","))
        }
        return lines.map { $0 + lineEnding }.joined()
    }

    /// One field as written in the file: quoted, with quotes doubled, when it holds a comma, a
    /// quote, a line break or starts with `#`; as it is otherwise.
    public static func field(_ text: String) -> String {
        let needsQuotes =
            text.first == "#" || text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text {
            quoted.append(character)
            if character == "\"" {
                quoted.append("\"")
            }
        }
        return quoted + "\""
    }

    /// A tag as Anki accepts it: surrounding whitespace removed and each inner run of
    /// whitespace replaced by `_`, so `"data model"` becomes `data_model`. `::` (Anki's
    /// hierarchy separator) is kept.
    public static func tag(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: "_")
    }
}
