import Foundation
public import Hummingbird
import OnsiteTemplates

/// An error a request ends with: an HTTP status, a stable code, a message, and the field at
/// fault when a form or JSON body was invalid.
///
/// API requests (`/api/…`) get `{"error": {"code", "message", "field"}}`; pages get a short
/// HTML page with the message.
public struct AppError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    /// Stable across releases: clients switch on it.
    public var code: String
    public var message: String
    public var field: String?
    /// Seconds the client should wait before trying again, sent as `Retry-After`.
    public var retryAfter: Int?

    public init(
        _ status: HTTPResponse.Status, code: String, _ message: String, field: String? = nil, retryAfter: Int? = nil
    ) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.retryAfter = retryAfter
    }

    static func notFound(_ what: String) -> AppError {
        AppError(.notFound, code: "not-found", "\(what) does not exist")
    }

    static func invalid(_ field: String, _ message: String) -> AppError {
        AppError(.unprocessableContent, code: "invalid-field", message, field: field)
    }

    /// 429 `too-many-attempts`: `reason`, and when to try again.
    static func tooManyAttempts(_ reason: String, wait seconds: Int) -> AppError {
        let minutes = (seconds + 59) / 60
        return AppError(
            .tooManyRequests, code: "too-many-attempts",
            "\(reason); try again in \(minutes) minute\(minutes == 1 ? "" : "s")", retryAfter: seconds)
    }

    static let signInRequired = AppError(.unauthorized, code: "sign-in-required", "sign in first")
    static let badCSRF = AppError(
        .forbidden, code: "bad-csrf-token", "the form is out of date or came from another site; reload the page")

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try unadornedResponse(from: request)
        if let retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }

    private func unadornedResponse(from request: Request) throws -> Response {
        if request.uri.path.hasPrefix("/api/") {
            let data = try JSONEncoder().encode(ErrorBody(error: .init(code: code, message: message, field: field)))
            return Response(
                status: status, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        if status == .unauthorized {
            let next = request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
            return Response(status: .seeOther, headers: [.location: "/signin?next=\(next)"])
        }
        let page = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>\(status.code) · onsite</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <link rel="stylesheet" href="/assets/onsite.css"></head>
            <body><main><h1>\(status.code) \(HTMLEscaping.escape(status.reasonPhrase))</h1>
            <p class="flash error" role="alert">\(HTMLEscaping.escape(message))</p><p><a href="/">Back to the dashboard</a></p>
            </main></body></html>
            """
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}

/// The JSON of an API error.
struct ErrorBody: Codable, Sendable {
    struct Detail: Codable, Sendable {
        var code: String
        var message: String
        var field: String?
    }

    var error: Detail
}
