import GRDB

/// The SQLite schema, as one migrator: every released migration stays here unchanged, and a
/// change to the schema is a new migration appended at the end.
enum Schema {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: interviews and answers") { db in
            try db.create(table: "interview") { table in
                table.primaryKey("id", .text).notNull()
                table.column("format", .text).notNull()
                table.column("status", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull()
                table.column("state", .blob).notNull()
            }
            try db.create(index: "interview_on_status_updatedAt", on: "interview", columns: ["status", "updatedAt"])

            try db.create(table: "answer") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("interviewID", .text).references("interview", onDelete: .cascade)
                table.column("turn", .integer).notNull()
                table.column("questionID", .text).notNull()
                table.column("area", .text).notNull()
                table.column("prompt", .text).notNull()
                table.column("text", .text).notNull()
                table.column("submittedAt", .datetime).notNull()
                table.column("score", .double)
                table.column("grade", .integer)
                table.column("judgement", .blob)
            }
            try db.create(index: "answer_on_interviewID_turn", on: "answer", columns: ["interviewID", "turn"])
            try db.create(index: "answer_on_questionID", on: "answer", columns: ["questionID"])
            try db.create(index: "answer_on_submittedAt", on: "answer", columns: ["submittedAt"])
        }
        migrator.registerMigration("v2: submissions, review cards, reviews, settings") { db in
            try db.create(table: "submission") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("exerciseID", .text).notNull()
                table.column("area", .text).notNull()
                table.column("submittedAt", .datetime).notNull()
                table.column("passed", .boolean).notNull()
                table.column("score", .double).notNull()
                table.column("report", .blob).notNull()
            }
            try db.create(
                index: "submission_on_exerciseID_submittedAt", on: "submission", columns: ["exerciseID", "submittedAt"])
            try db.create(index: "submission_on_submittedAt", on: "submission", columns: ["submittedAt"])

            try db.create(table: "card") { table in
                table.primaryKey("id", .text).notNull()
                table.column("due", .datetime).notNull()
                table.column("state", .blob).notNull()
            }
            try db.create(index: "card_on_due", on: "card", columns: ["due"])

            try db.create(table: "review") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("cardID", .text).notNull().references("card", onDelete: .cascade)
                table.column("reviewedAt", .datetime).notNull()
                table.column("rating", .integer).notNull().check { (1...4).contains($0) }
                table.column("suggestedRating", .integer)
                table.column("answer", .text).notNull()
                table.column("log", .blob).notNull()
            }
            try db.create(index: "review_on_reviewedAt", on: "review", columns: ["reviewedAt"])

            try db.create(table: "setting") { table in
                table.primaryKey("key", .text).notNull()
                table.column("value", .blob).notNull()
            }
        }
        migrator.registerMigration("v3: accounts, sessions, and an owner on every row") { db in
            try db.create(table: "user") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("email", .text).notNull().unique().collate(.nocase)
                table.column("passwordHash", .text).notNull()
                table.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "session") { table in
                table.primaryKey("tokenHash", .text).notNull()
                table.column("userID", .integer).notNull().references("user", onDelete: .cascade)
                table.column("csrfToken", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("expiresAt", .datetime).notNull()
            }
            try db.create(index: "session_on_userID", on: "session", columns: ["userID"])

            // Rows written before accounts belong to the local user, 0: the CLI's, and the
            // single-user web app's.
            for table in ["interview", "answer", "submission"] {
                try db.alter(table: table) { $0.add(column: "owner", .integer).notNull().defaults(to: 0) }
            }
            try db.create(index: "interview_on_owner_updatedAt", on: "interview", columns: ["owner", "updatedAt"])
            try db.create(index: "answer_on_owner_questionID", on: "answer", columns: ["owner", "questionID"])
            try db.create(
                index: "submission_on_owner_submittedAt", on: "submission", columns: ["owner", "submittedAt"])

            // Cards and settings are keyed per owner: their tables are rebuilt with a two-column key.
            try db.create(table: "card_v3") { table in
                table.column("owner", .integer).notNull()
                table.column("id", .text).notNull()
                table.column("due", .datetime).notNull()
                table.column("state", .blob).notNull()
                table.primaryKey(["owner", "id"])
            }
            try db.execute(sql: "INSERT INTO card_v3 (owner, id, due, state) SELECT 0, id, due, state FROM card")
            try db.create(table: "review_v3") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("owner", .integer).notNull()
                table.column("cardID", .text).notNull()
                table.column("reviewedAt", .datetime).notNull()
                table.column("rating", .integer).notNull().check { (1...4).contains($0) }
                table.column("suggestedRating", .integer)
                table.column("answer", .text).notNull()
                table.column("log", .blob).notNull()
                table.foreignKey(
                    ["owner", "cardID"], references: "card_v3", columns: ["owner", "id"], onDelete: .cascade)
            }
            try db.execute(
                sql: """
                    INSERT INTO review_v3 (id, owner, cardID, reviewedAt, rating, suggestedRating, answer, log)
                    SELECT id, 0, cardID, reviewedAt, rating, suggestedRating, answer, log FROM review
                    """)
            try db.drop(table: "review")
            try db.drop(table: "card")
            try db.rename(table: "card_v3", to: "card")
            try db.rename(table: "review_v3", to: "review")
            try db.create(index: "card_on_owner_due", on: "card", columns: ["owner", "due"])
            try db.create(index: "review_on_owner_reviewedAt", on: "review", columns: ["owner", "reviewedAt"])

            try db.create(table: "setting_v3") { table in
                table.column("owner", .integer).notNull()
                table.column("key", .text).notNull()
                table.column("value", .blob).notNull()
                table.primaryKey(["owner", "key"])
            }
            try db.execute(sql: "INSERT INTO setting_v3 (owner, key, value) SELECT 0, key, value FROM setting")
            try db.drop(table: "setting")
            try db.rename(table: "setting_v3", to: "setting")
        }
        return migrator
    }()

    /// The identifiers of the migrations this version of onsite knows.
    static var identifiers: [String] { migrator.migrations }
}
