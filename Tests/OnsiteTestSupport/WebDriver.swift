public import Foundation
public import OnsiteCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed WebDriver command, naming the command, the HTTP status and WebDriver's error and message.
public struct WebDriverError: Error, CustomStringConvertible, Sendable {
    /// The command, such as `POST /session/…/element`, or the operation that failed.
    public let command: String
    /// The HTTP status chromedriver answered with, if it answered.
    public let status: Int?
    /// WebDriver's error code, such as `no such element`.
    public let code: String?
    /// A readable account of the failure: command, status, code and WebDriver's message.
    public let message: String

    /// Creates an error for `command`; `detail` is WebDriver's message or what went wrong.
    public init(command: String, status: Int? = nil, code: String? = nil, detail: String) {
        self.command = command
        self.status = status
        self.code = code
        let answer = [status.map { "HTTP \($0)" }, code.map { "[\($0)]" }].compactMap { $0 }
        message = "WebDriver \(command): " + (answer + [detail]).joined(separator: " ")
    }

    public var description: String { message }
}

/// A `chromedriver` child process listening on a free loopback port; ``stop()`` (or deinit) ends it.
public final class ChromeDriver: Sendable {
    /// The port chromedriver listens on, on 127.0.0.1.
    public let port: UInt16
    /// The Chromium that sessions launch: `$ONSITE_CHROMIUM` or `/usr/bin/chromium`.
    public let chromiumPath: String
    private let process: Process
    private let log: URL

    /// Starts chromedriver (`$ONSITE_CHROMEDRIVER` or `/usr/bin/chromedriver`) and waits until it is ready.
    public init(startupTimeout: TimeInterval = 20) throws(WebDriverError) {
        let environment = ProcessInfo.processInfo.environment.filter { !$0.value.isEmpty }
        let driverPath = environment["ONSITE_CHROMEDRIVER"] ?? "/usr/bin/chromedriver"
        chromiumPath = environment["ONSITE_CHROMIUM"] ?? "/usr/bin/chromium"
        for path in [driverPath, chromiumPath] where !FileManager.default.isExecutableFile(atPath: path) {
            throw WebDriverError(command: "start chromedriver", detail: "no executable at \(path)")
        }
        log = FileManager.default.temporaryDirectory
            .appendingPathComponent("chromedriver-\(UUID().uuidString).log")
        do throws(WebDriverError) {
            (process, port) = try Self.launch(driverPath, log: log, timeout: startupTimeout)
        } catch {
            try? FileManager.default.removeItem(at: log)
            throw error
        }
    }

    deinit { stop() }

    /// Ends chromedriver and the browsers it still runs; safe to call more than once.
    public func stop() {
        Self.end(process, port: port)
        try? FileManager.default.removeItem(at: log)
    }

    /// Starts a headless Chromium session; `arguments` are extra Chromium flags.
    public func newSession(
        arguments: [String] = [], timeout: TimeInterval = 10
    ) throws(WebDriverError) -> BrowserSession {
        try BrowserSession(driver: self, arguments: arguments, timeout: timeout)
    }

    /// Sends one WebDriver command and returns the `value` of its answer.
    @discardableResult
    public func command(
        _ method: String, _ path: String, _ body: WebDriverValue? = nil, timeout: TimeInterval = 30
    ) throws(WebDriverError) -> WebDriverValue {
        let name = "\(method) \(path)"
        let data: Data?
        do {
            data = try body.map { try JSONEncoder().encode($0) }
        } catch {
            throw WebDriverError(command: name, detail: "cannot encode the request: \(error)")
        }
        let answer = try LoopbackHTTP(port: port).send(method, path, body: data, timeout: timeout, command: name)
        let json = try? JSONDecoder().decode(WebDriverValue.self, from: answer.body)
        if answer.status == 200, let value = json?["value"] { return value }
        let value = json?["value"]
        let detail = value?["message"]?.text ?? String(decoding: answer.body.prefix(300), as: UTF8.self)
        // chromedriver appends "(Session info: …)" and more on further lines.
        let firstLine = detail.split(whereSeparator: \.isNewline).first.map(String.init) ?? detail
        throw WebDriverError(command: name, status: answer.status, code: value?["error"]?.text, detail: firstLine)
    }

    private static func launch(
        _ path: String, log: URL, timeout: TimeInterval
    ) throws(WebDriverError) -> (process: Process, port: UInt16) {
        var lastError = WebDriverError(command: "start chromedriver", detail: "no attempt")
        // Another program may take the free port before chromedriver binds it: try a few ports.
        for _ in 1...3 {
            let port = try freeLoopbackPort()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = ["--port=\(port)"]
            process.standardInput = FileHandle.nullDevice
            do {
                _ = FileManager.default.createFile(atPath: log.path, contents: nil)
                let output = try FileHandle(forWritingTo: log)
                process.standardOutput = output
                process.standardError = output
                try process.run()
                try? output.close()
            } catch {
                throw WebDriverError(command: "start chromedriver", detail: "cannot run \(path): \(error)")
            }
            do throws(WebDriverError) {
                try waitUntilReady(process, port: port, log: log, timeout: timeout)
                return (process, port)
            } catch {
                lastError = error
                end(process, port: port)
            }
        }
        throw lastError
    }

