/// A value a template reads: what a view becomes before it is rendered.
///
/// Views are plain `Encodable` structs; ``TemplateValueEncoder`` turns one into this tree once
/// per page, and the renderer then reads it by name with dictionary lookups, never reflection.
public indirect enum TemplateValue: Sendable, Equatable {
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([TemplateValue])
    case object([String: TemplateValue])
    /// An explicit `nil`; a name bound to it counts as missing, as an absent optional does.
    case null
    /// A string given later: ``TemplateLibrary/skeleton(_:_:)`` leaves a hole where it is
    /// inserted, filled per use by ``Skeleton/filled(with:)`` from the string at this index.
    /// A slot may only be inserted (`{{name}}`, `{{{name}}}`), never decide a section, since
    /// the skeleton is rendered once for every string it will hold.
    case slot(Int)

    /// The field `name` of an object; `nil` for anything else, or when the field is `null`.
    public subscript(name: String) -> TemplateValue? {
        guard case .object(let fields) = self, let value = fields[name], value != .null else { return nil }
        return value
    }

    /// Whether a section over this value shows (or, inverted, hides) its content.
    ///
    /// `false`, `null` and an empty list are falsy; every other value, an empty string and `0`
    /// included, is truthy, as in swift-mustache, whose semantics these templates were written for.
    var isTruthy: Bool {
        switch self {
        case .bool(let value): value
        case .list(let items): !items.isEmpty
        case .null: false
        case .int, .double, .string, .object, .slot: true
        }
    }

    /// This tree with the value at `path` (field names, outermost first) replaced by
    /// `replacement`; unchanged when there is no value at `path`.
    public func replacing(_ path: some Collection<String>, with replacement: TemplateValue) -> TemplateValue {
        guard let name = path.first else { return replacement }
        guard case .object(var fields) = self, let field = fields[name] else { return self }
        fields[name] = field.replacing(path.dropFirst(), with: replacement)
        return .object(fields)
    }
}

/// A tree encodes as what it holds, so a view can embed a part encoded once and kept (the
/// site's navigation, say): ``TemplateValueEncoder`` takes it as it is, without walking it,
/// and any other encoder sees the plain values.
extension TemplateValue: Encodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .double(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .list(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let fields):
            var container = encoder.container(keyedBy: Key.self)
            for (name, value) in fields { try container.encode(value, forKey: Key(stringValue: name)) }
        case .null, .slot:
            // A slot holds nothing until a skeleton is filled.
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        }
    }
}
