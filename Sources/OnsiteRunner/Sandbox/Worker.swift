import Foundation
import Glibc

/// One warm Python worker: a fork server inside its own sandbox, serving one run at a time.
///
/// A worker that dies (a run killed it, or it hung past its deadline) is replaced on the next
/// run; the run it was serving is reported as crashed or timed out.
actor Worker {
    /// What the worker reported when it started.
    struct Hello: Decodable, Sendable {
        var ready: Bool
        var pytest: Bool
        var python: String
    }

    private let configuration: SandboxConfiguration
    private let queue = DispatchQueue(label: "onsite.worker")
    private var process: Process?
    private var channel: LineChannel?
    private var errors: Pipe?
    private(set) var hello: Hello?
    private var nextRun = 0

    init(configuration: SandboxConfiguration) {
        self.configuration = configuration
    }

    /// Starts the worker unless it is running; waits for its greeting.
    @discardableResult
    func start() async throws(RunnerError) -> Hello {
        if let hello, process?.isRunning == true { return hello }
        stop()
        let command = configuration.workerCommand(runningAsRoot: geteuid() == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        process.environment = command.environment
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw RunnerError(.sandboxUnavailable, "cannot start \(command.executable): \(error.localizedDescription)")
        }
        let channel = LineChannel(writingTo: input.fileHandleForWriting, readingFrom: output.fileHandleForReading)
        self.process = process
        self.channel = channel
        self.errors = errors
        let line = await readLine(channel, killing: process.processIdentifier, after: .seconds(15))
        guard let line, let hello = try? JSONDecoder().decode(Hello.self, from: line), hello.ready else {
            let reason = stopAndCollectErrors()
            throw RunnerError(.sandboxUnavailable, reason.isEmpty ? "the sandboxed Python did not start" : reason)
        }
        self.hello = hello
        return hello
    }

    /// Runs `request`, restarting the worker first if it died during an earlier run.
    func run(_ request: WorkerRequest) async throws(RunnerError) -> WorkerAnswer {
        try await start()
        guard let process, let channel else { throw RunnerError(.workerFailed, "the worker is not running") }
        var request = request
        nextRun += 1
        request.run = nextRun
        let body: Data
        do {
            body = try JSONEncoder().encode(request)
        } catch {
            throw RunnerError(.badInput, "cannot encode the run: \(error)")
        }
        let started = ContinuousClock.now
        // The worker enforces the run's own limits; this deadline only catches a worker that hangs.
        let grace = Duration.seconds(request.limits.wallSeconds) + .seconds(5)
        let line = await exchange(body, on: channel, killing: process.processIdentifier, after: grace)
        let elapsed = (ContinuousClock.now - started).milliseconds
        guard let line else {
            stop()
            return .workerDied(after: elapsed)
        }
        do {
            return try JSONDecoder().decode(WorkerAnswer.self, from: line)
        } catch {
            stop()
            throw RunnerError(.workerFailed, "the worker answered something unreadable: \(error)")
        }
    }

    /// Stops the worker; the sandbox and everything in it die with it.
    func stop() {
        if let process, process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process?.waitUntilExit()
        process = nil
        channel = nil
        hello = nil
    }

    private func stopAndCollectErrors() -> String {
        stop()
        let data = (try? errors?.fileHandleForReading.readToEnd()) ?? nil
        return String(decoding: data ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func readLine(_ channel: LineChannel, killing pid: pid_t, after limit: Duration) async -> Data? {
        await exchange(nil, on: channel, killing: pid, after: limit)
    }

    /// Writes `body` (if any) and reads one line on the worker's queue, killing the worker if
    /// nothing comes back within `limit`.
    private func exchange(
        _ body: Data?, on channel: LineChannel, killing pid: pid_t, after limit: Duration
    ) async
        -> Data?
    {
        let watchdog = Task {
            try await Task.sleep(for: limit)
            kill(pid, SIGKILL)
        }
        defer { watchdog.cancel() }
        return await withCheckedContinuation { continuation in
            queue.async {
                if let body, !channel.write(body) {
                    continuation.resume(returning: nil)
                    return
                }
                continuation.resume(returning: channel.readLine())
            }
        }
    }
}
