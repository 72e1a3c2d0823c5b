import Foundation
import Hummingbird

/// The sign-up, sign-in and sign-out pages of a multi-user server.
struct AuthPages: Sendable {
    let accounts: Accounts
    let pages: PageRenderer
    let configuration: ServerConfiguration

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/signup") { request, context in try form("signup", "Sign up", request, context) }
        router.get("/signin") { request, context in try form("signin", "Sign in", request, context) }
        router.post("/signup") { request, context in
            try await submit("signup", "Sign up", request, context) {
                try await accounts.signUp(
                    email: $0, password: $1, from: accounts.clientAddress(of: request, context: context))
            }
        }
        router.post("/signin") { request, context in
            try await submit("signin", "Sign in", request, context) {
                try await accounts.signIn(
                    email: $0, password: $1, from: accounts.clientAddress(of: request, context: context))
            }
        }
        router.post("/signout") { request, context in
            var response = Response(status: .seeOther, headers: [.location: configuration.multiUser ? "/signin" : "/"])
            if let visitor = context.visitor { try accounts.signOut(visitor) }
            response.setCookie(accounts.clearedCookie)
            return response
        }
    }

    struct FormContent: Encodable, Sendable {
        var email: String
        var next: String
        var action: String
        var signingUp: Bool
        var field: String?
    }

    private func form(
        _ template: String, _ title: String, _ request: Request, _ context: AppRequestContext
    ) throws -> HTML {
        guard configuration.multiUser else { throw AppError.notFound("accounts on a single-user server") }
        let next = Self.safeNext(request.uri.queryParameters.get("next"))
        return try pages.render(
            "auth", title: title,
            FormContent(email: "", next: next, action: "/\(template)", signingUp: template == "signup"),
            context: context, section: "/\(template)")
    }

    private func submit(
        _ template: String, _ title: String, _ request: Request, _ context: AppRequestContext,
        _ action: (String, String) async throws -> Accounts.Started
    ) async throws -> Response {
        guard configuration.multiUser else { throw AppError.notFound("accounts on a single-user server") }
        let email = context.form["email"] ?? ""
        let next = Self.safeNext(context.form["next"])
        do {
            let started = try await action(email, context.form["password"] ?? "")
            var response = Response(status: .seeOther, headers: [.location: next])
            response.setCookie(accounts.cookie(for: started))
            return response
        } catch let error as AppError {
            let content = FormContent(
                email: email, next: next, action: "/\(template)", signingUp: template == "signup", field: error.field)
            return try pages.render(
                "auth", title: title, content, context: context, section: "/\(template)", error: error.message
            ).response(from: request, context: context)
        }
    }

    /// Only a local path, so a crafted link cannot send someone to another site after signing in.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }
}
