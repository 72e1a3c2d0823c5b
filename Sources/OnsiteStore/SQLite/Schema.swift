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
        return migrator
    }()

    /// The identifiers of the migrations this version of onsite knows.
    static var identifiers: [String] { migrator.migrations }
}
