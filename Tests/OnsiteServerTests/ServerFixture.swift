import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteContent
import OnsiteCore
import OnsiteRunner
import OnsiteServer
import OnsiteStore
import OnsiteTestSupport
import Testing

/// A server over the bundled bank and a fresh SQLite file, tested without a socket.
struct ServerFixture: Sendable {
    static let bank = Result { try ContentLoader().load([Checkout.content]).bank }

    let folder: TemporaryFolder
    let store: SQLiteStore
    let services: ServerServices
    let configuration: ServerConfiguration

    /// Runs code in the test process's shared sandbox, with limits that fit a loaded machine.
    static let sandbox = ExerciseRunner(
        pool: SandboxFixture.pool, limits: RunLimits(wallSeconds: 30, cpuSeconds: 30, memoryBytes: 1 << 30),
        linter: RuffLinter.locate(folders: [Checkout.tools]))

    /// A server over a new database; `runsCode` gives it the sandbox for exercises.
    init(
        multiUser: Bool = false, runsCode: Bool = false, trustsForwardedFor: Bool = false,
        keepsPageSkeletons: Bool = true
    ) throws {
        folder = try TemporaryFolder(prefix: "onsite-server")
        store = try SQLiteStore(path: folder.path("onsite.sqlite"))
        services = try ServerServices(bank: Self.bank.get(), store: store, runner: runsCode ? Self.sandbox : nil)
        configuration = ServerConfiguration(
            multiUser: multiUser, trustsForwardedFor: trustsForwardedFor, keepsPageSkeletons: keepsPageSkeletons)
    }

    /// Runs `body` against the app's router, then removes the database.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        defer { folder.remove() }
        let router = try await buildRouter(configuration: configuration, services: services)
        let app = Application(router: router)
        return try await app.test(.router) { client in try await body(client) }
    }
}

/// A browser-like client: keeps cookies, and finds the CSRF token in the last page.
final class Browser: @unchecked Sendable {
    // Used from one test task at a time; the class only lets the helpers below share state.
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var lastPage = ""
    var setCookieHeaders: [String] = []

    init(_ client: any TestClientProtocol) { self.client = client }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await send(uri, method: .get, headers: headers, body: nil)
    }

    /// Posts a form; `_csrf` is added from the last page unless `csrf` is given.
    @discardableResult
    func post(
        _ uri: String, form: [String: String], csrf: String? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var fields = form
        if fields["_csrf"] == nil { fields["_csrf"] = csrf ?? csrfToken() }
        let body = fields.sorted { $0.key < $1.key }.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }
            .joined(separator: "&")
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Sends JSON (to the API).
    @discardableResult
    func json(
        _ uri: String, method: HTTPRequest.Method = .post, _ body: String?, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        if body != nil { headers[.contentType] = "application/json" }
        return try await send(uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    func send(
        _ uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?
    ) async throws -> TestResponse {
        var headers = headers
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        // A browser never sends the fragment of a link.
        let target = uri.split(separator: "#", maxSplits: 1).first.map(String.init) ?? uri
        let response = try await client.execute(uri: target, method: method, headers: headers, body: body)
        setCookieHeaders = response.headers[values: .setCookie]
        for header in setCookieHeaders {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = String(pair[0]).trimmingCharacters(in: .whitespaces)
            if pair[1].isEmpty || header.contains("Max-Age=0") {
                cookies[name] = nil
            } else {
                cookies[name] = String(pair[1])
            }
        }
        lastPage = String(buffer: response.body)
        return response
    }

    /// The `_csrf` value of the first form on the last page.
    func csrfToken() -> String {
        guard let range = lastPage.range(of: "name=\"_csrf\" value=\"") else { return "" }
        return String(lastPage[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }

    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])
    }
}
