import Foundation
import GRDB
import OnsiteStore
import OnsiteTestSupport
import Testing

/// Files the store must refuse, with an error that says where and what to do, without touching them.
@Suite("Opening a file that is not onsite's database")
struct OpeningTests {
    static let advice = "move it aside or pass --database PATH"

    static let garbageFiles: KeyValuePairs = [
        "notes": "# My notes\n\nNot a database at all.\n",
        "two pages of x": String(repeating: "x", count: 8192),
        "the magic string alone": "SQLite format 3",
    ]

    @Test("a file that is not SQLite is refused and left as it was", arguments: garbageFiles.map(\.key))
    func garbage(name: String) throws {
        let contents = try #require(Self.garbageFiles.first { $0.key == name }?.value)
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let file = try folder.write("notes.txt", contents)
        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: file.path) }
        #expect(error.code == .notADatabase)
        #expect(error.path == file.path)
        #expect(error.description.contains(file.path))
        #expect(error.description.contains(Self.advice))
        #expect(try String(contentsOf: file, encoding: .utf8) == contents)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["notes.txt"])
    }

    @Test("a folder given as the path is refused and left as it was")
    func folderAsPath() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        try folder.write("data/keep.txt", "keep me")
        let path = folder.path("data")
        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error.code == .cannotOpen)
        #expect(error.description.contains(path))
        #expect(error.description.contains("--database PATH"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["keep.txt"])
    }

    @Test("a path below a file cannot be created")
    func pathBelowFile() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        try folder.write("plain", "a file, not a folder")
        let path = folder.path("plain/onsite.sqlite")
        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error.code == .cannotOpen)
        #expect(error.description.contains(path))
        #expect(try String(contentsOfFile: folder.path("plain"), encoding: .utf8) == "a file, not a folder")
    }

    @Test("a database from a newer onsite is refused and left as it was")
    func newerSchema() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("onsite.sqlite")
        try SQLiteStore(path: path).save(interview("mock"))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error.code == .newerSchema)
        #expect(error.description.contains(path))
        #expect(error.description.contains("v9: from the future"))
        #expect(error.description.contains(Self.advice))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("another program's SQLite database is refused and left as it was")
    func foreignDatabase() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("contacts.db")
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES ('Ada')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = try #require(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error.code == .notOnsiteDatabase)
        #expect(error.description.contains(path))
        #expect(error.description.contains("contact"))
        #expect(error.description.contains(Self.advice))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("an onsite database opens again without migrating twice")
    func reopens() throws {
        let folder = try TemporaryFolder(prefix: "onsite-store")
        defer { folder.remove() }
        let path = folder.path("onsite.sqlite")
        try SQLiteStore(path: path).save(interview("mock"))
        for _ in 0..<3 {
            #expect(try SQLiteStore(path: path).interview(id: "mock") != nil)
        }
    }
}
