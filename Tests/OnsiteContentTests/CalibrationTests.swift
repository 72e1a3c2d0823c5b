import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// One folder of hand-graded answers, read against the bundled bank and graded by the embedded grader.
struct CalibrationSet: Sendable {
    var answers: [CalibrationAnswer]
    var judgements: [Judgement]

    var agreement: Agreement {
        Agreement(expected: answers.map(\.grade), predicted: judgements.map(\.grade))
    }

    /// The mean grader score of the answers with this label, per question.
    func meanScores(of label: String) -> [ItemID: Double] {
        let scored = zip(answers, judgements).filter { $0.0.label == label }
        return Dictionary(grouping: scored) { $0.0.question }.mapValues { members in
            members.reduce(0) { $0 + $1.1.score } / Double(members.count)
        }
    }
}

/// The hand-graded answers in `Calibration/` parse against the bundled bank, and the grader keeps
/// agreeing with the people who graded them.
@Suite("Calibration sets")
struct CalibrationTests {
    static let folders = ["answers", "holdout"]

    /// The kinds of answer a calibration set is made of.
    static let labels: Set = [
        "excellent", "paraphrased", "good", "partial", "wrong", "keywords", "confident-wrong", "unsure", "off-topic",
        "negated",
    ]

    static let bank = Result { try ContentLoader().load([Checkout.content]).bank }

    static let sets: [String: Result<CalibrationSet, any Error>] = {
        var sets: [String: Result<CalibrationSet, any Error>] = [:]
        for name in folders {
            sets[name] = Result {
                let bank = try bank.get()
                let answers = try CalibrationReader().read(folder(name), bank: bank)
                let grader = RubricGrader(weightsFrom: bank.rubrics)
                // The reader has checked that every answer's question is in the bank.
                let judgements = answers.map { grader.grade($0.text, against: bank.rubric($0.question)!) }
                return CalibrationSet(answers: answers, judgements: judgements)
            }
        }
        return sets
    }()

    static func folder(_ name: String) -> URL {
        Checkout.root.appendingPathComponent("Calibration").appendingPathComponent(name)
    }

    func set(_ name: String) throws -> CalibrationSet {
        try #require(Self.sets[name]).get()
    }

