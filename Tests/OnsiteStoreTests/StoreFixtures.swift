import Foundation
import OnsiteStore
import OnsiteTestSupport
import Testing

/// The stores the contract tests run against.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible {
    case file
    case memory

    var testDescription: String { rawValue }

    /// A new, empty store of this kind, and the folder to remove afterwards (if any).
    func make() throws -> (store: SQLiteStore, folder: TemporaryFolder?) {
        switch self {
        case .file:
            let folder = try TemporaryFolder(prefix: "onsite-store")
            return (try SQLiteStore(path: folder.path("onsite.sqlite")), folder)
        case .memory:
            return (try SQLiteStore.inMemory(), nil)
        }
    }
}

/// Whole seconds from a fixed instant, so dates compare equal after a round trip.
func moment(_ seconds: Int) -> Date {
    Date(timeIntervalSince1970: 1_750_000_000 + TimeInterval(seconds))
}

func interview(
    _ id: String, status: InterviewStatus = .inProgress, updated: Int = 0, state: String = #"{"turn":1}"#
) -> StoredInterview {
    StoredInterview(
        id: id, format: "python-screen", status: status, createdAt: moment(0), updatedAt: moment(updated),
        state: Data(state.utf8))
}

func answer(
    _ questionID: String, in interviewID: String? = nil, turn: Int = 1, at seconds: Int = 0, area: String? = nil
) -> StoredAnswer {
    StoredAnswer(
        interviewID: interviewID, turn: turn, questionID: questionID,
        area: area ?? String(questionID.prefix { $0 != "." }), prompt: "Explain \(questionID).",
        text: "An answer to \(questionID), with “quotes” and émoji 🐍.", submittedAt: moment(seconds))
}

extension Data {
    static func json(_ text: String) -> Data { Data(text.utf8) }
}
