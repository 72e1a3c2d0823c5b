import ArgumentParser
import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteRunner
import OnsiteServer
import OnsiteStore

/// `onsite serve`: the web app, over the same database and content as the CLI.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app: every feature of the CLI in the browser, and a JSON API.",
        discussion: """
            By default it listens on 127.0.0.1:8080 for one user, with the same database as the CLI, \
            so the terminal and the browser share one history. --multi-user turns on accounts \
            (required to listen on anything but loopback) and runs submitted code only in the \
            sandbox. SIGTERM or Ctrl-C stops it gracefully: requests in progress finish first. \
            GET /healthz answers "ok"; GET /metrics gives Prometheus metrics; the API is described \
            at /api/openapi.yaml.
            """)

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
    var port = 8080

    @Flag(help: "Accounts with sign-in: each user sees only their own history.")
    var multiUser = false

    @Flag(help: "Mark cookies Secure (set this when users reach the server over HTTPS).")
    var secureCookies = false

    @Flag(
        help: """
            Take each client's address from the last X-Forwarded-For entry, for sign-in throttling \
            (set this only behind a reverse proxy that sets the header).
            """)
    var trustForwardedFor = false

    @OptionGroup var storage: DatabaseOption

    @OptionGroup var sandbox: SandboxOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if !ServerConfiguration.isLoopback(host) && !multiUser {
            throw ValidationError(
                "listening on \(host) would let anyone on the network use your history: add --multi-user for accounts")
        }
        if multiUser && sandbox.unsafeLocal {
            throw ValidationError("--multi-user runs other people's code: it needs the sandbox, not --unsafe-local")
        }
    }

    func run() async throws {
        let logger = global.makeLogger()
        let bank = try ContentSource(global: global, logger: logger).load().bank
        let store = try storage.open()
        let pool = try await sandbox.startPool()
        let runner = ExerciseRunner(
            pool: pool, limits: sandbox.limits, linter: RuffLinter.locate(folders: RunnerSetup.toolFolders()))
        let configuration = ServerConfiguration(
            host: host, port: port, multiUser: multiUser, secureCookies: secureCookies,
            trustsForwardedFor: trustForwardedFor)
        let services: ServerServices
        do {
            services = try ServerServices(bank: bank, store: store, runner: runner)
        } catch {
            throw ValidationError(error.message)
        }
        let mode = multiUser ? "multi-user" : "single-user"
        let database = storage.url.path
        let app = try await buildApplication(configuration: configuration, services: services, logger: logger) {
            port in
            printError("onsite: serving http://\(host):\(port) (\(mode), database \(database))")
            Terminal.flushOutput()
        }
        try await app.runService()
        await pool.shutdown()
    }
}
