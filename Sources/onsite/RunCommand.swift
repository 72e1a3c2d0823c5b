import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteRunner

/// `onsite run PATH...`: run the tests of folders in the sandbox.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the tests of each folder in the sandbox, as `python3 -m pytest` would.",
        discussion: """
            Each folder's files are copied into a fresh sandbox (no network, no access to your files) \
            and its tests are collected and run by pytest. Several folders share one pool of warm \
            workers. Exits 0 when every test of every folder passes, 1 when any does not, and 2 on a \
            usage or infrastructure error.

            Examples:
              onsite run ./kata
              onsite run exercises/* --json --jobs 2 --timeout 5
            """)

    @Argument(help: ArgumentHelp("Folders holding Python modules and test files.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Print one JSON object per folder per line, in the order given.")
    var json = false

    @Flag(
        help: """
            Run each folder in a fresh interpreter (nothing preloaded) instead of a warm fork: slower,             but exactly what `python3 -m pytest` sees, for predict-the-output runs.
            """)
    var fresh = false

    @Option(
        help: ArgumentHelp("PYTHONHASHSEED of a fresh run (implies --fresh; default 0).", valueName: "n"))
    var hashSeed: Int?

    @OptionGroup var sandbox: SandboxOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one folder to run") }
        if let hashSeed, !(0...4_294_967_295).contains(hashSeed) {
            throw ValidationError("--hash-seed must be between 0 and 4294967295, as PYTHONHASHSEED")
        }
    }

    func run() async throws {
        _ = global.makeLogger()
        let workspaces: [Workspace]
        do {
            workspaces = try paths.map { path throws(RunnerError) in try Workspace(reading: URL(fileURLWithPath: path))
            }
        } catch {
            printError("onsite run: \(error.message)")
            throw ExitCode(2)
        }
        let pool = try await sandbox.startPool()
        let runner = TestRunner(pool: pool, limits: sandbox.limits)
        let conditions =
            fresh || hashSeed != nil
            ? RunConditions(interpreter: .fresh(hashSeed: hashSeed ?? 0)) : RunConditions()
        var allPassed = true
        do {
            try await withThrowingTaskGroup(of: (Int, TestRunReport).self) { group in
                for (index, workspace) in workspaces.enumerated() {
                    group.addTask { (index, try await runner.runTests(in: workspace, conditions: conditions)) }
                }
                var finished: [Int: TestRunReport] = [:]
                var next = 0
                for try await (index, report) in group {
                    finished[index] = report
                    while let ready = finished.removeValue(forKey: next) {
                        allPassed = allPassed && ready.status == .passed
                        print(
                            json
                                ? RunOutput.jsonLine(path: paths[next], ready)
                                : RunOutput.text(path: paths[next], ready))
                        next += 1
                    }
                }
            }
        } catch let error as RunnerError {
            printError("onsite run: \(error.message)")
            await pool.shutdown()
            throw ExitCode(2)
        }
        await pool.shutdown()
        if !allPassed { throw ExitCode.failure }
    }
}

/// The sandbox options shared by the commands that run code.
struct SandboxOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Workers run in parallel (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Wall-clock limit of each run, in seconds.", valueName: "seconds"))
    var timeout: Double = 10

    @Option(help: ArgumentHelp("Memory limit of each run, in megabytes.", valueName: "mb"))
    var memory: Int = 512

    @Flag(
        name: .customLong("unsafe-local"),
        help: "Run code without the sandbox, with resource limits only. Only for code you trust.")
    var unsafeLocal = false

    func validate() throws {
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be between 0 and 600 seconds") }
        guard memory >= 32, memory <= 16384 else { throw ValidationError("--memory must be between 32 and 16384 MB") }
        if let jobs, !(1...64).contains(jobs) { throw ValidationError("--jobs must be between 1 and 64") }
    }

    var limits: RunLimits {
        RunLimits(wallSeconds: timeout, cpuSeconds: Int(timeout.rounded(.up)), memoryBytes: memory << 20)
    }

    /// Starts a pool, or exits 2 with the reason the sandbox cannot run here.
    func startPool() async throws -> WorkerPool {
        guard let folder = RunnerSetup.workerFolder() else {
            printError("onsite: cannot find the Python/ folder of onsite; set ONSITE_PYTHON_SUPPORT to it")
            throw ExitCode(2)
        }
        let environment = ProcessInfo.processInfo.environment
        let configuration = SandboxConfiguration(
            isolation: unsafeLocal ? .unsafeLocal : .bubblewrap,
            python: environment["ONSITE_PYTHON"] ?? "/usr/bin/python3", workerFolder: folder)
        let size = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let pool = WorkerPool(configuration: configuration, size: size)
        do {
            try await pool.start()
        } catch {
            printError(
                """
                onsite: the sandbox cannot start on this machine: \(error.message)
                onsite runs untrusted code only inside bubblewrap (Debian package `bubblewrap`, with
                unprivileged user namespaces enabled). Install it with scripts/setup, or pass
                --unsafe-local to run the code with resource limits only, if you trust it.
                """)
            throw ExitCode(2)
        }
        return pool
    }
}
