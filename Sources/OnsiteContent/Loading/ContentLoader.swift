public import Foundation
public import OnsiteCore
import Yams

/// The result of loading: the validated bank and where each item was defined.
public struct LoadedContent: Sendable {
    public var bank: ContentBank
    /// The file and line of each item's front matter.
    public var sources: [ItemID: SourceLocation]
}

/// Loads content folders into one validated ``ContentBank``.
///
/// Every file is read and checked in one pass; if anything is wrong the loader throws a
/// ``ContentValidationError`` listing every problem with its file, line and field, so a broken
/// file is never skipped silently. Folders are merged in order; an id defined twice, in one
/// folder or across folders, is an error naming both places.
public struct ContentLoader: Sendable {
    public init() {}

    /// Loads and validates `folders`, typically the bundled content followed by the user's packs.
    public func load(_ folders: [URL]) throws(ContentValidationError) -> LoadedContent {
        var pass = LoadingPass()
        for folder in folders { pass.read(folder: folder) }
        return try pass.finish()
    }
}

/// The state of one loading pass.
private struct LoadingPass {
    let files = ContentFiles()
    let diagnostics = Diagnostics()
    var areas: [(Area, SourceLocation)] = []
    var questions: [Question] = []
    var snippets: [Snippet] = []
    var exercises: [Exercise] = []
    var outlines: [(PlanOutline, SourceLocation)] = []
    var skills: [JobSkill] = []
    var sources: [ItemID: SourceLocation] = [:]
    /// Areas referred to, checked once every folder has defined its areas.
    var areaReferences: [(area: String, location: SourceLocation, field: String)] = []

    mutating func read(folder: URL) {
        guard files.isDirectory(folder) else {
            diagnostics.report(
                files.display(folder), line: 0, field: nil, "content folder does not exist or is not a folder")
            return
        }
        let all = files.regularFiles(under: folder)
        let exerciseFolders = all.filter { $0.lastPathComponent == "exercise.md" }.map {
            $0.deletingLastPathComponent().path + "/"
        }
        for url in all {
            let name = url.lastPathComponent
            if name == "exercise.md" {
                readMarkdown(url, exerciseFolder: url.deletingLastPathComponent())
                continue
            }
            if exerciseFolders.contains(where: { url.path.hasPrefix($0) }) { continue }
            switch url.pathExtension {
            case "md" where name != "README.md": readMarkdown(url, exerciseFolder: nil)
            case "yaml", "yml": readCatalogue(url)
            default: continue
            }
        }
    }

    private mutating func readMarkdown(_ url: URL, exerciseFolder: URL?) {
        let file = files.display(url)
        guard let text = files.text(at: url, diagnostics: diagnostics),
            let document = MarkdownDocument(text, file: file, diagnostics: diagnostics)
        else { return }
        let source = YAMLSource(file: file, lineOffset: document.frontMatterLine - 1, diagnostics: diagnostics)
        guard let front = YAMLMapping.parse(document.frontMatter, source: source),
            let kind = front.choice("kind", ContentKind.self)
        else { return }
        let location = SourceLocation(file: file, line: front.value("id").map(front.line(of:)) ?? front.line)
        if let areaNode = front.value("area"), case .scalar(let area) = areaNode, !areaNode.isNull {
            // Checked once every folder has defined its areas, even if the rest of the item is broken.
            areaReferences.append((area.string, SourceLocation(file: file, line: front.line(of: areaNode)), "area"))
        }
        switch kind {
        case .question, .design, .behaviour:
            guard let question = QuestionReader.read(front, document, kind: kind) else { return }
            if register(question.id, at: location) { questions.append(question) }
        case .snippet:
            guard let snippet = SnippetReader.read(front, document) else { return }
            if register(snippet.id, at: location) { snippets.append(snippet) }
        case .exercise:
            guard let exerciseFolder else {
                front.report(
                    "kind",
                    "an exercise must be a file named exercise.md in a folder of its own, with starter/ and solution/ beside it"
                )
                return
            }
            let reader = ExerciseReader(folder: exerciseFolder, files: files)
            guard let exercise = reader.read(front, document) else { return }
            if register(exercise.id, at: location) { exercises.append(exercise) }
        case .areas, .plan, .skills:
            front.report("kind", "\"\(kind.rawValue)\" content is written as a .yaml file, not Markdown")
        }
        if exerciseFolder != nil && kind != .exercise {
            front.report("kind", "a file named exercise.md must have kind \"exercise\"")
        }
    }

    private mutating func readCatalogue(_ url: URL) {
        let file = files.display(url)
        let source = YAMLSource(file: file, lineOffset: 0, diagnostics: diagnostics)
        guard let text = files.text(at: url, diagnostics: diagnostics),
            let root = YAMLMapping.parse(text, source: source),
            let kind = root.choice("kind", ContentKind.self)
        else { return }
        switch kind {
        case .areas:
            for area in CatalogueReader.areas(root) {
                let location = SourceLocation(file: file, line: root.line)
                if let (_, first) = areas.first(where: { $0.0.id == area.id }) {
                    diagnostics.report(
                        file, line: location.line, field: "areas", "area \"\(area.id)\" is already defined in \(first)")
                } else {
                    areas.append((area, location))
                }
            }
        case .plan:
            guard let (outline, areaLines) = CatalogueReader.outline(root) else { return }
            let location = SourceLocation(file: file, line: root.line)
            if let first = outlines.first {
                diagnostics.report(
                    file, line: location.line, field: nil,
                    "a plan outline is already defined in \(first.1); at most one may be loaded")
            }
            outlines.append((outline, location))
            for (area, line) in areaLines {
                areaReferences.append((area, SourceLocation(file: file, line: line), "weeks.areas"))
            }
        case .skills:
            for (skill, line) in CatalogueReader.skills(root) {
                skills.append(skill)
                for area in skill.areas {
                    areaReferences.append((area, SourceLocation(file: file, line: line), "skills.\(skill.id).areas"))
                }
            }
        default:
            root.report(
                "kind",
                "a .yaml content file holds areas, plan or skills; \"\(kind.rawValue)\" content is written as Markdown")
        }
    }

    /// Records where `id` is defined; returns false, after reporting, when it is already taken.
    private mutating func register(_ id: ItemID, at location: SourceLocation) -> Bool {
        if let first = sources[id] {
            diagnostics.report(
                location.file, line: location.line, field: "id", "id \"\(id)\" is already defined in \(first)")
            return false
        }
        sources[id] = location
        return true
    }

    func finish() throws(ContentValidationError) -> LoadedContent {
        let known = Set(areas.map(\.0.id))
        let list = areas.map(\.0.id).joined(separator: ", ")
        for reference in areaReferences where !known.contains(reference.area) {
            let expected = known.isEmpty ? "no areas are defined: add an areas.yaml" : "expected one of: \(list)"
            diagnostics.report(
                reference.location.file, line: reference.location.line, field: reference.field,
                "unknown area \"\(reference.area)\"; \(expected)")
        }
        guard diagnostics.issues.isEmpty else { throw ContentValidationError(issues: diagnostics.issues) }
        let bank = ContentBank(
            areas: areas.map(\.0), questions: questions, snippets: snippets, exercises: exercises,
            outline: outlines.first?.0, skills: skills)
        return LoadedContent(bank: bank, sources: sources)
    }
}
