import Foundation
import OnsiteTestSupport
import Testing

/// The web app in a real headless Chromium, against the real `onsite serve`: the main flows a
/// person clicks through. Screenshots of the pages go to `test-artifacts/screenshots/`.
@Suite("Browser: onsite serve in headless Chromium", .serialized)
struct BrowserTests {
    static let screenshots = Checkout.root.appendingPathComponent("test-artifacts/screenshots")
    static let answer = """
        The GIL is a lock in CPython that lets only one thread execute Python bytecode at a time. \
        Threads still help IO-bound work because the lock is released while waiting on sockets or files, \
        but CPU-bound work needs multiprocessing or native code that releases the GIL.
        """

    /// A running `onsite serve` and the URL it answers on; stopped with SIGKILL (signals other
    /// than SIGKILL are masked in processes started by the test runner).
    struct Server {
        let run: InteractiveRun
        let url: String

        init(_ arguments: [String], folder: TemporaryFolder) throws {
            let database = folder.url.appendingPathComponent("onsite.sqlite").path
            run = try InteractiveRun(onsite: ["serve", "--port", "0", "--database", database] + arguments)
            _ = try run.waitFor("onsite: serving ", in: .standardError, timeout: 60)
            let transcript = try run.waitFor("(", in: .standardError)
            let address = try #require(
                transcript.components(separatedBy: "serving ").last?.split(separator: " ").first)
            url = String(address)
        }

