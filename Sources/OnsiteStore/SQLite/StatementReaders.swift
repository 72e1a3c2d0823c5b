import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// Read-only connections for the reads a web server makes on every request: one `SELECT`,
/// run outside GRDB's reader pool.
///
/// `DatabasePool.read` checks a reader out of its pool, hops onto the reader's dispatch
/// queue, enters read-only mode, opens a savepoint and checks the schema version before it
/// runs the statement: 36–45 µs of CPU per read on the benchmark machine, where the
/// statement itself takes about 3 µs (docs/server.md has the measurements). A single
/// statement in SQLite's autocommit mode already reads one consistent snapshot, so these
/// reads need none of that: they take an idle connection from a list guarded by a mutex,
/// run a prepared statement kept by that connection, and put the connection back.
///
/// Connections are opened on demand, so there are never more than the reads running at once;
/// at most ``maximumIdle`` are kept between reads. Writes never come here: they go through
/// GRDB's writer, whose commits these connections see from their next statement on.
final class StatementReaders: Sendable {
    /// The most idle connections kept open between reads.
    static let maximumIdle = 8

    private struct State {
        var idle: [ReadConnection] = []
        var closed = false
    }

    let path: String
    private let state = Mutex(State())

    init(path: String) {
        self.path = path
    }

    /// Every row `sql` returns with `arguments` bound to its `?` placeholders, in order.
    func rows(_ sql: String, arguments: [any DatabaseValueConvertible]) throws(DatabaseError) -> [Row] {
        let connection = try checkOut()
        defer { checkIn(connection) }
        return try connection.rows(sql, arguments: arguments.map(\.databaseValue))
    }

    /// Closes the idle connections; a read running now closes its connection when it ends, and
    /// later reads fail.
    func close() {
        // The idle connections are returned, so they are released (and closed) outside the lock.
        _ = state.withLock { state in
            state.closed = true
            defer { state.idle = [] }
            return state.idle
        }
    }

    private func checkOut() throws(DatabaseError) -> ReadConnection {
        let reused = try state.withLock { state throws(DatabaseError) -> ReadConnection? in
            guard !state.closed else {
                throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database is closed")
            }
            return state.idle.popLast()
        }
        if let reused { return reused }
        return try ReadConnection(path: path)
    }

    private func checkIn(_ connection: ReadConnection) {
        state.withLock { state in
            if !state.closed && state.idle.count < Self.maximumIdle { state.idle.append(connection) }
        }
    }
}

/// One read-only SQLite connection and the statements it has prepared.
///
/// `@unchecked Sendable` because it moves between threads through ``StatementReaders``, which
/// hands it to one reader at a time: it is never used by two threads at once, which is all an
/// SQLite connection opened with `SQLITE_OPEN_NOMUTEX` asks.
private final class ReadConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]

    init(path: String) throws(DatabaseError) {
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        sqlite3_busy_timeout(handle, Int32(SQLiteStore.busyTimeout * 1000))
        sqlite3_extended_result_codes(handle, 1)
        self.handle = handle
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    func rows(_ sql: String, arguments: [DatabaseValue]) throws(DatabaseError) -> [Row] {
        let statement = try prepared(sql)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (index, argument) in arguments.enumerated() {
            try check(bind(argument, to: Int32(index + 1), of: statement), sql)
        }
        var rows: [Row] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { return rows }
            guard code == SQLITE_ROW else { throw failure(code, sql) }
            rows.append(row(at: statement))
        }
    }

    private func prepared(_ sql: String) throws(DatabaseError) -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        var statement: OpaquePointer?
        try check(sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil), sql)
        guard let statement else {
            throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "no statement in the SQL", sql: sql)
        }
        statements[sql] = statement
        return statement
    }

    private func bind(_ value: DatabaseValue, to index: Int32, of statement: OpaquePointer) -> Int32 {
        switch value.storage {
        case .null:
            return sqlite3_bind_null(statement, index)
        case .int64(let integer):
            return sqlite3_bind_int64(statement, index, integer)
        case .double(let double):
            return sqlite3_bind_double(statement, index, double)
        case .string(let string):
            return sqlite3_bind_text(statement, index, string, -1, Self.transient)
        case .blob(let data):
            return data.withUnsafeBytes {
                sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), Self.transient)
            }
        }
    }

    private func row(at statement: OpaquePointer) -> Row {
        var values: [String: (any DatabaseValueConvertible)?] = [:]
        for column in 0..<sqlite3_column_count(statement) {
            let name = String(cString: sqlite3_column_name(statement, column))
            switch sqlite3_column_type(statement, column) {
            case SQLITE_INTEGER:
                values[name] = sqlite3_column_int64(statement, column)
            case SQLITE_FLOAT:
                values[name] = sqlite3_column_double(statement, column)
            case SQLITE_TEXT:
                let count = Int(sqlite3_column_bytes(statement, column))
                values[name] = String(
                    decoding: UnsafeRawBufferPointer(start: sqlite3_column_text(statement, column), count: count),
                    as: UTF8.self)
            case SQLITE_BLOB:
                let count = Int(sqlite3_column_bytes(statement, column))
                values[name] = sqlite3_column_blob(statement, column).map { Data(bytes: $0, count: count) } ?? Data()
            default:
                values[name] = DatabaseValue.null
            }
        }
        return Row(values)
    }

    private func check(_ code: Int32, _ sql: String) throws(DatabaseError) {
        guard code == SQLITE_OK else { throw failure(code, sql) }
    }

    private func failure(_ code: Int32, _ sql: String) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }

    /// `SQLITE_TRANSIENT`: SQLite copies the bound text or blob before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
