/// A template rendered once with holes where its slots go, filled per use.
///
/// A page that is the same on every visit but for a few strings (a visitor's CSRF token, say)
/// is rendered by ``TemplateLibrary/skeleton(_:_:)`` once, with those strings as
/// ``TemplateValue/slot(_:)``s; each visit then only copies the pieces and escapes the strings
/// into the holes, which gives what ``TemplateLibrary/render(_:_:)`` would give with the
/// strings in place of the slots.
public struct Skeleton: Sendable {
    /// Where a slot's string goes, and whether it is HTML-escaped there (`{{name}}`) or not
    /// (`{{{name}}}`).
    struct Hole: Sendable {
        var slot: Int
        var escaped: Bool
    }

    /// The text around the holes: one more piece than holes.
    let pieces: [String]
    let holes: [Hole]

    /// The rendered text with `strings[n]` in the holes of `.slot(n)`; a slot without a string
    /// is left empty.
    public func filled(with strings: [String]) -> String {
        var output = ""
        output.reserveCapacity(pieces.reduce(0) { $0 + $1.utf8.count } + strings.reduce(0) { $0 + $1.utf8.count })
        for (piece, hole) in zip(pieces, holes) {
            output += piece
            let string = strings.indices.contains(hole.slot) ? strings[hole.slot] : ""
            hole.escaped ? HTMLEscaping.append(string, to: &output) : output.append(string)
        }
        output += pieces[pieces.count - 1]
        return output
    }
}
