public import Foundation
public import OnsiteCore

/// An element of a page, found by ``BrowserSession/element(_:timeout:)`` or ``BrowserSession/elements(_:)``.
public struct Element: Sendable {
    /// The key under which WebDriver puts an element's id in JSON.
    static let key = "element-6066-11e4-a52e-4f735466cecf"

    /// The session whose page holds the element.
    public let session: BrowserSession
    /// WebDriver's id for the element.
    public let id: String

    init?(session: BrowserSession, json: WebDriverValue) {
        guard let id = json[Self.key]?.text else { return nil }
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
    public func text() throws(WebDriverError) -> String { try command("GET", "/text").text ?? "" }

    /// The value of the HTML attribute `name`, or nil if the element has no such attribute.
    public func attribute(_ name: String) throws(WebDriverError) -> String? {
        try command("GET", "/attribute/\(Self.escaped(name))").text
    }

    /// The DOM property `name` as text (numbers and booleans too), or nil if it is null or undefined.
    public func property(_ name: String) throws(WebDriverError) -> String? {
        let value = try command("GET", "/property/\(Self.escaped(name))")
        switch value {
        case .null: return nil
        case .string(let text): return text
        default: return (try? JSONEncoder().encode(value)).map { String(decoding: $0, as: UTF8.self) }
        }
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
        guard let name = json["name"]?.text, let value = json["value"]?.text else { return nil }
        self.name = name
        self.value = value
        path = json["path"]?.text
        domain = json["domain"]?.text
        secure = json["secure"]?.bool ?? false
        httpOnly = json["httpOnly"]?.bool ?? false
        sameSite = json["sameSite"]?.text
        expiry = json["expiry"]?.number.map { Date(timeIntervalSince1970: $0) }
    }
}

/// WebDriver commands take and return JSON: the core's ``JSONValue``.
public typealias WebDriverValue = JSONValue
