public import Foundation

/// An element of a page, found by ``BrowserSession/element(_:timeout:)`` or ``BrowserSession/elements(_:)``.
public struct Element: Sendable {
    /// The key under which WebDriver puts an element's id in JSON.
    static let key = "element-6066-11e4-a52e-4f735466cecf"

    /// The session whose page holds the element.
    public let session: BrowserSession
    /// WebDriver's id for the element.
    public let id: String

    init?(session: BrowserSession, json: WebDriverValue) {
        guard let id = json[Self.key]?.string else { return nil }
        self.session = session
        self.id = id
    }

    /// The element as a script argument: ``BrowserSession/execute(_:arguments:)`` receives the DOM node.
    public var reference: WebDriverValue { [Self.key: .string(id)] }

    /// Clicks the element's centre, as a user would (fails if something else covers it).
    public func click() throws(WebDriverError) { try command("POST", "/click", [:]) }

    /// Types `text` into the element, after what it already holds.
    public func type(_ text: String) throws(WebDriverError) { try command("POST", "/value", ["text": .string(text)]) }

    /// Empties an input, text area or editable element.
    public func clear() throws(WebDriverError) { try command("POST", "/clear", [:]) }

    /// The element's rendered text, as a user sees it.
    public func text() throws(WebDriverError) -> String { try command("GET", "/text").string ?? "" }

    /// The value of the HTML attribute `name`, or nil if the element has no such attribute.
    public func attribute(_ name: String) throws(WebDriverError) -> String? {
        try command("GET", "/attribute/\(Self.escaped(name))").string
    }

    /// The DOM property `name` as text (numbers and booleans too), or nil if it is null or undefined.
    public func property(_ name: String) throws(WebDriverError) -> String? {
        try command("GET", "/property/\(Self.escaped(name))").text
    }

    /// Whether the element is displayed.
    public func isDisplayed() throws(WebDriverError) -> Bool { try command("GET", "/displayed").bool ?? false }

    /// The first element inside this one matching `css`, without waiting.
    public func element(_ css: String) throws(WebDriverError) -> Element {
        let found = try command("POST", "/element", ["using": "css selector", "value": .string(css)])
        guard let element = Element(session: session, json: found) else {
            throw WebDriverError(command: "element(\"\(css)\")", detail: "no element reference in \(found)")
        }
        return element
    }

    /// All elements inside this one matching `css`, without waiting.
    public func elements(_ css: String) throws(WebDriverError) -> [Element] {
        let found = try command("POST", "/elements", ["using": "css selector", "value": .string(css)])
        return (found.array ?? []).compactMap { Element(session: session, json: $0) }
    }

    @discardableResult
    private func command(
        _ method: String, _ path: String, _ body: WebDriverValue? = nil
    ) throws(WebDriverError) -> WebDriverValue {
        try session.command(method, "/element/\(id)\(path)", body)
    }

    private static func escaped(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name
    }
}

/// A cookie as the browser holds it.
public struct BrowserCookie: Sendable, Equatable {
    public var name: String
    public var value: String
    public var path: String?
    public var domain: String?
    public var secure: Bool
    public var httpOnly: Bool
    /// `Strict`, `Lax` or `None`, if the browser reports it.
    public var sameSite: String?
    /// When the cookie expires; nil for a session cookie.
    public var expiry: Date?

    init?(json: WebDriverValue) {
        guard let name = json["name"]?.string, let value = json["value"]?.string else { return nil }
        self.name = name
        self.value = value
        path = json["path"]?.string
        domain = json["domain"]?.string
        secure = json["secure"]?.bool ?? false
        httpOnly = json["httpOnly"]?.bool ?? false
        sameSite = json["sameSite"]?.string
        expiry = json["expiry"]?.number.map { Date(timeIntervalSince1970: $0) }
    }
}

/// A JSON value, as WebDriver commands take and return them.
public enum WebDriverValue: Sendable, Equatable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([WebDriverValue])
    case object([String: WebDriverValue])

    /// The string, if this is one.
    public var string: String? { if case .string(let value) = self { value } else { nil } }
    /// The Boolean, if this is one.
    public var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    /// The number, if this is one.
    public var number: Double? { if case .number(let value) = self { value } else { nil } }
    /// The elements, if this is an array.
    public var array: [WebDriverValue]? { if case .array(let value) = self { value } else { nil } }
    /// The members, if this is an object.
    public var object: [String: WebDriverValue]? { if case .object(let value) = self { value } else { nil } }

    /// The member `key`, if this is an object that has it.
    public subscript(key: String) -> WebDriverValue? { object?[key] }

    /// The value as plain text: strings as they are, whole numbers without `.0`, nil for null, else JSON.
    public var text: String? {
        switch self {
        case .null: nil
        case .string(let value): value
        default: description
        }
    }

    /// The value as compact JSON.
    public var description: String {
        switch self {
        case .number(let value) where value.rounded() == value && abs(value) < 1e15: String(Int64(value))
        default: (try? JSONEncoder().encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([WebDriverValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: WebDriverValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        // Whole numbers as integers: WebDriver wants integers for timeouts, window sizes and such.
        case .number(let value) where value.rounded() == value && abs(value) < 1e15: try container.encode(Int64(value))
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension WebDriverValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: WebDriverValue...) { self = .array(elements) }

    public init(dictionaryLiteral elements: (String, WebDriverValue)...) {
        self = .object(Dictionary(elements) { $1 })
    }
}
