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
    /// - Throws: ``TemplateError`` when the template, or a partial or parent it uses, is
    ///   missing, or when `value` holds a ``TemplateValue/slot(_:)`` that is inserted (slots
    ///   are for ``skeleton(_:_:)``).
    public func render(_ name: String, _ value: TemplateValue) throws(TemplateError) -> String {
        let output = try output(of: name, value)
        guard output.holes.isEmpty else {
            throw TemplateError(template: name, line: 0, message: "a slot is inserted; render it with skeleton(_:_:)")
        }
        return output.text
    }

    /// Renders the template `name` once for every string its slots will hold: the output, cut
    /// wherever a ``TemplateValue/slot(_:)`` is inserted.
    ///
    /// - Throws: ``TemplateError`` as ``render(_:_:)`` does, and when a slot decides a section
    ///   or an `empty(…)` test, which would make the output depend on the slot's string.
    public func skeleton(_ name: String, _ value: TemplateValue) throws(TemplateError) -> Skeleton {
        let output = try output(of: name, value)
        return Skeleton(pieces: output.pieces + [output.text], holes: output.holes)
    }

    private func output(of name: String, _ value: TemplateValue) throws(TemplateError) -> Output {
        guard let template = templates[name] else {
            throw TemplateError(template: name, line: 0, message: "there is no template named \(name)")
        }
        var output = Output()
        output.text.reserveCapacity(8 * 1024)
        var stack = [value]
        try render(template.nodes, in: template.name, stack: &stack, blocks: [:], into: &output)
        return output
    }

    /// What rendering writes: text, cut where a slot is inserted.
    private struct Output {
        /// The text since the last hole.
        var text = ""
        /// The text before each hole.
        var pieces: [String] = []
        var holes: [Skeleton.Hole] = []

        mutating func cut(for hole: Skeleton.Hole) {
            pieces.append(text)
            text = ""
            holes.append(hole)
        }
    }

    private func render(
        _ nodes: [Node], in template: String, stack: inout [TemplateValue], blocks: [String: [Node]],
        into output: inout Output
    ) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .text(let text):
                output.text += text
            case .variable(let name, let escaped):
                guard let value = try Self.lookUp(name, in: stack, template: template) else { continue }
                switch value {
                case .string(let string):
                    escaped ? HTMLEscaping.append(string, to: &output.text) : output.text.append(string)
                case .int(let int): output.text += String(int)
                case .double(let double): output.text += String(describing: double)
                case .bool(let bool): output.text += bool ? "true" : "false"
                case .slot(let index): output.cut(for: Skeleton.Hole(slot: index, escaped: escaped))
                case .list, .object, .null: continue
                }
            case .section(let name, let inverted, let children):
                let value = try Self.lookUp(name, in: stack, template: template)
                if case .slot = value {
                    throw TemplateError(
                        template: template, line: 0,
                        message:
                            "the slot '\(name.path.joined(separator: "."))' decides a section; slots may only be inserted"
                    )
                }
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
        into output: inout Output
    ) throws(TemplateError) {
        guard let included = templates[name] else {
            throw TemplateError(template: template, line: 0, message: "it uses '\(name)', which is not a template")
        }
        try render(included.nodes, in: included.name, stack: &stack, blocks: blocks, into: &output)
    }

    /// The value `name` refers to on `stack`, with `empty(…)` applied; `nil` when it is missing.
    static func lookUp(
        _ name: Name, in stack: [TemplateValue], template: String
    ) throws(TemplateError)
        -> TemplateValue?
    {
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
        case .slot:
            throw TemplateError(
                template: template, line: 0,
                message:
                    "the slot '\(name.path.joined(separator: "."))' is tested by empty(…); slots may only be inserted")
        default: return nil
        }
    }
}
