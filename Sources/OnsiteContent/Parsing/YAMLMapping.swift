import OnsiteCore
import Yams

/// Where a YAML text came from, so that every problem can name its file, line and field.
struct YAMLSource {
    var file: String
    /// Added to a YAML line number (1-based) to give the file line.
    var lineOffset: Int
    var diagnostics: Diagnostics

    func report(line: Int, field: String?, _ message: String) {
        diagnostics.report(file, line: line, field: field, message)
    }
}

/// A YAML mapping being read field by field.
///
/// Readers ask for each field by key and type; a missing, empty or mistyped field is reported
/// with its file, line and path, and the reader gets `nil` so it can go on and find the next
/// problem in the same pass.
struct YAMLMapping {
    let mapping: Node.Mapping
    /// The path of this mapping from the document root, for example `points[2]`; empty at the root.
    let path: String
    let source: YAMLSource
    /// The file line where the mapping starts.
    let line: Int

    /// Parses `yaml` whose root must be a mapping.
    static func parse(_ yaml: String, source: YAMLSource) -> YAMLMapping? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (line, problem) = describe(error)
            source.report(line: line.map { $0 + source.lineOffset } ?? 0, field: nil, "invalid YAML: \(problem)")
            return nil
        } catch {
            source.report(line: 0, field: nil, "invalid YAML: \(error)")
            return nil
        }
        guard let root, case .mapping(let mapping) = root else {
            source.report(
                line: 1 + source.lineOffset, field: nil,
                "expected a YAML mapping of `key: value` fields at the top level")
            return nil
        }
        return YAMLMapping(mapping: mapping, path: "", source: source, line: 1 + source.lineOffset)
    }

    /// The path of `key` inside this mapping.
    func field(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The file line of `node`, or of this mapping when the node has no mark.
    func line(of node: Node) -> Int { node.mark.map { $0.line + source.lineOffset } ?? line }

    func value(_ key: String) -> Node? { mapping[key] }

    /// Reports every key that is not in `allowed`, naming the keys that are.
    func rejectUnknownKeys(allowed: [String]) {
        for (key, _) in mapping {
            let name = key.string ?? "\(key)"
            guard !allowed.contains(name) else { continue }
            source.report(
                line: line(of: key), field: field(name),
                "unknown field; expected one of: \(allowed.joined(separator: ", "))")
        }
    }

    /// Reports a problem with the field `key`, at its line when present.
    func report(_ key: String, _ message: String) {
        let at = value(key).map(line(of:)) ?? line
        source.report(line: at, field: field(key), message)
    }

    // MARK: Scalars

    /// The text of `key`; reports it when required and absent, empty, or not text.
    func text(_ key: String, required: Bool = true) -> String? {
        guard let node = value(key), !node.isNull else {
            if required { report(key, "missing required field (expected text)") }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            report(key, "expected text, found \(node.kindDescription)")
            return nil
        }
        let text = scalar.string.trimmingTrailingSpaces
        guard !text.allSatisfy(\.isWhitespace) else {
            report(key, "is empty (expected text)")
            return nil
        }
        return text
    }

    /// A whole number of `key` within `range`.
    func integer(_ key: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard let node = value(key), !node.isNull else {
            if required { report(key, "missing required field (expected \(expected))") }
            return nil
        }
        guard case .scalar(let scalar) = node, let number = Int(scalar.string) else {
            report(key, "expected \(expected), found \(node.kindDescription)")
            return nil
        }
        guard range.contains(number) else {
            report(key, "expected \(expected), found \(number)")
            return nil
        }
        return number
    }

    /// One of the raw values of `T`.
    func choice<T: RawRepresentable & CaseIterable>(
        _ key: String, _ type: T.Type, required: Bool = true
    )
        -> T? where T.RawValue == String
    {
        let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
        guard let raw = text(key, required: false) else {
            if required && (value(key) == nil || value(key)!.isNull) {
                report(key, "missing required field (expected one of: \(allowed))")
            }
            return nil
        }
        guard let value = T(rawValue: raw) else {
            report(key, "expected one of: \(allowed); found \"\(raw)\"")
            return nil
        }
        return value
    }

    /// A slug: lowercase letters and digits in words joined by single hyphens.
    func slug(_ key: String, required: Bool = true) -> String? {
        guard let raw = text(key, required: required) else { return nil }
        guard ItemID.isSlug(raw) else {
            report(key, "expected a slug of lowercase letters, digits and single hyphens; found \"\(raw)\"")
            return nil
        }
        return raw
    }

    /// An item id `area.slug`.
    func itemID(_ key: String) -> ItemID? {
        guard let raw = text(key) else { return nil }
        guard let id = ItemID(raw) else {
            report(key, "expected an id of the form area.slug (for example python.gil); found \"\(raw)\"")
            return nil
        }
        return id
    }

    // MARK: Collections

    /// A list of texts with at least `minimum` entries.
    func texts(_ key: String, required: Bool = true, minimum: Int = 1) -> [String]? {
        guard let node = value(key), !node.isNull else {
            if required { report(key, "missing required field (expected a list of text)") }
            return nil
        }
        guard case .sequence(let sequence) = node else {
            report(key, "expected a list of text such as [a, b], found \(node.kindDescription)")
            return nil
        }
        var result: [String] = []
        for (index, element) in sequence.enumerated() {
            guard case .scalar(let scalar) = element, !scalar.string.allSatisfy(\.isWhitespace) else {
                source.report(
                    line: line(of: element), field: "\(field(key))[\(index)]",
                    "expected text, found \(element.kindDescription)")
                continue
            }
            result.append(scalar.string.trimmingTrailingSpaces)
        }
        if result.count < minimum, result.count == sequence.count {
            report(key, "expected at least \(minimum) \(minimum == 1 ? "entry" : "entries"), found \(result.count)")
        }
        return result
    }

    /// A list of mappings with at least `minimum` entries.
    func mappings(_ key: String, required: Bool = true, minimum: Int = 1) -> [YAMLMapping] {
        guard let node = value(key), !node.isNull else {
            if required { report(key, "missing required field (expected a list of mappings)") }
            return []
        }
        guard case .sequence(let sequence) = node else {
            report(key, "expected a list of mappings (entries starting with `- `), found \(node.kindDescription)")
            return []
        }
        var result: [YAMLMapping] = []
        for (index, element) in sequence.enumerated() {
            let path = "\(field(key))[\(index)]"
            guard case .mapping(let mapping) = element else {
                source.report(
                    line: line(of: element), field: path,
                    "expected a mapping of fields, found \(element.kindDescription)")
                continue
            }
            result.append(YAMLMapping(mapping: mapping, path: path, source: source, line: line(of: element)))
        }
        if result.count < minimum, result.count == sequence.count {
            report(key, "expected at least \(minimum) \(minimum == 1 ? "entry" : "entries"), found \(result.count)")
        }
        return result
    }

    private static func describe(_ error: YamlError) -> (line: Int?, problem: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return (mark.line, "\(detail)\(problem) at column \(mark.column)".trimmingTrailingSpaces)
        case .reader(let problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(error)")
        }
    }
}

extension Node {
    /// Whether the node is YAML null (an empty value, `~` or `null`).
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A short description for messages: the value itself for scalars, else its shape.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar):
            if isNull { return "nothing" }
            let text = scalar.string
            return text.count > 40 ? "\"\(text.prefix(40))…\"" : "\"\(text)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}
