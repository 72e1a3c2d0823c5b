import Foundation
import Synchronization

/// Reads answers from standard input.
///
/// At a terminal an answer ends at an empty line or Ctrl-D. From a pipe or a file, answers
/// are separated by lines holding only `---`, so a whole interview can be scripted. The lines
/// typed so far are kept, so Ctrl-C can save them as a draft.
final class AnswerReader: Sendable {
    let interactive: Bool
    private let typed = Mutex<[String]>([])

    init(interactive: Bool) { self.interactive = interactive }

    /// The next answer, or `nil` when the input has ended with nothing more typed.
    func next() -> String? {
        typed.withLock { $0 = [] }
        var sawEnd = true
        while let line = readLine(strippingNewline: true) {
            if interactive && line.isEmpty {
                sawEnd = false
                break
            }
            if !interactive && line.trimmingCharacters(in: .whitespaces) == "---" {
                sawEnd = false
                break
            }
            typed.withLock { $0.append(line) }
        }
        let lines = typed.withLock { $0 }
        if sawEnd && lines.isEmpty { return nil }
        return lines.joined(separator: "\n")
    }

    /// What has been typed of the current answer.
    var draft: String { typed.withLock { $0.joined(separator: "\n") } }
}
