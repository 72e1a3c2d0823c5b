import Foundation
import Hummingbird
import OnsiteCore
import OnsiteStore

/// Settings: the review target retention (shared with `onsite review --retention`), where the
/// plan's settings live, and the account.
struct SettingsPage: Sendable {
    let services: ServerServices
    let pages: PageRenderer

    func register(on router: some RouterMethods<AppRequestContext>) {
        router.get("/settings", use: show)
        router.post("/settings", use: save)
    }

    struct Content: Encodable, Sendable {
        var retention: String
        var email: String?
        var saved: Bool
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> HTML {
        try render(context, saved: request.uri.queryParameters.get("saved") != nil, error: nil)
    }

    private func render(_ context: AppRequestContext, saved: Bool, error: String?) throws -> HTML {
        let visitor = try context.requireVisitor()
        let settings = try ReviewCards.settings(in: services.store(for: visitor))
        let content = Content(
            retention: String(format: "%.2f", settings?.desiredRetention ?? 0.9), email: visitor.email, saved: saved)
        return try pages.render(
            "settings", title: "Settings", content, context: context, section: "/settings", error: error)
    }

    @Sendable func save(_ request: Request, context: AppRequestContext) async throws -> Response {
        let visitor = try context.requireVisitor()
        let raw = context.form["retention"] ?? ""
        guard let retention = Double(raw) else {
            return try render(context, saved: false, error: "the target retention must be a number such as 0.90")
                .response(from: request, context: context)
        }
        do {
            try ReviewCards.remember(ReviewSettings(desiredRetention: retention), in: services.store(for: visitor))
        } catch let error as FSRSParameterError {
            return try render(context, saved: false, error: "target retention: \(error)")
                .response(from: request, context: context)
        }
        return try SeeOther(location: "/settings?saved=1").response(from: request, context: context)
    }
}