    private static func waitUntilReady(
        _ process: Process, port: UInt16, log: URL, timeout: TimeInterval
    ) throws(WebDriverError) {
        let deadline = Date().addingTimeInterval(timeout)
        func failure(_ what: String) -> WebDriverError {
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let shown = output.isEmpty ? "none" : String(output.suffix(800))
            return WebDriverError(command: "start chromedriver", detail: "\(what); its output: \(shown)")
        }
        while Date() < deadline {
            guard process.isRunning else { throw failure("exited with status \(process.terminationStatus)") }
            let answer = try? LoopbackHTTP(port: port).send(
                "GET", "/status", body: nil, timeout: 2, command: "GET /status")
            if let answer, let json = try? JSONDecoder().decode(WebDriverValue.self, from: answer.body),
                json["value"]?["ready"] == .bool(true)
            {
                return
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw failure("not ready on port \(port) within \(timeout) s")
    }

    /// Asks chromedriver to shut down (which also closes its browsers), then terminates, then kills it.
    private static func end(_ process: Process, port: UInt16) {
        guard process.isRunning else { return }
        _ = try? LoopbackHTTP(port: port).send("GET", "/shutdown", body: nil, timeout: 5, command: "GET /shutdown")
        func exited(within seconds: TimeInterval) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            return !process.isRunning
        }
        if exited(within: 5) { return }
        process.terminate()
        if exited(within: 2) { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// One headless Chromium window driven through a ``ChromeDriver``; ``quit()`` (or deinit) closes it.
public final class BrowserSession: Sendable {
    /// The chromedriver this session talks to; the session keeps it running.
    public let driver: ChromeDriver
    /// WebDriver's session id.
    public let id: String
    /// How long ``element(_:timeout:)`` and the `wait` methods wait unless told otherwise.
    public let timeout: TimeInterval
    /// Chromium's fresh profile folder (`--user-data-dir`), removed by ``quit()``.
    public let profile: URL
    private let ended = OnceFlag()

    /// Launches headless Chromium with a fresh profile; `arguments` are extra Chromium flags.
    public init(driver: ChromeDriver, arguments: [String] = [], timeout: TimeInterval = 10) throws(WebDriverError) {
        let profile = FileManager.default.temporaryDirectory
            .appendingPathComponent("chromium-profile-\(UUID().uuidString)", isDirectory: true)
        // --no-sandbox: Chromium's sandbox refuses to run as root, as tests here do.
        let flags = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1280,900", "--user-data-dir=\(profile.path)",
        ]
        let options: WebDriverValue = [
            "binary": .string(driver.chromiumPath), "args": .array((flags + arguments).map(WebDriverValue.string)),
        ]
        let request: WebDriverValue = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome", "goog:chromeOptions": options,
                    "timeouts": ["implicit": 0, "pageLoad": 30_000, "script": 30_000],
                ]
            ]
        ]
        do throws(WebDriverError) {
            let answer = try driver.command("POST", "/session", request, timeout: 60)
            guard let id = answer["sessionId"]?.text else {
                throw WebDriverError(command: "POST /session", detail: "no session id in the answer")
            }
            self.id = id
        } catch {
            try? FileManager.default.removeItem(at: profile)
            throw error
        }
        self.driver = driver
        self.profile = profile
        self.timeout = timeout
    }

    deinit { quit() }

    /// Closes the browser and removes its profile, ignoring errors; safe to call more than once.
    public func quit() {
        guard ended.claim() else { return }
        _ = try? driver.command("DELETE", "/session/\(id)", timeout: 20)
        try? FileManager.default.removeItem(at: profile)
    }

    /// Sends one command under `/session/{id}` (`path` starts with `/`) and returns its answer's `value`.
    @discardableResult
    public func command(
        _ method: String, _ path: String, _ body: WebDriverValue? = nil, timeout: TimeInterval = 30
    ) throws(WebDriverError) -> WebDriverValue {
        try driver.command(method, "/session/\(id)\(path)", body, timeout: timeout)
    }

    /// Navigates to `url` and waits for the page to load.
    public func open(_ url: URL) throws(WebDriverError) { try open(url.absoluteString) }

    /// Navigates to `url` and waits for the page to load.
    public func open(_ url: String) throws(WebDriverError) {
        try command("POST", "/url", ["url": .string(url)], timeout: 60)
    }

    /// Goes back one page in the history.
    public func back() throws(WebDriverError) { try command("POST", "/back", [:], timeout: 60) }

    /// Reloads the page.
    public func refresh() throws(WebDriverError) { try command("POST", "/refresh", [:], timeout: 60) }

