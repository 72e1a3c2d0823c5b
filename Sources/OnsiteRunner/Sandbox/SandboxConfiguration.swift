public import Foundation

/// Resource limits applied to every run.
public struct RunLimits: Hashable, Sendable, Codable {
    /// Wall-clock time before the run is killed.
    public var wallSeconds: Double
    /// CPU time (RLIMIT_CPU).
    public var cpuSeconds: Int
    /// Address space (RLIMIT_AS).
    public var memoryBytes: Int
    /// Standard output and standard error, each.
    public var outputBytes: Int
    /// The largest file a run may write (RLIMIT_FSIZE).
    public var fileBytes: Int
    /// Processes and threads (RLIMIT_NPROC).
    public var processes: Int
    /// Open file descriptors (RLIMIT_NOFILE).
    public var openFiles: Int

    public init(
        wallSeconds: Double = 10, cpuSeconds: Int = 10, memoryBytes: Int = 512 << 20, outputBytes: Int = 1 << 20,
        fileBytes: Int = 16 << 20, processes: Int = 64, openFiles: Int = 128
    ) {
        self.wallSeconds = wallSeconds
        self.cpuSeconds = cpuSeconds
        self.memoryBytes = memoryBytes
        self.outputBytes = outputBytes
        self.fileBytes = fileBytes
        self.processes = processes
        self.openFiles = openFiles
    }
}

/// How and where untrusted Python runs.
public struct SandboxConfiguration: Sendable {
    /// How runs are isolated from the machine.
    public enum Isolation: Sendable, Equatable {
        /// bubblewrap: no network, a read-only view of Python only, a private /tmp, an unprivileged user.
        case bubblewrap
        /// No isolation beyond resource limits; only with the user's explicit consent.
        case unsafeLocal
    }

    public var isolation: Isolation
    /// The interpreter, by absolute path; it must be readable by an unprivileged user.
    public var python: String
    /// The folder holding `onsite_worker.py`.
    public var workerFolder: URL
    /// The bubblewrap executable.
    public var bubblewrap: String
    /// The size of the sandbox's private /tmp, in bytes.
    public var scratchBytes: Int

    public init(
        isolation: Isolation = .bubblewrap, python: String = "/usr/bin/python3", workerFolder: URL,
        bubblewrap: String = "/usr/bin/bwrap", scratchBytes: Int = 64 << 20
    ) {
        self.isolation = isolation
        self.python = python
        self.workerFolder = workerFolder
        self.bubblewrap = bubblewrap
        self.scratchBytes = scratchBytes
    }

    /// The executable and arguments that start one worker.
    func workerCommand(runningAsRoot: Bool) -> (executable: String, arguments: [String], environment: [String: String])
    {
        let interpreterArguments = ["-s", "-P", "-X", "frozen_modules=on"]
        // glibc reserves 64 MB of address space for each thread's malloc arena; under the
        // RLIMIT_AS cap that left room for about ten threads. Two arenas keep threads cheap.
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": "/tmp", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1",
            "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8", "MALLOC_ARENA_MAX": "2",
        ]
        switch isolation {
        case .unsafeLocal:
            let script = workerFolder.appendingPathComponent("onsite_worker.py").path
            return (python, interpreterArguments + [script, "--local"], environment)
        case .bubblewrap:
            var arguments = [
                "--unshare-all", "--unshare-user", "--disable-userns", "--new-session",
                "--as-pid-1", "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64",
                "/lib64", "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin",
            ]
            let prefix = URL(fileURLWithPath: python).deletingLastPathComponent().deletingLastPathComponent().path
            if !python.hasPrefix("/usr/") { arguments += ["--ro-bind", prefix, prefix] }
            arguments += [
                "--ro-bind", workerFolder.path, "/opt/onsite", "--proc", "/proc", "--dev", "/dev",
                "--size", String(scratchBytes), "--tmpfs", "/tmp", "--chdir", "/tmp", "--clearenv",
            ]
            for (key, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["--setenv", key, value] }
            arguments += [python] + interpreterArguments + ["/opt/onsite/onsite_worker.py"]
            if runningAsRoot {
                // bubblewrap run as root could read any file bound into it and escapes RLIMIT_NPROC:
                // drop to nobody first.
                let drop = ["--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all", bubblewrap]
                return ("/usr/bin/setpriv", drop + arguments, [:])
            }
            return (bubblewrap, arguments, [:])
        }
    }
}
