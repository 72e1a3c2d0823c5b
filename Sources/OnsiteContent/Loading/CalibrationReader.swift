public import Foundation
public import OnsiteCore

/// Reads a folder of hand-graded answers (`<area>/<slug>.yaml`, see `docs/grading.md`),
/// checking each against the bank: the question exists, grades are 0–4, and every point and
/// pitfall id belongs to the question.
public struct CalibrationReader: Sendable {
    public init() {}

    public func read(_ folder: URL, bank: ContentBank) throws(ContentValidationError) -> [CalibrationAnswer] {
        let diagnostics = Diagnostics()
        var answers: [CalibrationAnswer] = []
        let files = Self.yamlFiles(in: folder)
        if files.isEmpty {
            diagnostics.report(folder.path, line: 0, field: nil, "no calibration files (*.yaml) in this folder")
        }
        for file in files {
            let path = file.path
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                diagnostics.report(path, line: 0, field: nil, "cannot read the file as UTF-8 text")
                continue
            }
            let source = YAMLSource(file: path, lineOffset: 0, diagnostics: diagnostics)
            guard let root = YAMLMapping.parse(text, source: source) else { continue }
            root.rejectUnknownKeys(allowed: ["question", "answers"])
            guard let id = root.itemID("question") else { continue }
            guard let question = bank.question(id) else {
                root.report("question", "no question `\(id)` in the bank")
                continue
            }
            let points = Set(question.points.map(\.id))
            let pitfalls = Set(question.pitfalls.map(\.id))
            for entry in root.mappings("answers") {
                entry.rejectUnknownKeys(allowed: ["label", "grade", "covered", "partial", "pitfalls", "text"])
                guard let label = entry.text("label"), let grade = entry.integer("grade", in: 0...4),
                    let text = entry.text("text")
                else { continue }
                let covered = entry.texts("covered", required: false, minimum: 0) ?? []
                let partial = entry.texts("partial", required: false, minimum: 0) ?? []
                let found = entry.texts("pitfalls", required: false, minimum: 0) ?? []
                for (field, ids) in [("covered", covered), ("partial", partial)] {
                    for point in ids where !points.contains(point) {
                        entry.report(field, "`\(point)` is not a point of \(id)")
                    }
                }
                for pitfall in found where !pitfalls.contains(pitfall) {
                    entry.report("pitfalls", "`\(pitfall)` is not a pitfall of \(id)")
                }
                answers.append(
                    CalibrationAnswer(
                        question: id, label: label, grade: grade, covered: covered, partial: partial,
                        pitfalls: found, text: text, source: "\(path):\(entry.line)"))
            }
        }
        guard diagnostics.issues.isEmpty else { throw ContentValidationError(issues: diagnostics.issues) }
        return answers
    }

    private static func yamlFiles(in folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "yaml" }
            .sorted { $0.path < $1.path }
    }
}
