/// A parsed template: the Mustache subset onsite's pages use.
///
/// - `{{name}}` (HTML-escaped), `{{{name}}}` and `{{& name}}` (inserted as is), `{{.}}`, and
///   dotted names (`chrome.error`);
/// - sections `{{#name}}…{{/name}}` and inverted sections `{{^name}}…{{/name}}`, with the
///   `empty(name)` transform;
/// - partials `{{> name}}`, comments `{{! … }}`;
/// - inheritance: `{{<layout}}{{$main}}…{{/main}}{{/layout}}` fills the blocks of `layout`.
///
/// Tags alone on their line (all but variables) take the line with them, as the Mustache
/// specification says, so templates can be indented freely. Names are split and transforms
/// recognised once, here, so rendering only looks values up.
public struct Template: Sendable {
    /// The template's name, which partials and parents refer to.
    public let name: String
    let nodes: [Node]

    /// Parses `source`; `name` is used in error messages and by other templates.
    ///
    /// - Throws: ``TemplateError`` naming the template and line of an unclosed, mismatched or
    ///   unknown tag.
    public init(name: String, source: String) throws(TemplateError) {
        self.name = name
        var parser = Parser(name: name, source: Array(source.utf8))
        nodes = try parser.parse()
    }
}

/// A name as written in a tag: `.`, or a dotted path, possibly inside `empty(…)`.
struct Name: Sendable {
    /// The path's parts; empty for `.` (the current value).
    var path: [String]
    /// Whether the name is wrapped in `empty(…)`.
    var isEmptyTest: Bool
}

indirect enum Node: Sendable {
    case text(String)
    case variable(Name, escaped: Bool)
    case section(Name, inverted: Bool, [Node])
    case partial(String)
    /// `{{<parent}}`: render `parent` with these blocks filled.
    case parent(String, blocks: [String: [Node]])
    /// `{{$name}}`: the content a child filled in, or this default.
    case block(String, [Node])
}

/// An error in a template: what is wrong, in which template, on which line.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var template: String
    public var line: Int
    public var message: String

    public var description: String { "\(template).mustache, line \(line): \(message)" }
}

private struct Parser {
    let name: String
    let source: [UInt8]
    var position = 0

    /// An open section, block or parent, and the nodes collected inside it so far.
    struct Open {
        var tag: UInt8
        var name: String
        var line: Int
        var nodes: [Node] = []
    }

    init(name: String, source: [UInt8]) {
        self.name = name
        self.source = source
    }

    static let open: [UInt8] = Array("{{".utf8)
    static let close: [UInt8] = Array("}}".utf8)
    static let tripleClose: [UInt8] = Array("}}}".utf8)

