import Foundation
import OnsiteContent
import OnsiteTestSupport
import Testing

/// The examples in docs/content-format.md must themselves be valid content.
@Suite("The content format document")
struct FormatDocumentTests {
    /// The fenced `markdown` examples of the document, in order.
    static func examples() throws -> [String] {
        let text = try String(
            contentsOf: Checkout.root.appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        var examples: [String] = []
        var current: [Substring]?
        var fence = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasSuffix("markdown"), line.hasPrefix("```") {
                fence = String(line.prefix { $0 == "`" })
                current = []
            } else if current != nil, line == fence {
                examples.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return examples
    }

    @Test("has an example of each Markdown kind, and each loads without problems")
    func examplesLoad() throws {
        let examples = try Self.examples()
        let kinds = examples.compactMap { example in
            example.split(separator: "\n").first { $0.hasPrefix("kind: ") }.map { String($0.dropFirst(6)) }
        }
        #expect(kinds == ["question", "design", "behaviour", "snippet", "exercise"])

        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write(
            "areas.yaml", try String(contentsOf: Checkout.content.appendingPathComponent("areas.yaml"), encoding: .utf8)
        )
        for (index, example) in examples.enumerated() where !example.contains("kind: exercise") {
            try folder.write("example-\(index).md", example)
        }
        let bank = try ContentLoader().load([folder.url]).bank
        #expect(bank.questions.count == 3)
        #expect(bank.snippets.count == 1)
    }
}
