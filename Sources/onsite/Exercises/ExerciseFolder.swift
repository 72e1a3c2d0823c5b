import Foundation
import OnsiteCore

/// A folder the candidate works in, as `onsite exercise start` lays it out:
/// the starter files, `README.md` with the statement, and `.onsite/` with what onsite keeps.
struct ExerciseFolder {
    /// What onsite remembers about the folder, in `.onsite/exercise.json`.
    struct Marker: Codable {
        var exercise: String
        var startedAt: Date
        var onsiteVersion: String
    }

    /// One submission's outcome, a line each in `.onsite/submissions.jsonl`.
    struct SubmissionRecord: Codable {
        var submittedAt: Date
        var passed: Bool
        var checks: [String: Bool]
    }

    static let reviewFile = "REVIEW.md"

    let root: URL
    var marker: Marker

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return encoder
    }

    /// Finds the exercise folder holding `start` (the folder itself or one above it).
    static func find(from start: URL) throws -> ExerciseFolder {
        var folder = start.standardizedFileURL
        while true {
            let markerFile = folder.appendingPathComponent(".onsite/exercise.json")
            if let data = FileManager.default.contents(atPath: markerFile.path) {
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .iso8601
                guard let marker = try? decoder.decode(Marker.self, from: data) else {
                    throw ExerciseFolderError(
                        "\(markerFile.path) is not readable; start the exercise again in a new folder")
                }
                return ExerciseFolder(root: folder, marker: marker)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path {
                throw ExerciseFolderError(
                    "\(start.path) is not an exercise folder; create one with `onsite exercise start ID [DIR]`")
            }
            folder = parent
        }
    }

    /// Lays out `exercise` in `root`, which must not exist or be empty.
    static func create(_ exercise: Exercise, at root: URL) throws -> ExerciseFolder {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: root.path), !existing.isEmpty {
            throw ExerciseFolderError("\(root.path) already exists and is not empty; choose another folder")
        }
        var files = Dictionary(exercise.starterFiles.map { ($0.path, $0.contents) }) { _, last in last }
        files["README.md"] = readme(for: exercise)
        if exercise.task == .review {
            files[reviewFile] =
                "# Review of \(exercise.title)\n\nWrite what you found here, one finding per paragraph.\n"
        }
        let marker = Marker(exercise: exercise.id.description, startedAt: Date(), onsiteVersion: Onsite.version)
        files[".onsite/exercise.json"] = String(decoding: try encoder.encode(marker), as: UTF8.self) + "\n"
        for (path, contents) in files {
            let target = root.appendingPathComponent(path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: target)
        }
        return ExerciseFolder(root: root, marker: marker)
    }

    /// Appends a submission's outcome to the folder's history.
    func record(_ report: SubmissionReport, at date: Date = Date()) throws {
        let record = SubmissionRecord(
            submittedAt: date, passed: report.passed,
            checks: Dictionary(report.checks.map { ($0.name, $0.passed) }) { first, _ in first })
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let line = try encoder.encode(record) + Data([0x0A])
        let file = root.appendingPathComponent(".onsite/submissions.jsonl")
        if let handle = try? FileHandle(forWritingTo: file) {
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: line)
        } else {
            try line.write(to: file)
        }
    }

    private static func readme(for exercise: Exercise) -> String {
        let how: String =
            switch exercise.task {
            case .review:
                "Read the code, then write your findings in `REVIEW.md`."
            case .writeTests:
                "Write your tests in the test file; `onsite exercise check` runs them on the code as it is."
            case .fix, .refactor, .optimise, .flaky:
                "Change the code, not the tests: submissions are graded with the test files as given."
            case .implement:
                "Write the code; the visible tests are a start, hidden cases check more."
            }
        var text = "# \(exercise.title)\n\n`\(exercise.id)` · \(exercise.task.rawValue) · \(exercise.level.rawValue)"
        text +=
            " · about \(exercise.minutes) minutes\n\n\(exercise.statement.trimmingCharacters(in: .whitespacesAndNewlines))\n"
        if let hints = exercise.hints {
            text += "\n## Hints\n\n\(hints.trimmingCharacters(in: .whitespacesAndNewlines))\n"
        }
        text += "\n## Working on it\n\n\(how)\n\n- `onsite exercise check` runs the visible tests.\n"
        text +=
            "- `onsite exercise submit` grades the folder: visible tests, hidden cases and what the task asks for.\n"
        return text
    }
}

/// A problem with an exercise folder, said in one sentence.
struct ExerciseFolderError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
