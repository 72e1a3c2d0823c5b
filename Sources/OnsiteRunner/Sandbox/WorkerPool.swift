public import Foundation

/// A pool of warm workers shared by every run of a process.
///
/// Runs wait for a free worker; each worker serves one run at a time, so `size` bounds how
/// many runs proceed in parallel.
public actor WorkerPool {
    public let configuration: SandboxConfiguration
    /// How many runs proceed in parallel.
    public nonisolated let size: Int
    private var idle: [Worker]
    private var waiting: [CheckedContinuation<Worker, Never>] = []

    /// Creates a pool of `size` workers; they start on first use, or with ``start()``.
    public init(configuration: SandboxConfiguration, size: Int) {
        self.configuration = configuration
        self.size = max(1, size)
        self.idle = (0..<max(1, size)).map { _ in Worker(configuration: configuration) }
    }

    /// Starts every worker, so that the first runs do not pay for it; fails if the sandbox cannot start.
    public func start() async throws(RunnerError) {
        let workers = idle
        let failure = await withTaskGroup(of: RunnerError?.self) { group in
            for worker in workers {
                group.addTask {
                    do throws(RunnerError) {
                        try await worker.start()
                        return nil
                    } catch {
                        return error
                    }
                }
            }
            var first: RunnerError?
            for await error in group where first == nil { first = error }
            return first
        }
        if let failure { throw failure }
    }

    /// Stops every idle worker.
    public func shutdown() async {
        for worker in idle { await worker.stop() }
    }

    func run(_ request: WorkerRequest) async throws(RunnerError) -> WorkerAnswer {
        let worker = await acquire()
        let result: Result<WorkerAnswer, RunnerError>
        do {
            result = .success(try await worker.run(request))
        } catch {
            result = .failure(error)
        }
        release(worker)
        return try result.get()
    }

    /// Runs `requests` one after another on the same worker, so that timings compare like with like.
    func runInOrder(_ requests: [WorkerRequest]) async throws(RunnerError) -> [WorkerAnswer] {
        let worker = await acquire()
        var answers: [WorkerAnswer] = []
        var failure: RunnerError?
        for request in requests {
            do {
                answers.append(try await worker.run(request))
            } catch {
                failure = error
                break
            }
        }
        release(worker)
        if let failure { throw failure }
        return answers
    }

    private func acquire() async -> Worker {
        if let worker = idle.popLast() { return worker }
        return await withCheckedContinuation { waiting.append($0) }
    }

    private func release(_ worker: Worker) {
        if waiting.isEmpty {
            idle.append(worker)
        } else {
            waiting.removeFirst().resume(returning: worker)
        }
    }
}