    /// The address of the current page.
    public func currentURL() throws(WebDriverError) -> String { try command("GET", "/url").text ?? "" }

    /// The current page's title.
    public func title() throws(WebDriverError) -> String { try command("GET", "/title").text ?? "" }

    /// The current page's HTML as the browser now holds it.
    public func pageSource() throws(WebDriverError) -> String { try command("GET", "/source").text ?? "" }

    /// The first element matching `css`, waiting (polling every 100 ms) until one exists.
    public func element(_ css: String, timeout: TimeInterval? = nil) throws(WebDriverError) -> Element {
        try poll("element(\"\(css)\")", timeout) { try find(css) }
    }

    /// All elements now matching `css`, without waiting.
    public func elements(_ css: String) throws(WebDriverError) -> [Element] {
        let found = try command("POST", "/elements", ["using": "css selector", "value": .string(css)])
        return (found.array ?? []).compactMap { Element(session: self, json: $0) }
    }

    /// Waits until an element matching `css` exists and is displayed, and returns it.
    @discardableResult
    public func waitFor(_ css: String, timeout: TimeInterval? = nil) throws(WebDriverError) -> Element {
        try poll("waitFor(\"\(css)\")", timeout) {
            let element = try find(css)
            return try element.isDisplayed() ? element : nil
        }
    }

    /// Waits until `condition` holds. Errors it throws count as "not yet" (the last is reported on timeout),
    /// except WebDriver errors a changing page cannot explain, such as `invalid selector`, which end the wait.
    public func waitUntil(timeout: TimeInterval? = nil, _ condition: () throws -> Bool) throws(WebDriverError) {
        _ = try poll("waitUntil", timeout) { try condition() ? true : nil }
    }

    /// Waits until an element matching `css` contains `text`, and returns that element.
    @discardableResult
    public func waitForText(
        _ text: String, in css: String = "body", timeout: TimeInterval? = nil
    ) throws(WebDriverError) -> Element {
        try poll("waitForText(\"\(text)\", in: \"\(css)\")", timeout) {
            try elements(css).first { try $0.text().contains(text) }
        }
    }

    /// Runs `script` as a function body in the page (`arguments[0]`… are `arguments`); returns its result.
    @discardableResult
    public func execute(_ script: String, arguments: [WebDriverValue] = []) throws(WebDriverError) -> WebDriverValue {
        try command("POST", "/execute/sync", ["script": .string(script), "args": .array(arguments)])
    }

    /// Writes a PNG screenshot of the window to `url`, creating its folder.
    public func saveScreenshot(to url: URL) throws(WebDriverError) {
        let encoded = try command("GET", "/screenshot").text ?? ""
        guard let png = Data(base64Encoded: encoded) else {
            throw WebDriverError(command: "saveScreenshot", detail: "the screenshot is not base64")
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try png.write(to: url)
        } catch {
            throw WebDriverError(command: "saveScreenshot", detail: "cannot write \(url.path): \(error)")
        }
    }

    /// The cookies visible to the current page.
    public func cookies() throws(WebDriverError) -> [BrowserCookie] {
        (try command("GET", "/cookie").array ?? []).compactMap(BrowserCookie.init(json:))
    }

    /// Deletes every cookie visible to the current page.
    public func deleteAllCookies() throws(WebDriverError) { try command("DELETE", "/cookie") }

    private func find(_ css: String) throws(WebDriverError) -> Element {
        let found = try command("POST", "/element", ["using": "css selector", "value": .string(css)])
        guard let element = Element(session: self, json: found) else {
            throw WebDriverError(command: "element(\"\(css)\")", detail: "no element reference in \(found)")
        }
        return element
    }

    /// WebDriver errors that a page still changing may cause; polling retries them.
    private static let transient: Set = ["no such element", "stale element reference", "element not interactable"]

    /// Calls `attempt` every 100 ms until it returns a value; transient or non-WebDriver errors mean "not yet".
    private func poll<T>(
        _ what: String, _ timeout: TimeInterval?, _ attempt: () throws -> T?
    ) throws(WebDriverError) -> T {
        let limit = timeout ?? self.timeout
        let deadline = Date().addingTimeInterval(limit)
        var lastError: (any Error)?
        while true {
            do {
                if let value = try attempt() { return value }
                lastError = nil
            } catch let error as WebDriverError where !Self.transient.contains(error.code ?? "") {
                throw error
            } catch {
                lastError = error
            }
            if Date() >= deadline {
                let last = lastError.map { "; last error: \($0)" } ?? ""
                throw WebDriverError(command: what, detail: "not met within \(limit) s\(last)")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}

/// Whether a one-time action already ran.
/// `@unchecked Sendable`: `done` is only read and written while holding `lock`.
private final class OnceFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    /// True for the first caller only.
    func claim() -> Bool {
        lock.withLock {
            defer { done = true }
            return !done
        }
    }
}
