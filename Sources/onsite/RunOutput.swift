import Foundation
import OnsiteContent
import OnsiteCore

/// How `onsite run` prints a folder's report.
enum RunOutput {
    private struct Line: Encodable {
        struct Test: Encodable {
            var id: String
            var outcome: String
            var message: String?
        }

        var path: String
        var status: String
        var tests: [Test]
        var problem: String?
        var durationMs: Double
    }

    static func jsonLine(path: String, _ report: TestRunReport) -> String {
        let line = Line(
            path: path, status: report.status.rawValue,
            tests: report.tests.map { .init(id: $0.id, outcome: $0.outcome.rawValue, message: $0.message) },
            problem: report.problem, durationMs: (report.durationMs * 10).rounded() / 10)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(line)) ?? Data(), as: UTF8.self)
    }

    static func text(path: String, _ report: TestRunReport) -> String {
        let counts = report.counts
        let summary = [TestOutcome.passed, .failed, .error, .skipped].compactMap { outcome in
            counts[outcome].map { "\($0) \(outcome.rawValue)" }
        }.joined(separator: ", ")
        var lines = [
            "\(path): \(report.status.phrase)\(summary.isEmpty ? "" : " (\(summary))") in \(Int(report.durationMs)) ms"
        ]
        for test in report.tests where test.outcome == .failed || test.outcome == .error {
            let message = (test.message ?? "").split(separator: "\n").first.map(String.init) ?? ""
            lines.append("  \(test.outcome.rawValue.uppercased()) \(test.id)\(message.isEmpty ? "" : " - \(message)")")
        }
        if let problem = report.problem { lines.append("  \(problem)") }
        return lines.joined(separator: "\n")
    }
}

/// Finds the runner's support files.
enum RunnerSetup {
    static func workerFolder() -> URL? {
        if let explicit = ProcessInfo.processInfo.environment["ONSITE_PYTHON_SUPPORT"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        return ContentLocations.installed("Python", holding: "onsite_worker.py")
    }

    /// Where ruff may be installed beside onsite (scripts/setup puts it in `.tools/ruff`).
    static func toolFolders() -> [URL] {
        guard let python = workerFolder() else { return [] }
        return [python.deletingLastPathComponent().appendingPathComponent(".tools/ruff")]
    }
}
