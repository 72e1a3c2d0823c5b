public import Foundation

/// Named templates, rendered against ``TemplateValue`` trees.
///
/// Rendering walks the parsed nodes once, looking names up in a stack of values: a name is
/// searched from the innermost value outwards, and the rest of a dotted name inside what was
/// found. A name nowhere on the stack renders as nothing.
public struct TemplateLibrary: Sendable {
    private let templates: [String: Template]

    public init(_ templates: [Template]) {
        self.templates = Dictionary(templates.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Loads and parses every `.mustache` file in `folder`, each named by its file name.
    ///
    /// - Throws: ``TemplateError`` for a template that does not parse, or a file that cannot be read.
    public init(folder: URL) throws {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "mustache" }
        self.init(
            try files.map { file in
                try Template(
                    name: file.deletingPathExtension().lastPathComponent,
                    source: try String(contentsOf: file, encoding: .utf8))
            })
    }

    /// Renders the template `name` with `value` as the outermost context.
    ///
    /// - Throws: ``TemplateError`` when the template, or a partial or parent it uses, is missing.
    public func render(_ name: String, _ value: TemplateValue) throws(TemplateError) -> String {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 0, message: "there is no template named \(name)")
        }
        var output = ""
        output.reserveCapacity(8 * 1024)
        var stack = [value]
        try render(template.nodes, in: template.name, stack: &stack, blocks: [:], into: &output)
        return output
    }

    private func render(
        _ nodes: [Node], in template: String, stack: inout [TemplateValue], blocks: [String: [Node]],
        into output: inout String
    ) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                guard let value = Self.lookUp(name, in: stack) else { continue }
                switch value {
                case .string(let string): escaped ? HTMLEscaping.append(string, to: &output) : output.append(string)
                case .int(let int): output += String(int)
                case .double(let double): output += String(describing: double)
                case .bool(let bool): output += bool ? "true" : "false"
                case .list, .object, .null: continue
                }
            case .section(let name, let inverted, let children):
                let value = Self.lookUp(name, in: stack)
                let shows = value?.isTruthy ?? false
                if inverted {
                    if !shows { try render(children, in: template, stack: &stack, blocks: blocks, into: &output) }
                    continue
                }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        defer { stack.removeLast() }
                        try render(children, in: template, stack: &stack, blocks: blocks, into: &output)
                    }
                case .bool(true):
                    try render(children, in: template, stack: &stack, blocks: blocks, into: &output)
                case .some(let value) where shows:
                    stack.append(value)
                    defer { stack.removeLast() }
                    try render(children, in: template, stack: &stack, blocks: blocks, into: &output)
                default:
                    continue
                }
            case .partial(let name):
                try render(included: name, from: template, stack: &stack, blocks: blocks, into: &output)
            case .parent(let name, let filled):
                // The outer template's blocks win over this one's, so a grandchild can still override.
                try render(
                    included: name, from: template, stack: &stack,
                    blocks: filled.merging(blocks) { _, outer in outer }, into: &output)
            case .block(let name, let defaults):
                try render(blocks[name] ?? defaults, in: template, stack: &stack, blocks: blocks, into: &output)
            }
        }
    }

    private func render(
        included name: String, from template: String, stack: inout [TemplateValue], blocks: [String: [Node]],
        into output: inout String
    ) throws(TemplateError) {
        guard let included = templates[name] else {
            throw TemplateError(template: template, line: 0, message: "it uses '\(name)', which is not a template")
        }
        try render(included.nodes, in: included.name, stack: &stack, blocks: blocks, into: &output)
    }

    /// The value `name` refers to on `stack`, with `empty(…)` applied; `nil` when it is missing.
    static func lookUp(_ name: Name, in stack: [TemplateValue]) -> TemplateValue? {
        var found: TemplateValue?
        if let first = name.path.first {
            for value in stack.reversed() {
                if let child = value[first] {
                    found = child
                    break
                }
            }
            for part in name.path.dropFirst() { found = found?[part] }
        } else {
            found = stack.last
        }
        guard name.isEmptyTest, let value = found else { return found }
        switch value {
        case .list(let items): return .bool(items.isEmpty)
        case .string(let string): return .bool(string.isEmpty)
        case .object(let fields): return .bool(fields.isEmpty)
        default: return nil
        }
    }
}

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
