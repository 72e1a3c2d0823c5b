/// Why the store could not do what it was asked, with the database's path and what to do.
///
/// ``description`` is one readable line for the CLI and the logs, for example:
/// `/home/ada/notes.txt is not an SQLite database (file is not a database); onsite left it
/// untouched: move it aside or pass --database PATH`.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// A stable code callers can switch on.
    public enum Code: String, Sendable, CaseIterable {
        /// The path cannot be opened or created: a folder, a missing permission, a read-only disk.
        case cannotOpen
        /// The file exists and is not an SQLite database.
        case notADatabase
        /// The file is an SQLite database of another program.
        case notOnsiteDatabase
        /// The database was migrated by a newer onsite than this one.
        case newerSchema
        /// Another process kept the database locked for longer than the busy timeout.
        case busy
        /// The database is damaged, or holds a value onsite never writes.
        case corrupt
        /// The row the operation refers to does not exist.
        case notFound
        /// The write breaks a rule of the schema, for example an answer to an unsaved interview.
        case constraintViolated
        /// Any other failure of a query.
        case queryFailed
    }

    /// What kind of failure this is.
    public var code: Code
    /// The database's path, as given to the store.
    public var path: String
    /// A human sentence saying what failed, where, and what to do.
    public var message: String

    public init(_ code: Code, path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { message }

    /// The advice for a file onsite must not touch.
    static let leaveItAlone = "onsite left it untouched: move it aside or pass --database PATH"
}
