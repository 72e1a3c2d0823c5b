public import Foundation
import GRDB

extension SQLiteStore: LearningStore {
    public func record(_ submission: StoredSubmission) throws(StoreError) -> Int64 {
        try write("record the submission to \(submission.exerciseID)") { db in
            try db.execute(
                sql: """
                    INSERT INTO submission (owner, exerciseID, area, submittedAt, passed, score, report)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    owner, submission.exerciseID, submission.area, submission.submittedAt, submission.passed,
                    submission.score, submission.report,
                ])
            return db.lastInsertedRowID
        }
    }

    public func submissions(exerciseID: String?, limit: Int) throws(StoreError) -> [StoredSubmission] {
        guard limit > 0 else { return [] }
        return try read("list submissions") { db in
            let filter = exerciseID == nil ? "WHERE owner = ?" : "WHERE owner = ? AND exerciseID = ?"
            var arguments: StatementArguments = [owner]
            arguments += exerciseID.map { [$0] } ?? []
            arguments += [limit]
            return try Row.fetchAll(
                db, sql: "SELECT * FROM submission \(filter) ORDER BY submittedAt DESC, id DESC LIMIT ?",
                arguments: arguments
            ).map(StoredSubmission.init(row:))
        }
    }

    public func submission(id: Int64) throws(StoreError) -> StoredSubmission? {
        try read("read the submission \(id)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM submission WHERE id = ? AND owner = ?", arguments: [id, owner])
                .map(StoredSubmission.init(row:))
        }
    }

    public func answers(toQuestion id: String) throws(StoreError) -> [StoredAnswer] {
        try rows(
            "read the answers to \(id)",
            "SELECT * FROM answer WHERE questionID = ? AND owner = ? ORDER BY submittedAt, id", arguments: [id, owner],
            as: StoredAnswer.init(row:))
    }

    public func gradedAnswers(since: Date?) throws(StoreError) -> [StoredAnswer] {
        try read("read the graded answers") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM answer WHERE score IS NOT NULL AND submittedAt >= ? AND owner = ?
                    ORDER BY submittedAt, id
                    """,
                arguments: [since ?? Date(timeIntervalSince1970: 0), owner]
            ).map(StoredAnswer.init(row:))
        }
    }

    public func practiceAnswers(limit: Int) throws(StoreError) -> [StoredAnswer] {
        guard limit > 0 else { return [] }
        return try read("list practice answers") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM answer WHERE interviewID IS NULL AND owner = ?
                    ORDER BY submittedAt DESC, id DESC LIMIT ?
                    """,
                arguments: [owner, limit]
            ).map(StoredAnswer.init(row:))
        }
    }

    public func answer(id: Int64) throws(StoreError) -> StoredAnswer? {
        try read("read the answer \(id)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM answer WHERE id = ? AND owner = ?", arguments: [id, owner])
                .map(StoredAnswer.init(row:))
        }
    }

    public func interviews(limit: Int) throws(StoreError) -> [StoredInterview] {
        guard limit > 0 else { return [] }
        return try read("list interviews") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM interview WHERE owner = ? ORDER BY updatedAt DESC, rowid DESC LIMIT ?",
                arguments: [owner, limit]
            ).map(StoredInterview.init(row:))
        }
    }

    public func save(cards: [StoredCard]) throws(StoreError) {
        guard !cards.isEmpty else { return }
        try write("store \(cards.count) review card(s)") { db in
            for card in cards { try upsert(card, in: db) }
        }
    }

    private func upsert(_ card: StoredCard, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO card (owner, id, due, state) VALUES (?, ?, ?, ?)
                ON CONFLICT (owner, id) DO UPDATE SET due = excluded.due, state = excluded.state
                """,
            arguments: [owner, card.id, card.due, card.state])
    }

    public func cards() throws(StoreError) -> [StoredCard] {
        try read("read the review cards") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM card WHERE owner = ? ORDER BY id", arguments: [owner]).map {
                StoredCard(id: $0["id"], due: $0["due"], state: $0["state"])
            }
        }
    }

    public func record(_ review: StoredReview, updating card: StoredCard) throws(StoreError) -> Int64 {
        try write("record a review of \(review.cardID)") { db in
            try upsert(card, in: db)
            try db.execute(
                sql: """
                    INSERT INTO review (owner, cardID, reviewedAt, rating, suggestedRating, answer, log)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    owner, review.cardID, review.reviewedAt, review.rating, review.suggestedRating, review.answer,
                    review.log,
                ])
            return db.lastInsertedRowID
        }
    }

    public func reviews(limit: Int) throws(StoreError) -> [StoredReview] {
        guard limit > 0 else { return [] }
        return try read("list reviews") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM review WHERE owner = ? ORDER BY reviewedAt DESC, id DESC LIMIT ?",
                arguments: [owner, limit]
            )
            .map {
                StoredReview(
                    id: $0["id"], cardID: $0["cardID"], reviewedAt: $0["reviewedAt"], rating: $0["rating"],
                    suggestedRating: $0["suggestedRating"], answer: $0["answer"], log: $0["log"])
            }
        }
    }

    public func setting(_ key: String) throws(StoreError) -> Data? {
        try rows(
            "read the setting \(key)", "SELECT value FROM setting WHERE owner = ? AND key = ?",
            arguments: [owner, key],
            as: { $0["value"] as Data? }
        ).first ?? nil
    }

    public func set(_ key: String, to value: Data) throws(StoreError) {
        try write("store the setting \(key)") { db in
            try db.execute(
                sql: """
                    INSERT INTO setting (owner, key, value) VALUES (?, ?, ?)
                    ON CONFLICT (owner, key) DO UPDATE SET value = excluded.value
                    """,
                arguments: [owner, key, value])
        }
    }
}

extension StoredSubmission {
    init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"),
            exerciseID: try row.decode(forColumn: "exerciseID"),
            area: try row.decode(forColumn: "area"),
            submittedAt: try row.decode(forColumn: "submittedAt"),
            passed: try row.decode(forColumn: "passed"),
            score: try row.decode(forColumn: "score"),
            report: try row.decode(forColumn: "report"))
    }
}
