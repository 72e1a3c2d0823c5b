import Foundation
import OnsiteCore
import Yams

/// Reads an exercise's `hidden.yaml`: cases, and the benchmark, repeat count or mutants its task needs.
struct HiddenSuiteReader {
    let folder: URL
    let files: ContentFiles

    enum Outcome {
        /// Read (`nil` when the exercise has no hidden.yaml and needs none).
        case read(HiddenSuite?)
        /// Broken; the problems are reported.
        case broken
    }

    func read(source: YAMLSource, task: Exercise.Task?) -> Outcome {
        let url = folder.appendingPathComponent("hidden.yaml")
        let needed = task != nil && task != .review
        guard files.exists(url) else {
            if needed {
                source.report(
                    line: 0, field: nil,
                    "missing hidden.yaml next to exercise.md; a \(task!.rawValue) task is graded by it")
                return .broken
            }
            return .read(nil)
        }
        let hiddenSource = YAMLSource(file: files.display(url), lineOffset: 0, diagnostics: source.diagnostics)
        guard let text = files.text(at: url, diagnostics: source.diagnostics),
            let root = YAMLMapping.parse(text, source: hiddenSource)
        else { return .broken }
        root.rejectUnknownKeys(allowed: ["module", "setup", "cases", "benchmark", "repeat", "mutants"])
        let before = source.diagnostics.issues.count
        let needsCases = task != .writeTests
        let module = root.text("module", required: needsCases)
        if let module, !Self.isModuleName(module) {
            root.report("module", "expected a Python module name such as log_stats; found \"\(module)\"")
        }
        let setup = root.text("setup", required: false) ?? ""
        let cases = readCases(root, required: needsCases)
        let benchmark = readBenchmark(root, required: task == .optimise)
        let repeatCount = root.integer("repeat", in: 5...200, required: task == .flaky)
        let mutants = readMutants(root, required: task == .writeTests)
        guard source.diagnostics.issues.count == before else { return .broken }
        return .read(
            HiddenSuite(
                module: module, setup: setup, cases: cases, benchmark: benchmark, repeat: repeatCount, mutants: mutants)
        )
    }

    private static func isModuleName(_ name: String) -> Bool {
        name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            part.first.map { !$0.isNumber } == true && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
    }

    private func readCases(_ root: YAMLMapping, required: Bool) -> [HiddenCase] {
        var cases: [HiddenCase] = []
        for entry in root.mappings("cases", required: required, minimum: required ? 1 : 0) {
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
        return cases
    }

    private func readBenchmark(_ root: YAMLMapping, required: Bool) -> Benchmark? {
        guard let node = root.value("benchmark") else {
            if required {
                root.report("benchmark", "missing: an optimise task needs a benchmark (setup, call, speedup)")
            }
            return nil
        }
        guard case .mapping(let mapping) = node else {
            root.report("benchmark", "expected a mapping with setup, call and speedup, found \(node.kindDescription)")
            return nil
        }
        let entry = YAMLMapping(mapping: mapping, path: "benchmark", source: root.source, line: root.line(of: node))
        entry.rejectUnknownKeys(allowed: ["setup", "call", "speedup"])
        let setup = entry.text("setup", required: false) ?? ""
        let call = entry.text("call")
        let speedup = entry.text("speedup").flatMap { text -> Double? in
            guard let value = Double(text), value > 1 else {
                entry.report("speedup", "expected a number greater than 1, found \"\(text)\"")
                return nil
            }
            return value
        }
        guard let call, let speedup else { return nil }
        return Benchmark(setup: setup, call: call, speedup: speedup)
    }

    private func readMutants(_ root: YAMLMapping, required: Bool) -> [Mutant] {
        let reader = ExerciseReader(folder: folder, files: files)
        var mutants: [Mutant] = []
        for entry in root.mappings("mutants", required: required, minimum: required ? 2 : 0) {
            entry.rejectUnknownKeys(allowed: ["name", "says"])
            guard let name = entry.slug("name"), let says = entry.text("says") else { continue }
            guard let files = reader.readTree("mutants/\(name)", source: root.source) else { continue }
            mutants.append(Mutant(name: name, description: says, files: files))
        }
        return mutants
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