    mutating func parse() throws(TemplateError) -> [Node] {
        var stack = [Open(tag: 0, name: "", line: 1)]
        var text: [UInt8] = []
        while position < source.count {
            guard let start = find(Self.open, from: position) else {
                text += source[position...]
                position = source.count
                break
            }
            text += source[position..<start]
            let triple = start + 2 < source.count && source[start + 2] == UInt8(ascii: "{")
            let contentStart = start + (triple ? 3 : 2)
            guard let end = find(triple ? Self.tripleClose : Self.close, from: contentStart) else {
                throw error("a tag opened here is never closed with '}}'", at: start)
            }
            position = end + (triple ? 3 : 2)
            let content = String(decoding: source[contentStart..<end], as: UTF8.self).trimmed
            let sigil = triple ? UInt8(ascii: "&") : content.utf8.first ?? 0
            let body = triple || !Self.sigils.contains(sigil) ? content : String(content.dropFirst()).trimmed

            if Self.standaloneSigils.contains(sigil), let lineEnd = standaloneLineEnd(tagStart: start) {
                // Drop the indentation before the tag and the rest of its line, newline included.
                while let last = text.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
                    text.removeLast()
                }
                position = lineEnd
            }
            if !text.isEmpty {
                stack[stack.count - 1].nodes.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
            switch sigil {
            case UInt8(ascii: "!"):
                continue
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                guard !body.isEmpty else { throw error("a section needs a name", at: start) }
                stack.append(Open(tag: sigil, name: body, line: line(of: start)))
            case UInt8(ascii: "/"):
                guard stack.count > 1, let open = stack.popLast() else {
                    throw error("'{{/\(body)}}' closes nothing", at: start)
                }
                guard open.name == body else {
                    throw error("'{{/\(body)}}' closes '\(open.name)', opened on line \(open.line)", at: start)
                }
                stack[stack.count - 1].nodes.append(try node(closing: open, at: start))
            case UInt8(ascii: ">"):
                stack[stack.count - 1].nodes.append(.partial(body))
            case UInt8(ascii: "="):
                throw error("changing the delimiters is not supported", at: start)
            default:
                let escaped = !(triple || sigil == UInt8(ascii: "&"))
                stack[stack.count - 1].nodes.append(.variable(try parseName(body, at: start), escaped: escaped))
            }
        }
        if !text.isEmpty { stack[stack.count - 1].nodes.append(.text(String(decoding: text, as: UTF8.self))) }
        guard stack.count == 1, let root = stack.first else {
            let open = stack[stack.count - 1]
            throw TemplateError(template: name, line: open.line, message: "'\(open.name)' is never closed")
        }
        return root.nodes
    }

    static let sigils: Set<UInt8> = Set("#^/$<>!&=".utf8)
    static let standaloneSigils: Set<UInt8> = Set("#^/$<>!=".utf8)

    private func node(closing open: Open, at offset: Int) throws(TemplateError) -> Node {
        switch open.tag {
        case UInt8(ascii: "$"):
            return .block(open.name, open.nodes)
        case UInt8(ascii: "<"):
            var blocks: [String: [Node]] = [:]
            for case .block(let name, let nodes) in open.nodes { blocks[name] = nodes }
            return .parent(open.name, blocks: blocks)
        default:
            return .section(try parseName(open.name, at: offset), inverted: open.tag == UInt8(ascii: "^"), open.nodes)
        }
    }

    private func parseName(_ text: String, at offset: Int) throws(TemplateError) -> Name {
        var text = Substring(text)
        var isEmptyTest = false
        if text.hasPrefix("empty(") && text.hasSuffix(")") {
            text = text.dropFirst(6).dropLast()
            isEmptyTest = true
        } else if text.contains("(") {
            throw error("unknown transform in '\(text)'; only empty(…) is supported", at: offset)
        }
        if text == "." { return Name(path: [], isEmptyTest: isEmptyTest) }
        let path = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.contains(where: \.isEmpty) else { throw error("'\(text)' is not a name", at: offset) }
        return Name(path: path, isEmptyTest: isEmptyTest)
    }

    /// Where the line of a tag ending at `position` ends (past its newline), when nothing but
    /// spaces and tabs shares the line with the tag; `nil` otherwise.
    private func standaloneLineEnd(tagStart: Int) -> Int? {
        var before = tagStart
        while before > 0, source[before - 1] == UInt8(ascii: " ") || source[before - 1] == UInt8(ascii: "\t") {
            before -= 1
        }
        guard before == 0 || source[before - 1] == UInt8(ascii: "\n") else { return nil }
        var after = position
        while after < source.count,
            source[after] == UInt8(ascii: " ") || source[after] == UInt8(ascii: "\t")
                || source[after] == UInt8(ascii: "\r")
        {
            after += 1
        }
        if after == source.count { return after }
        return source[after] == UInt8(ascii: "\n") ? after + 1 : nil
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard needle.count <= source.count else { return nil }
        var index = start
        while index + needle.count <= source.count {
            if source[index] == needle[0] && source[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func line(of offset: Int) -> Int {
        1 + source[..<min(offset, source.count)].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    private func error(_ message: String, at offset: Int) -> TemplateError {
        TemplateError(template: name, line: line(of: offset), message: message)
    }
}

extension String {
    fileprivate var trimmed: String {
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
