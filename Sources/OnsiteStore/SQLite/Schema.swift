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
        return migrator
    }()

    /// The identifiers of the migrations this version of onsite knows.
    static var identifiers: [String] { migrator.migrations }
}