    @Test("every file of the folder parses against the bundled bank", arguments: folders)
    func parses(_ name: String) throws {
        let answers = try set(name).answers
        let files = try FileManager.default.subpathsOfDirectory(atPath: Self.folder(name).path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(!files.isEmpty)
        for file in files {
            #expect(answers.contains { $0.source.contains("/\(name)/\(file):") }, "\(file) gave no answers")
        }
        #expect(answers.allSatisfy { (0...4).contains($0.grade) && Self.labels.contains($0.label) })
    }

    @Test("the answers set holds at least 100 answers of all ten kinds")
    func answersSetSize() throws {
        let answers = try set("answers").answers
        #expect(answers.count >= 100)
        #expect(Set(answers.map(\.label)) == Self.labels)
    }

    @Test(
        "the grader agrees with the people who graded each folder: Spearman and QWK ≥ 0.7, within one grade ≥ 80%",
        arguments: folders)
    func agreement(_ name: String) throws {
        let agreement = try set(name).agreement
        #expect(agreement.spearman >= 0.7, "Spearman \(agreement.spearman)")
        #expect(agreement.quadraticWeightedKappa >= 0.7, "QWK \(agreement.quadraticWeightedKappa)")
        #expect(agreement.withinOne >= 0.8, "within one \(agreement.withinOne)")
    }

    /// The questions of a folder with both unsure and confident-wrong answers, and their mean scores.
    func unsureAndConfidentWrong(_ name: String) throws -> [(ItemID, unsure: Double, confidentWrong: Double)] {
        let set = try set(name)
        let unsure = set.meanScores(of: "unsure")
        let confidentWrong = set.meanScores(of: "confident-wrong")
        return unsure.keys.sorted { $0.description < $1.description }.compactMap { question in
            confidentWrong[question].map { (question, unsure[question]!, $0) }
        }
    }

    @Test("on every question, honest unsure answers outscore confident wrong ones", arguments: folders)
    func unsureAboveConfidentWrong(_ name: String) throws {
        let compared = try unsureAndConfidentWrong(name)
        #expect(compared.count >= 8)
        for (question, unsure, confidentWrong) in compared {
            #expect(unsure > confidentWrong, "\(question): unsure \(unsure), confident-wrong \(confidentWrong)")
        }
    }

    // MARK: Malformed files

    /// A calibration file with one problem planted, and the issue the reader must report.
    struct BrokenFile: Sendable, CustomTestStringConvertible {
        var name: String
        var yaml: String
        var line: Int
        var field: String?
        var message: String

        var testDescription: String { name }
    }

    static func answer(_ fields: String) -> String {
        """
        question: python.gil
        answers:
          - label: good
        \(fields)
            text: The GIL lets one thread run bytecode at a time.

        """
    }

    static let brokenFiles: [BrokenFile] = [
        BrokenFile(
            name: "grade out of range", yaml: answer("    grade: 7\n    covered: [definition]"), line: 4,
            field: "answers[0].grade", message: "expected a whole number from 0 to 4, found 7"),
        BrokenFile(
            name: "unknown point", yaml: answer("    grade: 3\n    covered: [definition, no-such-point]"), line: 5,
            field: "answers[0].covered", message: "`no-such-point` is not a point of python.gil"),
        BrokenFile(
            name: "unknown pitfall", yaml: answer("    grade: 0\n    pitfalls: [no-such-pitfall]"), line: 5,
            field: "answers[0].pitfalls", message: "`no-such-pitfall` is not a pitfall of python.gil"),
        BrokenFile(
            name: "unknown field", yaml: answer("    grade: 3\n    comment: too generous"), line: 5,
            field: "answers[0].comment", message: "unknown field; expected one of: label, grade"),
        BrokenFile(
            name: "unknown question",
            yaml: "question: python.no-such-question\nanswers:\n  - label: good\n    grade: 3\n    text: Anything.\n",
            line: 1, field: "question", message: "no question `python.no-such-question` in the bank"),
    ]

    @Test("a malformed file is refused with an error naming its file, line and field", arguments: brokenFiles)
    func malformed(_ broken: BrokenFile) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("python/gil.yaml", broken.yaml)
        let error = try #require(throws: ContentValidationError.self) {
            try CalibrationReader().read(folder.url, bank: Self.bank.get())
        }
        let issue = try #require(error.issues.first)
        #expect(error.issues.count == 1, "\(error)")
        #expect(issue.file.hasSuffix("/python/gil.yaml"))
        #expect(issue.line == broken.line)
        #expect(issue.field == broken.field)
        #expect(issue.message.contains(broken.message), "\(issue.message)")
        #expect(error.description.contains("gil.yaml:\(broken.line): \(broken.field ?? "")"))
    }

    @Test("every problem of a file is reported in one pass")
    func allProblemsAtOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "python/gil.yaml",
            """
            question: python.gil
            answers:
              - label: good
                grade: 7
                text: One.
              - label: good
                grade: 3
                covered: [no-such-point]
                text: Two.

            """)
        let error = try #require(throws: ContentValidationError.self) {
            try CalibrationReader().read(folder.url, bank: Self.bank.get())
        }
        #expect(error.issues.map(\.field) == ["answers[0].grade", "answers[1].covered"])
        #expect(error.issues.map(\.line) == [4, 8])
    }

    @Test(
        "an unknown point under partial is reported under partial")
    func unknownPartialPoint() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("python/gil.yaml", Self.answer("    grade: 2\n    partial: [no-such-point]"))
        let error = try #require(throws: ContentValidationError.self) {
            try CalibrationReader().read(folder.url, bank: Self.bank.get())
        }
        #expect(error.issues.map(\.field) == ["answers[0].partial"])
        #expect(error.issues.map(\.line) == [5])
    }

    @Test("an empty folder is refused")
    func emptyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let error = try #require(throws: ContentValidationError.self) {
            try CalibrationReader().read(folder.url, bank: Self.bank.get())
        }
        #expect(error.issues.map(\.message) == ["no calibration files (*.yaml) in this folder"])
    }
}
