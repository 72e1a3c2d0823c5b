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
        case .int, .double, .string, .object: true
        }
    }
}
