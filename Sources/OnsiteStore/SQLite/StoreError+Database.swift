import Foundation
import GRDB

/// A value in a row that onsite never writes, such as an unknown interview status.
struct UnexpectedValue: Error, CustomStringConvertible {
    var description: String
}

extension StoreError {
    /// Translates an error thrown while `operation` ran on the database at `path`.
    ///
    /// `operation` completes "onsite could not …", for example `record an answer`.
    init(_ error: any Error, path: String, while operation: String) {
        if let error = error as? StoreError {
            self = error
            return
        }
        let failed = "onsite could not \(operation) in \(path)"
        switch error {
        case let error as DatabaseError:
            let reason = error.message ?? "\(error.resultCode)"
            switch error.resultCode {
            case .SQLITE_NOTADB:
                self.init(
                    .notADatabase, path: path, "\(path) is not an SQLite database (\(reason)); \(Self.leaveItAlone)")
            case .SQLITE_CORRUPT:
                self.init(
                    .corrupt, path: path,
                    "the database \(path) is damaged (\(reason)); \(Self.leaveItAlone) "
                        + "(`sqlite3 \(path) .recover` may save its content)")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
                self.init(
                    .cannotOpen, path: path,
                    "\(failed): cannot open or write the file (\(reason)); "
                        + "check its folder and permissions, or pass --database PATH")
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                self.init(
                    .busy, path: path,
                    "\(failed): another process kept the database locked for more than "
                        + "\(Int(SQLiteStore.busyTimeout)) seconds; try again")
            case .SQLITE_CONSTRAINT:
                self.init(.constraintViolated, path: path, "\(failed): \(reason)")
            default:
                self.init(.queryFailed, path: path, "\(failed): \(reason)")
            }
        case let error as RowDecodingError:
            self.init(.corrupt, path: path, "\(failed): a stored row cannot be read (\(error))")
        case let error as UnexpectedValue:
            self.init(.corrupt, path: path, "\(failed): \(error)")
        default:
            self.init(.queryFailed, path: path, "\(failed): \(error)")
        }
    }
}
