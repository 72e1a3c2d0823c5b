import Foundation
import GRDB

/// The checks made before the store writes to a file: every refusal happens here, on a
/// read-only connection, so a file onsite does not own is never modified.
extension SQLiteStore {
    /// What an existing file holds.
    enum Contents: Equatable {
        /// No tables at all: an empty file or a new database.
        case empty
        /// An onsite database this version knows how to migrate.
        case onsite
        /// An onsite database with migrations this version does not know.
        case newer(unknown: [String])
        /// Tables, but none of onsite's migrations.
        case foreign(tables: [String])
    }

    static func createFolder(for file: URL, path: String) throws(StoreError) {
        let folder = file.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(
                .cannotOpen, path: path,
                "onsite could not create the folder \(folder.path) for the database \(path) "
                    + "(\(error.localizedDescription)); pass --database PATH with a writable location")
        }
    }

    static func inspectExistingFile(at path: String) throws(StoreError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue {
            throw StoreError(
                .cannotOpen, path: path,
                "\(path) is a folder, not a database file; pass --database PATH with a file path, "
                    + "for example \(URL(fileURLWithPath: path).appendingPathComponent("onsite.sqlite").path)")
        }
        let contents: Contents
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            defer { try? queue.close() }
            contents = try queue.read(inspect)
        } catch {
            throw StoreError(error, path: path, while: "open the database")
        }
        switch contents {
        case .empty, .onsite:
            return
        case .newer(let unknown):
            throw StoreError(
                .newerSchema, path: path,
                "the database \(path) was written by a newer onsite (unknown migrations: "
                    + "\(unknown.joined(separator: ", "))); onsite left it untouched: upgrade onsite, "
                    + "move it aside or pass --database PATH")
        case .foreign(let tables):
            throw StoreError(
                .notOnsiteDatabase, path: path,
                "\(path) is an SQLite database of another program (tables: \(tables.joined(separator: ", "))); "
                    + StoreError.leaveItAlone)
        }
    }

    static func inspect(_ db: Database) throws -> Contents {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if tables.isEmpty { return .empty }
        let applied = tables.contains("grdb_migrations") ? try Schema.migrator.appliedIdentifiers(db) : []
        let known = Set(Schema.identifiers)
        if applied.isDisjoint(with: known) {
            // A bare migrations table is what a first run leaves if it stopped before committing.
            let bare = applied.isEmpty && tables == ["grdb_migrations"]
            return bare ? .empty : .foreign(tables: tables)
        }
        let unknown = applied.subtracting(known).sorted()
        return unknown.isEmpty ? .onsite : .newer(unknown: unknown)
    }
}
