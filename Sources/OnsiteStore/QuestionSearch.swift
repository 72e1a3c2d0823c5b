public import Foundation
import GRDB
public import OnsiteCore

/// Full-text search over the question bank, with SQLite FTS5.
///
/// The index lives in memory: it is built from the loaded bank when a server starts (a few
/// milliseconds for the bundled bank) and is the same for every user. Words match by prefix
/// ("decor" finds "decorators"), results are ranked by BM25 with the title weighing most, and
/// filters narrow by area, level, round and kind.
public final class QuestionSearch: Sendable {
    /// What to look for; every field is optional.
    public struct Query: Hashable, Sendable {
        public var text: String
        public var area: String?
        public var level: Level?
        public var round: Round?
        public var kind: ContentKind?

        public init(
            text: String = "", area: String? = nil, level: Level? = nil, round: Round? = nil, kind: ContentKind? = nil
        ) {
            self.text = text
            self.area = area
            self.level = level
            self.round = round
            self.kind = kind
        }
    }

    private let queue: DatabaseQueue

    /// Indexes every question of `questions`.
    public init(questions: [Question]) throws(StoreError) {
        do {
            queue = try DatabaseQueue()
            try queue.write { db in
                try db.execute(
                    sql: """
                        CREATE VIRTUAL TABLE question USING fts5(
                            id UNINDEXED, title, prompt, subtopics, area UNINDEXED, level UNINDEXED,
                            round UNINDEXED, kind UNINDEXED, tokenize = 'unicode61')
                        """)
                for question in questions {
                    try db.execute(
                        sql: "INSERT INTO question VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        arguments: [
                            question.id.description, question.title, question.prompt,
                            question.subtopics.joined(separator: " ").replacingOccurrences(of: "-", with: " "),
                            question.area, question.level.rawValue, question.round.rawValue, question.kind.rawValue,
                        ])
                }
            }
        } catch {
            throw StoreError(error, path: ":memory:", while: "build the question search index")
        }
    }

    /// The ids of the matching questions, best first (by id when there is no text to rank by).
    public func search(_ query: Query, limit: Int = 200) throws(StoreError) -> [ItemID] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        let match = Self.matchExpression(query.text)
        if let match {
            conditions.append("question MATCH ?")
            arguments += [match]
        }
        for (column, value) in [
            ("area", query.area), ("level", query.level?.rawValue), ("round", query.round?.rawValue),
            ("kind", query.kind?.rawValue),
        ] {
            guard let value else { continue }
            conditions.append("\(column) = ?")
            arguments += [value]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let order = match == nil ? "id" : "bm25(question, 0, 10, 2, 4)"
        arguments += [max(0, limit)]
        do {
            return try queue.read { db in
                try String.fetchAll(
                    db, sql: "SELECT id FROM question \(filter) ORDER BY \(order) LIMIT ?", arguments: arguments)
            }.compactMap(ItemID.init)
        } catch {
            throw StoreError(error, path: ":memory:", while: "search the questions for '\(query.text)'")
        }
    }

    /// The words of `text` as an FTS5 expression: each word quoted (so no input is read as
    /// FTS5 syntax) and matched as a prefix, all required. `nil` when there are no words.
    static func matchExpression(_ text: String) -> String? {
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.prefix(12)
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
