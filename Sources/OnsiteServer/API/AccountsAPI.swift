import Foundation
import Hummingbird

/// `/api/v1/accounts` and `/api/v1/sessions`: sign up and sign in for a bearer token.
struct AccountsAPI: Sendable {
    let accounts: Accounts
    let configuration: ServerConfiguration

    struct Credentials: Decodable, Sendable {
        var email: String
        var password: String
    }

    struct SessionBody: Encodable, Sendable {
        struct User: Encodable, Sendable {
            var id: Int64
            var email: String
        }

        var token: String
        var expiresAt: Date
        var user: User
    }

    func register(on v1: some RouterMethods<AppRequestContext>) {
        v1.post("/accounts") { request, context in
            try requireAccounts()
            let credentials = try await decodeJSON(Credentials.self, from: request, context: context)
            return JSONResponse(
                .created,
                body(
                    try await accounts.signUp(
                        email: credentials.email, password: credentials.password,
                        from: accounts.clientAddress(of: request, context: context))))
        }
        v1.post("/sessions") { request, context in
            try requireAccounts()
            let credentials = try await decodeJSON(Credentials.self, from: request, context: context)
            return JSONResponse(
                .created,
                body(
                    try await accounts.signIn(
                        email: credentials.email, password: credentials.password,
                        from: accounts.clientAddress(of: request, context: context))))
        }
        v1.delete("/sessions/current") { _, context in
            try requireAccounts()
            try accounts.signOut(try context.requireVisitor())
            return Response(status: .noContent)
        }
    }

    private func requireAccounts() throws {
        guard configuration.multiUser else {
            throw AppError(.notFound, code: "single-user", "this server has no accounts: it runs single-user")
        }
    }

    private func body(_ started: Accounts.Started) -> SessionBody {
        SessionBody(
            token: started.token, expiresAt: started.session.expiresAt,
            user: .init(id: started.user.id, email: started.user.email))
    }
}
