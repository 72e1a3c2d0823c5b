public import Foundation
import GRDB

extension SQLiteStore: AccountStore {
    public func createUser(email: String, passwordHash: String, at date: Date) throws(StoreError) -> StoredUser {
        do {
            return try write("create the account \(email)") { db in
                try db.execute(
                    sql: "INSERT INTO user (email, passwordHash, createdAt) VALUES (?, ?, ?)",
                    arguments: [email, passwordHash, date])
                return StoredUser(id: db.lastInsertedRowID, email: email, passwordHash: passwordHash, createdAt: date)
            }
        } catch let error where error.code == .constraintViolated {
            throw StoreError(.constraintViolated, path: path, "an account with the email \(email) already exists")
        }
    }

    public func user(email: String) throws(StoreError) -> StoredUser? {
        try read("find the account \(email)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM user WHERE email = ?", arguments: [email]).map(StoredUser.init)
        }
    }

    public func user(id: Int64) throws(StoreError) -> StoredUser? {
        try rows("find the account \(id)", "SELECT * FROM user WHERE id = ?", arguments: [id], as: StoredUser.init)
            .first
    }

    public func save(_ session: StoredSession) throws(StoreError) {
        try write("start a session") { db in
            try db.execute(
                sql: """
                    INSERT INTO session (tokenHash, userID, csrfToken, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session.tokenHash, session.userID, session.csrfToken, session.createdAt, session.expiresAt,
                ])
        }
    }

    public func session(tokenHash: String, at now: Date) throws(StoreError) -> StoredSession? {
        try rows(
            "find a session", "SELECT * FROM session WHERE tokenHash = ? AND expiresAt > ?",
            arguments: [tokenHash, now]
        ) {
            StoredSession(
                tokenHash: $0["tokenHash"], userID: $0["userID"], csrfToken: $0["csrfToken"],
                createdAt: $0["createdAt"], expiresAt: $0["expiresAt"])
        }.first
    }

    public func deleteSession(tokenHash: String) throws(StoreError) {
        try write("end a session") { db in
            try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [tokenHash])
        }
    }
}

extension StoredUser {
    init(row: Row) {
        self.init(id: row["id"], email: row["email"], passwordHash: row["passwordHash"], createdAt: row["createdAt"])
    }
}
