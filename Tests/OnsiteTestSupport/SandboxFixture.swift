public import Foundation
public import OnsiteRunner

/// A worker pool over the checkout's `Python/` folder, shared by the runner tests.
public enum SandboxFixture {
    /// Limits small enough that hostile runs end quickly.
    public static let limits = RunLimits(
        wallSeconds: 3, cpuSeconds: 3, memoryBytes: 384 << 20, outputBytes: 256 << 10, fileBytes: 8 << 20,
        processes: 32, openFiles: 64)

    public static func configuration(isolation: SandboxConfiguration.Isolation = .bubblewrap) -> SandboxConfiguration {
        SandboxConfiguration(
            isolation: isolation, python: "/usr/bin/python3",
            workerFolder: Checkout.root.appendingPathComponent("Python"))
    }

    /// One pool for the whole test process.
    public static let pool = WorkerPool(configuration: configuration(), size: 2)
}
