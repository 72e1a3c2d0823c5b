import Foundation
import OnsiteCore

/// Reads an exercise folder: `exercise.md`, `starter/`, `solution/` and `hidden.yaml`.
struct ExerciseReader {
    let folder: URL
    let files: ContentFiles

    func read(_ front: YAMLMapping, _ document: MarkdownDocument) -> Exercise? {
        let isReview = front.text("task", required: false) == Exercise.Task.review.rawValue
        let rubricKeys = isReview ? ["points", "pitfalls", "follow_ups"] : []
        front.rejectUnknownKeys(
            allowed: ["id", "kind", "task", "title", "area", "subtopics", "level", "minutes", "tags"] + rubricKeys)
        let header = ItemHeader.read(front)
        let task = front.choice("task", Exercise.Task.self)
        let minutes = front.integer("minutes", in: 1...120)
        let sections = document.sections(
            required: isReview ? ["Statement", "Model answer"] : ["Statement"], optional: ["Hints"],
            source: front.source)
        let source = front.source
        let starter = readTree("starter", source: source)
        let solution = isReview ? [] : readTree("solution", source: source)
        if let starter, let solution {
            let starterPaths = Set(starter.map(\.path))
            for file in solution where file.isTestFile && !starterPaths.contains(file.path) && task != .writeTests {
                source.report(
                    line: 0, field: nil,
                    "solution/\(file.path) is a test file that is not in starter/; the solution may only change or add code, tests belong in starter/"
                )
            }
        }
        var rubric: ReviewRubric?
        if isReview {
            let points = QuestionReader.readPoints(front, kind: .exercise)
            let pitfalls = QuestionReader.readPitfalls(front, key: "pitfalls")
            let followUps = QuestionReader.readFollowUps(front, pointIDs: Set(points.map(\.id)))
            if let answer = sections["Model answer"], !points.isEmpty {
                rubric = ReviewRubric(
                    points: points, pitfalls: pitfalls, followUps: followUps, modelAnswer: answer.text)
            }
        }
        let hidden = HiddenSuiteReader(folder: folder, files: files).read(source: source, task: task)
        guard let header, let task, let minutes, let statement = sections["Statement"], let starter, let solution,
            !isReview || rubric != nil
        else { return nil }
        guard case .read(let suite) = hidden else { return nil }
        return Exercise(
            id: header.id, title: header.title, area: header.area, subtopics: header.subtopics,
            level: header.level, task: task, minutes: minutes, tags: header.tags, statement: statement.text,
            hints: sections["Hints"]?.text, starterFiles: starter, solutionFiles: solution,
            hidden: suite, rubric: rubric)
    }

    /// The text files under `folder/name`, by path relative to it.
    func readTree(_ name: String, source: YAMLSource) -> [ExerciseFile]? {
        let root = folder.appendingPathComponent(name)
        guard files.isDirectory(root) else {
            source.report(line: 0, field: nil, "missing folder \(name)/ next to exercise.md")
            return nil
        }
        var result: [ExerciseFile] = []
        for url in files.regularFiles(under: root) {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            guard !relative.hasSuffix(".pyc") else { continue }
            guard let text = files.text(at: url, diagnostics: source.diagnostics) else { continue }
            result.append(ExerciseFile(path: relative, contents: text))
        }
        if result.isEmpty {
            source.report(line: 0, field: nil, "folder \(name)/ holds no files; expected at least one")
            return nil
        }
        return result
    }
}