        func stop() {
            run.signal(SIGKILL)
            _ = try? run.finish(timeout: 10)
        }
    }

    /// Runs `body` with a fresh `onsite serve` (over a new database) and a headless Chromium,
    /// stopping both afterwards.
    static func withBrowser(serving arguments: [String], _ body: (Server, BrowserSession) throws -> Void) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let server = try Server(arguments, folder: folder)
        defer { server.stop() }
        let driver = try ChromeDriver()
        defer { driver.stop() }
        let browser = try BrowserSession(driver: driver)
        defer { browser.quit() }
        try body(server, browser)
    }

    func screenshot(_ browser: BrowserSession, _ name: String) throws {
        try browser.saveScreenshot(to: Self.screenshots.appendingPathComponent("\(name).png"))
    }

    /// Answers python.gil in the browser and checks the feedback page.
    func answerAQuestion(_ browser: BrowserSession, server: Server, prefix: String) throws {
        try browser.open("\(server.url)/questions?q=gil")
        try screenshot(browser, "\(prefix)-questions")
        try browser.element("a[href='/questions/python.gil']").click()
        try browser.waitForText("Your answer", in: "main")
        try browser.element("#answer-text").type(Self.answer)
        try browser.element("form[action='/questions/python.gil/answers'] button[type=submit]").click()
        try browser.waitForText("Feedback: grade", in: "main", timeout: 20)
        let feedback = try browser.element("#feedback").text()
        #expect(feedback.contains("You said:"))
        #expect(try !browser.elements("mark.evidence").isEmpty, "evidence is highlighted")
        #expect(try browser.element("#model-title").text() == "Model answer")
        try screenshot(browser, "\(prefix)-feedback")
    }

    @Test("single-user: no sign-in; the dashboard, the question bank, an answer and its feedback")
    func singleUser() throws {
        try Self.withBrowser(serving: ["--unsafe-local"]) { server, browser in
            try singleUserFlow(server, browser)
        }
    }

    private func singleUserFlow(_ server: Server, _ browser: BrowserSession) throws {
        try browser.open(server.url + "/")
        try browser.waitForText("Dashboard", in: "h1")
        #expect(try browser.elements("a[href='/signin']").isEmpty, "a single-user server has no sign-in")
        try screenshot(browser, "single-dashboard")
        try answerAQuestion(browser, server: server, prefix: "single")

        try browser.open(server.url + "/")
        try browser.waitForText("Recent answers", in: "main")
        try screenshot(browser, "single-dashboard-after")
        let cookies = try browser.cookies()
        #expect(cookies.first { $0.name == "onsite_csrf" }?.httpOnly == true)
    }

    /// Scrolls the element matching `css` to the middle of the window at once, then clicks it.
    /// (The stylesheet scrolls smoothly, and the driver would click while the page still moves.)
    func press(_ browser: BrowserSession, _ css: String) throws {
        let element = try browser.element(css)
        try browser.execute(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'center', behavior: 'instant'});",
            arguments: [.string(css)])
        try element.click()
    }

    /// Runs and submits algorithms.top-ips: the starter fails its visible tests, the reference
    /// solution (pasted into the editor) is accepted.
    func runAndSubmitAnExercise(_ browser: BrowserSession, server: Server, prefix: String) throws {
        try browser.open("\(server.url)/exercises")
        let link = try browser.element("a[href='/exercises/algorithms.top-ips']")
        try browser.open(server.url + (try #require(try link.attribute("href"))))
        try browser.waitFor(".editor.live textarea.code")
        #expect(try browser.elements(".editor pre.highlight .tok-kw").count > 0, "the editor highlights Python")
        try screenshot(browser, "\(prefix)-exercise")
        try press(browser, "button[formaction='/exercises/algorithms.top-ips/runs']")
        try browser.waitForText("Visible tests: failed", in: "#run", timeout: 60)
        try screenshot(browser, "\(prefix)-exercise-run")

        let solution = try String(
            contentsOf: Checkout.content.appendingPathComponent("exercises/top-ips/solution/log_stats.py"),
            encoding: .utf8)
        // Pasting, as a person would: typing key by key would be re-indented by the editor.
        try browser.execute(
            "const ta = document.querySelector('#code'); ta.value = arguments[0]; ta.dispatchEvent(new Event('input'));",
            arguments: [.string(solution)])
        try press(browser, "form[action='/exercises/algorithms.top-ips/submissions'] button:not([formaction])")
        try browser.waitForText("Accepted: every check passed", in: "#verdict", timeout: 90)
        #expect(try browser.element("#verdict").text().contains("hidden cases"))
        try screenshot(browser, "\(prefix)-exercise-verdict")
    }

    /// A python drill: the first question answered with feedback and a follow-up or the next
    /// question, the rest skipped, then the report with its charts.
    func completeAShortInterview(_ browser: BrowserSession, server: Server, prefix: String) throws {
        try browser.open("\(server.url)/interviews")
        try browser.element("input[name=format][value=drill]").click()
        try browser.execute("document.querySelector('#interview-area').value = 'python';")
        try browser.element("#interview-minutes").type("20")
        try press(browser, "form[action='/interviews'] button[type=submit]")
        try browser.waitForText("Question 1 of 4", in: "#position", timeout: 20)
        #expect(try browser.elements(".timer").count == 1)
        try screenshot(browser, "\(prefix)-interview")
        try browser.element("#interview-answer").type(Self.answer)
        try press(browser, "form[action$='/answers'] button:not([name])")
        try browser.waitForText("Your last answer", in: "main", timeout: 20)
        #expect(try browser.element("#last").text().contains("Feedback: grade"))
        try screenshot(browser, "\(prefix)-interview-feedback")
        for _ in 0..<8 where try !browser.currentURL().hasSuffix("/report") {
            let position = try browser.element("#position").text()
            let before = try browser.currentURL() + position
            try press(browser, "button[name=skip]")
            try browser.waitUntil(timeout: 20) {
                let url = try browser.currentURL()
                if url.hasSuffix("/report") { return true }
                let position = try browser.element("#position").text()
                return url + position != before
            }
        }
        try browser.waitForText("Hiring signal:", in: "main", timeout: 20)
        #expect(try browser.elements("svg.chart").count >= 2, "per-dimension and per-assessment charts")
        try screenshot(browser, "\(prefix)-interview-report")
    }

    @Test(
        "multi-user: sign up, answer a question, see the feedback, run and submit an exercise, a short mock interview, its report, sign out"
    )
    func multiUser() throws {
        try Self.withBrowser(serving: ["--multi-user"]) { server, browser in
            try multiUserFlow(server, browser)
        }
    }

    private func multiUserFlow(_ server: Server, _ browser: BrowserSession) throws {
        try browser.open(server.url + "/")
        try browser.waitForText("Sign in", in: "h1")
        try browser.element("a[href='/signup']").click()
        try browser.waitForText("Create your account", in: "h1")
        try screenshot(browser, "multi-signup")
        try browser.element("#email").type("ada@example.com")
        try browser.element("#password").type("correct horse battery")
        try browser.element("main form button[type=submit]").click()
        try browser.waitForText("ada@example.com", in: "header")
        let session = try #require(try browser.cookies().first { $0.name == "onsite_session" })
        #expect(session.httpOnly && session.sameSite == "Lax")

        try answerAQuestion(browser, server: server, prefix: "multi")
        try runAndSubmitAnExercise(browser, server: server, prefix: "multi")
        try completeAShortInterview(browser, server: server, prefix: "multi")

        try browser.element("header form[action='/signout'] button").click()
        try browser.waitForText("Sign in", in: "h1")
        try browser.open(server.url + "/questions/python.gil")
        try browser.waitForText("Sign in", in: "h1")
    }

    @Test("serve refuses a network address without accounts, and accounts without the sandbox")
    func refusals() throws {
        let open = try CommandRun.onsite(["serve", "--host", "0.0.0.0"], input: "")
        #expect(open.status != 0)
        #expect(open.standardError.contains("add --multi-user"))
        let unsafe = try CommandRun.onsite(["serve", "--multi-user", "--unsafe-local"], input: "")
        #expect(unsafe.status != 0)
        #expect(unsafe.standardError.contains("needs the sandbox"))
    }
}
