/// HTML escaping of text put into a page: `& < > " '`.
public enum HTMLEscaping {
    /// Appends `text` to `output` with the five special characters escaped; text without any is
    /// appended as it is.
    public static func append(_ text: String, to output: inout String) {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            output += text
            return
        }
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let replacement: String? =
                switch utf8[index] {
                case 0x26: "&amp;"
                case 0x3C: "&lt;"
                case 0x3E: "&gt;"
                case 0x22: "&quot;"
                case 0x27: "&#39;"
                default: nil
                }
            if let replacement {
                output += text[start..<index]
                output += replacement
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[start...]
    }

    /// `text` with the five special characters escaped, for HTML the server builds by hand.
    public static func escape(_ text: String) -> String {
        var output = ""
        append(text, to: &output)
        return output
    }
}
