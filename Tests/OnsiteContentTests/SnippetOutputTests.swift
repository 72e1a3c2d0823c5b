import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Every bundled snippet prints exactly its recorded output on every Python 3.11–3.13 present.
@Suite("Bundled snippets")
struct SnippetOutputTests {
    static let bank: ContentBank? = try? ContentLoader().load([Checkout.content]).bank

    @Test("at least one Python from 3.11 to 3.13 is available to run them")
    func interpretersFound() {
        #expect(!PythonInterpreters.supported.isEmpty)
    }

    @Test(
        "prints its recorded output",
        arguments: (bank?.snippets ?? []).map(\.id.description))
    func recordedOutput(_ id: String) throws {
        let snippet = try #require(Self.bank?.snippet(ItemID(id)!))
        let folder = try TemporaryFolder(prefix: "onsite-snippet")
        defer { folder.remove() }
        let script = try folder.write("snippet.py", snippet.code)
        for python in PythonInterpreters.supported {
            let result = try CommandRun.run(python.executable, ["-I", script.path], directory: folder.url)
            let label = "\(id) on Python \(python.version)"
            #expect(
                result.standardOutput.trimmingTrailingNewlines == snippet.output.trimmingTrailingNewlines, "\(label)")
            if let raises = snippet.raises {
                let last = result.standardError.split(separator: "\n").last.map(String.init) ?? ""
                #expect(result.status != 0, "\(label) should end in \(raises)")
                #expect(last.hasPrefix(raises + ":") || last == raises, "\(label): last stderr line is '\(last)'")
            } else {
                #expect(result.status == 0, "\(label) failed: \(result.standardError)")
            }
        }
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
