public import Foundation
import GRDB

/// The embedded store: one SQLite file, shared safely by several processes.
///
/// The file is opened in WAL mode with a busy timeout, so the CLI and a web server can use the
/// same database at once: readers never wait, and a writer waits up to ``busyTimeout`` for
/// another process's write to finish. Commits are synchronous (`synchronous = FULL`), so a
/// recorded answer survives a crash or a power cut once ``record(_:)`` returns.
///
/// Opening never deletes, truncates or migrates a file that is not an onsite database: a file
/// that is not SQLite, another program's database, and a database from a newer onsite are
/// refused with a ``StoreError`` before anything is written.
///
/// The class is `Sendable` without `@unchecked`: its only state is constants, GRDB's
/// `DatabaseWriter` serializes writes and pools readers internally, and ``StatementReaders``
/// guards its connections with a mutex.
public final class SQLiteStore: InterviewStore {
    /// How long a write waits for another process's write before failing with `busy`.
    public static let busyTimeout: TimeInterval = 5

    /// The database's path, as given; `:memory:` for an in-memory store.
    public let path: String
    /// The user whose rows this store reads and writes: ``localUser`` for the CLI and the
    /// single-user web app, an account's id in a multi-user server. Every query is scoped to it.
    public let owner: Int64
    let writer: any DatabaseWriter
    /// Connections for the single-statement reads made on every request; `nil` in memory,
    /// where only GRDB's own connection can see the data.
    let statementReaders: StatementReaders?

    /// The owner of everything written without an account: the CLI's user.
    public static let localUser: Int64 = 0

    /// Opens the database at `path`, creating it and its folders if they are missing, and
    /// brings its schema up to date.
    ///
    /// - Throws: ``StoreError`` with code `cannotOpen` (a folder, no permission),
    ///   `notADatabase`, `notOnsiteDatabase` or `newerSchema`; the file is left as it was.
    public convenience init(path: String) throws(StoreError) {
        let file = URL(fileURLWithPath: path)
        try Self.createFolder(for: file, path: path)
        try Self.inspectExistingFile(at: path)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw StoreError(error, path: path, while: "open the database")
        }
        try self.init(writer: pool, path: path)
    }

    /// A store in memory, empty and private to this instance; for tests and previews.
    public static func inMemory() throws(StoreError) -> SQLiteStore {
        do {
            let queue = try DatabaseQueue(configuration: configuration())
            return try SQLiteStore(writer: queue, path: ":memory:")
        } catch {
            throw StoreError(error, path: ":memory:", while: "open an in-memory database")
        }
    }

    /// The same database seen as `owner`: reads return only that user's rows, writes are theirs.
    public func owned(by owner: Int64) -> SQLiteStore {
        SQLiteStore(sharing: self, owner: owner)
    }

    private init(sharing store: SQLiteStore, owner: Int64) {
        self.writer = store.writer
        self.statementReaders = store.statementReaders
        self.path = store.path
        self.owner = owner
    }

    private init(writer: any DatabaseWriter, path: String) throws(StoreError) {
        self.writer = writer
        self.statementReaders = writer is DatabasePool ? StatementReaders(path: path) : nil
        self.path = path
        self.owner = Self.localUser
        do {
            try Schema.migrator.migrate(writer)
        } catch {
            throw StoreError(error, path: path, while: "bring the database's schema up to date")
        }
    }

    /// Closes the database's connections; later calls fail with `queryFailed`.
    ///
    /// Closing is optional: the connections close when the store is released.
    public func close() throws(StoreError) {
        statementReaders?.close()
        do {
            try writer.close()
        } catch {
            throw StoreError(error, path: path, while: "close the database")
        }
    }

    static func configuration(readonly: Bool = false) -> Configuration {
        var configuration = Configuration()
        configuration.label = "onsite"
        configuration.readonly = readonly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        if !readonly {
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        }
        return configuration
    }

    // MARK: Running queries

    /// Runs `body` in a read transaction, translating errors.
    func read<T>(_ operation: @autoclosure () -> String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError(error, path: path, while: operation())
        }
    }

    /// The rows of one `SELECT`, each decoded by `decode`; read by a ``StatementReaders``
    /// connection when the store is a file (no pool checkout, queue hop or transaction: one
    /// statement reads one snapshot). For the reads made on every request; the rest use
    /// ``read(_:_:)``.
    func rows<T>(
        _ operation: @autoclosure () -> String, _ sql: String, arguments: [any DatabaseValueConvertible],
        as decode: (Row) throws -> T
    ) throws(StoreError) -> [T] {
        do {
            let rows =
                try statementReaders?.rows(sql, arguments: arguments)
                ?? writer.read { db in
                    try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments.map { $0 }))
                }
            return try rows.map(decode)
        } catch {
            throw StoreError(error, path: path, while: operation())
        }
    }

    /// Runs `body` in a write transaction, committed before this returns; translates errors.
    func write<T>(_ operation: @autoclosure () -> String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError(error, path: path, while: operation())
        }
    }
}
