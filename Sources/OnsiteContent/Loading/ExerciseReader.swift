import Foundation
import OnsiteCore
import Yams

/// Reads an exercise folder: `exercise.md`, `starter/`, `solution/` and `hidden.yaml`.
struct ExerciseReader {
    let folder: URL
    let files: ContentFiles

    func read(_ front: YAMLMapping, _ document: MarkdownDocument) -> Exercise? {
        front.rejectUnknownKeys(allowed: [
            "id", "kind", "task", "title", "area", "subtopics", "level", "minutes", "tags",
        ])
        let header = ItemHeader.read(front)
        let task = front.choice("task", Exercise.Task.self)
        let minutes = front.integer("minutes", in: 1...120)
        let sections = document.sections(required: ["Statement"], optional: ["Hints"], source: front.source)
        let source = front.source
        let starter = readTree("starter", source: source)
        let solution = readTree("solution", source: source)
        if let starter, let solution {
            let starterPaths = Set(starter.map(\.path))
            for file in solution where file.isTestFile && !starterPaths.contains(file.path) {
                source.report(
                    line: 0, field: nil,
                    "solution/\(file.path) is a test file that is not in starter/; the solution may only change or add code, tests belong in starter/"
                )
            }
        }
        let hidden = readHidden(source: source)
        guard let header, let task, let minutes, let statement = sections["Statement"], let starter, let solution
        else { return nil }
        let suite: HiddenSuite?
        switch hidden {
        case .absent: suite = nil
        case .broken: return nil
        case .present(let read): suite = read
        }
        return Exercise(
            id: header.id, title: header.title, area: header.area, subtopics: header.subtopics,
            level: header.level, task: task, minutes: minutes, tags: header.tags, statement: statement.text,
            hints: sections["Hints"]?.text, starterFiles: starter, solutionFiles: solution,
            hidden: suite)
    }

    /// The text files under `folder/name`, by path relative to it.
    private func readTree(_ name: String, source: YAMLSource) -> [ExerciseFile]? {
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

    private enum HiddenRead {
        case absent
        case broken
        case present(HiddenSuite)
    }

    private func readHidden(source: YAMLSource) -> HiddenRead {
        let url = folder.appendingPathComponent("hidden.yaml")
        guard files.exists(url) else { return .absent }
        let hiddenSource = YAMLSource(file: files.display(url), lineOffset: 0, diagnostics: source.diagnostics)
        guard let text = files.text(at: url, diagnostics: source.diagnostics),
            let root = YAMLMapping.parse(text, source: hiddenSource)
        else { return .broken }
        root.rejectUnknownKeys(allowed: ["module", "setup", "cases"])
        let module = root.text("module")
        if let module,
            !module.split(separator: ".").allSatisfy({
                $0.first?.isNumber == false && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            })
        {
            root.report("module", "expected a Python module name such as log_stats; found \"\(module)\"")
        }
        let setup = root.text("setup", required: false) ?? ""
        var cases: [HiddenCase] = []
        for entry in root.mappings("cases") {
            entry.rejectUnknownKeys(allowed: ["name", "call", "expect", "raises"])
            let name = entry.text("name")
            let call = entry.text("call")
            let expectation: HiddenCase.Expectation?
            switch (entry.value("expect"), entry.text("raises", required: false)) {
            case (.some(let node), nil): expectation = .returns(JSONValue(yaml: node))
            case (nil, .some(let type)): expectation = .raises(type)
            case (.some, .some):
                entry.report("raises", "a case has either `expect` or `raises`, not both")
                expectation = nil
            case (nil, nil):
                entry.report(
                    "expect", "missing: a case needs `expect` (the value returned) or `raises` (an exception type)")
                expectation = nil
            }
            guard let name, let call, let expectation else { continue }
            cases.append(HiddenCase(name: name, call: call, expectation: expectation))
        }
        guard let module, !cases.isEmpty else { return .broken }
        return .present(HiddenSuite(module: module, setup: setup, cases: cases))
    }
}

extension JSONValue {
    /// Converts a YAML value: plain scalars resolve to null, booleans and numbers; quoted ones stay text.
    init(yaml node: Node) {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            guard scalar.style == .plain else {
                self = .string(text)
                return
            }
            if node.isNull {
                self = .null
            } else if text == "true" || text == "True" {
                self = .bool(true)
            } else if text == "false" || text == "False" {
                self = .bool(false)
            } else if let number = Int(text) {
                self = .int(number)
            } else if let number = Double(text), text.contains(where: \.isNumber) {
                self = .double(number)
            } else {
                self = .string(text)
            }
        case .sequence(let sequence):
            self = .array(sequence.map(JSONValue.init(yaml:)))
        case .mapping(let mapping):
            var object: [String: JSONValue] = [:]
            for (key, value) in mapping { object[key.string ?? "\(key)"] = JSONValue(yaml: value) }
            self = .object(object)
        case .alias:
            self = .null
        }
    }
}
