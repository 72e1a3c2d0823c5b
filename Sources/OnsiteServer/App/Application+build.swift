import Foundation
import HTTPTypes
public import Hummingbird
public import Logging
import Prometheus

/// Builds the web app: the router with every page and API route, over `services`.
///
/// `onsite serve` runs what this returns; the tests call it too, with a temporary database.
/// `onServerRunning` receives the port the server listens on (the one the OS chose for port 0).
public func buildApplication(
    configuration: ServerConfiguration, services: ServerServices, logger: Logger = Logger(label: "onsite.serve"),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(configuration: configuration, services: services)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "onsite"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// The router alone, for tests that need no socket (`app.test(.router)`).
public func buildRouter(
    configuration: ServerConfiguration, services: ServerServices
) async throws -> Router<AppRequestContext> {
    let pages = try await PageRenderer.bundled(
        multiUser: configuration.multiUser, keepsSkeletons: configuration.keepsPageSkeletons)
    let registry = PrometheusCollectorRegistry()
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestMetrics(registry: registry))
    router.add(middleware: SecurityHeaders())
    router.get("/healthz") { _, _ in "ok\n" }
    router.get("/metrics") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
            body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
    }
    router.get("/hello") { _, _ in "Hello, world!" }
    Assets.register(on: router)

    let signedIn = router.group().add(middleware: SessionMiddleware(services: services, configuration: configuration))
    let accounts = Accounts(services: services, configuration: configuration)
    AuthPages(accounts: accounts, pages: pages, configuration: configuration).register(on: signedIn)
    DashboardPage(services: services, pages: pages).register(on: signedIn)
    QuestionPages(services: services, pages: pages).register(on: signedIn)
    ExercisePages(services: services, pages: pages).register(on: signedIn)
    InterviewPages(services: services, pages: pages).register(on: signedIn)
    ReviewPages(services: services, pages: pages).register(on: signedIn)
    PlanPages(services: services, pages: pages).register(on: signedIn)
    HistoryPage(services: services, pages: pages).register(on: signedIn)
    ToolPages(services: services, pages: pages).register(on: signedIn)
    SettingsPage(services: services, pages: pages).register(on: signedIn)
    API(services: services, accounts: accounts, configuration: configuration).register(on: signedIn)
    return router
}

/// Headers every response carries: no framing by other sites, no MIME sniffing, no referrer leaks.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = AppRequestContext

    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let contentSecurityPolicy = HTTPField.Name("Content-Security-Policy")!

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.contentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "same-origin"
        response.headers[Self.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
        return response
    }
}
