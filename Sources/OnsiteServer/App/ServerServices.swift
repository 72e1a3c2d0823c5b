public import Foundation
import NIOPosix
public import OnsiteCore
public import OnsiteRunner
public import OnsiteStore
import Synchronization

/// What the web app works with: the content, the grader, the database, the search index, the
/// runner, and the clock. Built once at start and shared by every request.
public struct ServerServices: Sendable {
    public let bank: ContentBank
    public let grader: RubricGrader
    /// The database as the local user; each request works on ``store(for:)``.
    public let store: SQLiteStore
    public let search: QuestionSearch
    /// Runs exercise submissions; `nil` when the server runs without the sandbox.
    public let runner: ExerciseRunner?
    public let now: @Sendable () -> Date
    let throttle: LoginThrottle

    public init(
        bank: ContentBank, store: SQLiteStore, runner: ExerciseRunner?, now: @escaping @Sendable () -> Date = Date.init
    ) throws(StoreError) {
        self.bank = bank
        self.grader = RubricGrader(weightsFrom: bank.rubrics)
        self.store = store
        self.search = try QuestionSearch(questions: bank.questions)
        self.runner = runner
        self.now = now
        self.throttle = LoginThrottle()
    }

    /// Question prompts and model answers as HTML, rendered on first use.
    let markdown = RenderedMarkdown()

    /// The database as seen by one visitor: only their rows.
    func store(for visitor: Visitor) -> SQLiteStore { store.owned(by: visitor.userID) }

    /// Runs work that takes milliseconds of CPU (grading an answer, and storing it) on NIO's
    /// thread pool instead of the few threads that serve every request.
    ///
    /// Work done in a handler holds one of those threads until it ends, and the connection
    /// whose request is running there keeps the thread for its next request too, so under load
    /// some clients were served again and again while others waited over a second. The thread
    /// pool takes work in order, and requests that need no grading go on being served meanwhile.
    func offload<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(work)
    }

    /// The question a route's `:id` names, or a 404 naming it.
    func question(in context: AppRequestContext) throws -> Question {
        let raw = context.parameters.get("id") ?? ""
        guard let id = ItemID(raw), let question = bank.question(id) else {
            throw AppError.notFound("the question '\(raw)'")
        }
        return question
    }
}

/// Markdown rendered once per text and kept: the bank does not change while the server runs,
/// so a page never renders the same prompt twice.
final class RenderedMarkdown: Sendable {
    private let cache = Mutex<[String: String]>([:])

    /// The HTML of `source`, keyed by `key` (a question id and which of its texts).
    func html(_ source: String, key: String) -> String {
        if let html = cache.withLock({ $0[key] }) { return html }
        let html = Markdown.html(source)
        cache.withLock { $0[key] = html }
        return html
    }
}

/// Runs submitted code for the web app: the pool of warm sandboxed workers and its limits.
public struct ExerciseRunner: Sendable {
    public let pool: WorkerPool
    public let limits: RunLimits
    public let linter: RuffLinter?

    public init(pool: WorkerPool, limits: RunLimits, linter: RuffLinter?) {
        self.pool = pool
        self.limits = limits
        self.linter = linter
    }
}
