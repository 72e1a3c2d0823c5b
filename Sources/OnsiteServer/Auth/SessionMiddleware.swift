import Foundation
import Hummingbird
import OnsiteStore

/// Works out who is asking, and refuses forged form posts.
///
/// - Single-user: every visitor is the local user.
/// - Multi-user: the `onsite_session` cookie or an `Authorization: Bearer` token names a
///   session; without one the visitor is anonymous and may only reach the sign-in pages.
///
/// Every form post must carry `_csrf`: the session's token when signed in, else the value of the
/// `onsite_csrf` cookie (double submit), set on the first visit. API calls with a body must be
/// JSON, which a cross-site form cannot send, so they need no token.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    static let sessionCookie = "onsite_session"
    static let csrfCookie = "onsite_csrf"

    /// The methods whose requests must carry a CSRF token (forms) or a JSON body (the API).
    static let changingMethods: Set<HTTPRequest.Method> = [.post, .put, .patch, .delete]

    let services: ServerServices
    let configuration: ServerConfiguration

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let cookies = request.cookies  // parsed from the header on each access: once here
        let cookieToken = cookies[Self.csrfCookie]?.value
        let newCSRF = cookieToken == nil ? Token.random() : nil
        let anonymousCSRF = cookieToken ?? newCSRF ?? ""
        context.visitor = try await visitor(
            of: request, session: cookies[Self.sessionCookie]?.value, anonymousCSRF: anonymousCSRF)
        context.anonymousCSRF = anonymousCSRF

        var request = request
        if Self.changingMethods.contains(request.method) {
            if request.uri.path.hasPrefix("/api/") {
                let type = request.headers[.contentType] ?? ""
                let body = try await request.collectBody(upTo: context.maxUploadSize)
                if body.readableBytes > 0, !type.lowercased().hasPrefix("application/json") {
                    throw AppError(
                        .unsupportedMediaType, code: "unsupported-media-type", "send the body as application/json")
                }
            } else {
                let body = try await request.collectBody(upTo: context.maxUploadSize)
                context.form = FormFields(String(buffer: body))
                let expected = context.visitor?.csrfToken ?? anonymousCSRF
                guard let sent = context.form["_csrf"], !expected.isEmpty, sent == expected else {
                    throw AppError.badCSRF
                }
            }
        }
        var response = try await next(request, context)
        if let newCSRF {
            response.setCookie(
                Cookie(
                    name: Self.csrfCookie, value: newCSRF, path: "/", secure: configuration.secureCookies,
                    httpOnly: true, sameSite: .lax))
        }
        return response
    }

    private func visitor(
        of request: Request, session cookie: String?, anonymousCSRF: String
    ) async throws -> Visitor? {
        guard configuration.multiUser else {
            return Visitor(userID: SQLiteStore.localUser, email: nil, csrfToken: anonymousCSRF, sessionTokenHash: nil)
        }
        let bearer = request.headers[.authorization].flatMap { header -> String? in
            header.lowercased().hasPrefix("bearer ") ? String(header.dropFirst(7)) : nil
        }
        guard let token = bearer ?? cookie, !token.isEmpty else { return nil }
        let hash = SHA256.hex(token)
        guard let session = try services.store.session(tokenHash: hash, at: services.now()),
            let user = try services.store.user(id: session.userID)
        else { return nil }
        return Visitor(userID: user.id, email: user.email, csrfToken: session.csrfToken, sessionTokenHash: hash)
    }
}

/// The fields of an `application/x-www-form-urlencoded` body; the last value of a repeated name wins.
struct FormFields: Sendable {
    private var values: [String: String] = [:]

    init() {}

    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            values[name] = parts.count > 1 ? Self.decode(parts[1]) ?? "" : ""
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
