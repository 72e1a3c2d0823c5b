public import Foundation
import GRDB

extension SQLiteStore {
    public func save(_ interview: StoredInterview) throws(StoreError) {
        // An upsert, not INSERT OR REPLACE: REPLACE deletes the old row first, and the
        // ON DELETE CASCADE of answer.interviewID would delete the interview's answers with it.
        try write("save the interview \(interview.id)") { db in
            try db.execute(
                sql: """
                    INSERT INTO interview (id, owner, format, status, createdAt, updatedAt, state)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        format = excluded.format, status = excluded.status, createdAt = excluded.createdAt,
                        updatedAt = excluded.updatedAt, state = excluded.state
                    WHERE interview.owner = excluded.owner
                    """,
                arguments: [
                    interview.id, owner, interview.format, interview.status.rawValue, interview.createdAt,
                    interview.updatedAt, interview.state,
                ])
            guard db.changesCount > 0 else {
                throw StoreError(
                    .constraintViolated, path: path,
                    "onsite could not save the interview \(interview.id) in \(path): another user's interview has that id"
                )
            }
        }
    }

    public func interview(id: String) throws(StoreError) -> StoredInterview? {
        try read("read the interview \(id)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM interview WHERE id = ? AND owner = ?", arguments: [id, owner])
                .map(StoredInterview.init(row:))
        }
    }

    public func latestInterview(status: InterviewStatus) throws(StoreError) -> StoredInterview? {
        try read("find the latest \(status.rawValue) interview") { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM interview WHERE status = ? AND owner = ?
                    ORDER BY updatedAt DESC, rowid DESC LIMIT 1
                    """,
                arguments: [status.rawValue, owner]
            ).map(StoredInterview.init(row:))
        }
    }

    public func record(_ answer: StoredAnswer) throws(StoreError) -> Int64 {
        do {
            return try insert(answer)
        } catch let error where error.code == .constraintViolated && answer.interviewID != nil {
            throw StoreError(
                .constraintViolated, path: path,
                "onsite could not record the answer to \(answer.questionID) in \(path): "
                    + "the interview \(answer.interviewID ?? "") was never saved")
        }
    }

    private func insert(_ answer: StoredAnswer) throws(StoreError) -> Int64 {
        try write("record the answer to \(answer.questionID)") { db in
            if let interviewID = answer.interviewID,
                try Int64.fetchOne(db, sql: "SELECT owner FROM interview WHERE id = ?", arguments: [interviewID])
                    .map({ $0 != owner }) ?? false
            {
                throw StoreError(
                    .constraintViolated, path: path,
                    "onsite could not record the answer to \(answer.questionID) in \(path): "
                        + "the interview \(interviewID) is another user's")
            }
            try db.execute(
                sql: """
                    INSERT INTO answer
                        (owner, interviewID, turn, questionID, area, prompt, text, submittedAt, score, grade,
                         judgement)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    owner, answer.interviewID, answer.turn, answer.questionID, answer.area, answer.prompt, answer.text,
                    answer.submittedAt, answer.score, answer.grade, answer.judgement,
                ])
            return db.lastInsertedRowID
        }
    }

    public func attach(judgement: Data, score: Double, grade: Int, toAnswer id: Int64) throws(StoreError) {
        let changed = try write("attach a judgement to the answer \(id)") { db in
            try db.execute(
                sql: "UPDATE answer SET judgement = ?, score = ?, grade = ? WHERE id = ? AND owner = ?",
                arguments: [judgement, score, grade, id, owner])
            return db.changesCount
        }
        guard changed > 0 else {
            throw StoreError(
                .notFound, path: path,
                "onsite could not attach a judgement to the answer \(id) in \(path): no answer has that id")
        }
    }

    public func answers(inInterview id: String) throws(StoreError) -> [StoredAnswer] {
        try read("read the answers of the interview \(id)") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM answer WHERE interviewID = ? AND owner = ? ORDER BY turn, id",
                arguments: [id, owner]
            ).map(StoredAnswer.init(row:))
        }
    }

    public func recentQuestionIDs(limit: Int) throws(StoreError) -> [String] {
        guard limit > 0 else { return [] }  // SQLite reads a negative LIMIT as "no limit"
        return try read("list the recently answered questions") { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT questionID FROM answer WHERE owner = ? GROUP BY questionID
                    ORDER BY MAX(submittedAt) DESC, MAX(id) DESC LIMIT ?
                    """,
                arguments: [owner, limit])
        }
    }

    public func areaScores() throws(StoreError) -> [String: Double] {
        try read("compute the mean score per area") { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT area, AVG(score) AS mean FROM answer WHERE score IS NOT NULL AND owner = ? GROUP BY area",
                arguments: [owner])
            var scores: [String: Double] = [:]
            for row in rows {
                scores[try row.decode(forColumn: "area")] = try row.decode(forColumn: "mean")
            }
            return scores
        }
    }
}

extension StoredInterview {
    init(row: Row) throws {
        let status: String = try row.decode(forColumn: "status")
        guard let known = InterviewStatus(rawValue: status) else {
            let id: String = try row.decode(forColumn: "id")
            throw UnexpectedValue(description: "the interview \(id) has the unknown status '\(status)'")
        }
        self.init(
            id: try row.decode(forColumn: "id"),
            format: try row.decode(forColumn: "format"),
            status: known,
            createdAt: try row.decode(forColumn: "createdAt"),
            updatedAt: try row.decode(forColumn: "updatedAt"),
            state: try row.decode(forColumn: "state"))
    }
}

extension StoredAnswer {
    init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"),
            interviewID: try row.decode(forColumn: "interviewID"),
            turn: try row.decode(forColumn: "turn"),
            questionID: try row.decode(forColumn: "questionID"),
            area: try row.decode(forColumn: "area"),
            prompt: try row.decode(forColumn: "prompt"),
            text: try row.decode(forColumn: "text"),
            submittedAt: try row.decode(forColumn: "submittedAt"),
            score: try row.decode(forColumn: "score"),
            grade: try row.decode(forColumn: "grade"),
            judgement: try row.decode(forColumn: "judgement"))
    }
}
