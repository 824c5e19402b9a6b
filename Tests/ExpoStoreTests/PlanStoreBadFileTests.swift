import ExpoModel
import Foundation
import GRDB
import Testing
@testable import ExpoStore

/// Files that are not a plan this build can write: each gives its message and is left byte for byte as it was.
@Suite("PlanStore bad files")
struct PlanStoreBadFileTests {
    /// Runs `open` on a file holding `content` and checks the file did not change.
    func leavesUntouched(_ dir: StoreFolder, _ prepare: (String) throws -> Void, _ check: (String) throws -> Void) throws {
        try FileManager.default.createDirectory(atPath: dir.path + "/plan", withIntermediateDirectories: true)
        try prepare(dir.database)
        let before = try bytes(dir.database)
        try check(dir.database)
        #expect(try bytes(dir.database) == before)
    }

    @Test func aFileThatIsNotSQLiteIsReportedAndKept() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        try leavesUntouched(dir, { try Data("{\"my\": \"notes\"}\n".utf8).write(to: URL(fileURLWithPath: $0)) }) { path in
            let error = #expect(throws: PlanStoreError.self) { try PlanStore(path: path) }
            #expect(error?.exitCode == 65)
            #expect(error?.description.hasPrefix(path + ": not a SQLite database") == true, "\(String(describing: error))")
        }
    }

    @Test func aDamagedSQLiteFileIsReportedAndKept() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        try leavesUntouched(dir, { path in
            try PlanStore(path: path).apply(.add(["a"]), catalog: "c", now: 1)
            var data = try bytes(path)
            // Keep the 100-byte header, overwrite the rest of the first page and the next ones.
            for i in 100..<data.count { data[i] = UInt8(truncatingIfNeeded: i &* 31 &+ 7) }
            try data.write(to: URL(fileURLWithPath: path))
        }) { path in
            let error = #expect(throws: PlanStoreError.self) { try PlanStore(path: path) }
            #expect(error?.exitCode == 65)
            #expect(error?.description.contains("damaged") == true, "\(String(describing: error))")
        }
    }

    @Test func anotherProgramsDatabaseIsNeverMigrated() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        try leavesUntouched(dir, { try makeSQLite($0, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x')") }) { path in
            let error = #expect(throws: PlanStoreError.self) { try PlanStore(path: path) }
            #expect(error == .foreign(path: path, reason: "a SQLite database of another program (tables notes), not a Pavilion plan"))
            #expect(error?.exitCode == 65)
        }
        let other = dir.path + "/other.sqlite"
        try makeSQLite(other, "PRAGMA application_id = 1234")
        let before = try bytes(other)
        let error = #expect(throws: PlanStoreError.self) { try PlanStore(path: other) }
        #expect(error?.description.contains("application id 0x4d2") == true, "\(String(describing: error))")
        #expect(try bytes(other) == before)
    }

    @Test func aNewerSchemaOpensReadOnly() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        try leavesUntouched(dir, { path in
            try PlanStore(path: path).apply(.add(["a"]), catalog: "c", now: 1)
            try makeSQLite(path, "PRAGMA user_version = 7; INSERT INTO grdb_migrations VALUES ('v7-events')")
        }) { path in
            let store = try PlanStore(path: path)
            let expected = PlanStoreError.newer(path: path, found: 7, known: PlanSchema.version)
            #expect(store.access == .readOnly(reason: expected.description))
            #expect(try store.entries(catalog: "c").map(\.boothID) == ["a"])
            let error = #expect(throws: PlanStoreError.self) { try store.apply(.add(["b"]), catalog: "c", now: 2) }
            #expect(error == expected)
            #expect(error?.exitCode == 65)
        }
    }

    @Test func anUnwritableFolderGivesAClearMessage() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        let folder = dir.path + "/ro"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let undo = try makeUnwritable(folder)
        defer { undo() }
        let path = folder + "/sub/pavilion.sqlite"
        let error = #expect(throws: PlanStoreError.self) { try PlanStore(path: path) }
        #expect(error?.exitCode == 73)
        #expect(error?.description.hasPrefix("\(path): cannot create the plan's database: cannot create the folder \(folder)/sub") == true,
                "\(String(describing: error))")
    }

    @Test func aPlanInAnUnwritableFolderIsReadOnlyAndKept() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.path + "/plan", withIntermediateDirectories: true)
        try PlanStore(path: dir.database).apply(.add(["a"]), catalog: "c", now: 1)
        let before = try bytes(dir.database)
        let undo = try makeUnwritable(dir.path + "/plan")
        defer { undo() }
        do {
            let store = try PlanStore(path: dir.database)
            guard case .readOnly(let reason) = store.access else { Issue.record("writable: \(store.access)"); return }
            #expect(reason.contains("cannot be written"), "\(reason)")
            let error = #expect(throws: PlanStoreError.self) { try store.apply(.add(["b"]), catalog: "c", now: 2) }
            #expect(error?.exitCode == 73)
        } catch {
            // SQLite may not read a WAL database at all where it cannot make its shared-memory file.
            #expect(error.exitCode == 73, "\(error)")
            #expect(error.description.contains("cannot be written"), "\(error)")
        }
        #expect(try bytes(dir.database) == before)
    }

    @Test func aLockHeldPastTheTimeoutIsReportedAsBusy() throws {
        let dir = try StoreFolder()
        defer { dir.remove() }
        let store = try PlanStore(path: dir.database, busyTimeout: 0.3)
        try store.apply(.add(["a"]), catalog: "c", now: 1)
        let before = try bytes(dir.database)
        let locker = try DatabaseQueue(path: dir.database)
        try locker.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN EXCLUSIVE")
            let started = Date()
            let error = #expect(throws: PlanStoreError.self) { try store.apply(.setNote("a", "x"), catalog: "c", now: 2) }
            #expect(Date().timeIntervalSince(started) >= 0.25)
            #expect(error == .busy(path: dir.database, seconds: 0.3))
            #expect(error?.exitCode == 75)
            #expect(error?.description == "\(dir.database): the plan is locked by another process (waited 0.3 s); try again")
            // Reading still works while another process writes (WAL).
            #expect(try store.entries(catalog: "c").map(\.note) == [nil])
            try db.execute(sql: "ROLLBACK")
        }
        #expect(try bytes(dir.database) == before)
        try store.apply(.setNote("a", "x"), catalog: "c", now: 3)
        #expect(try store.entry(catalog: "c", boothID: "a")?.note == "x")
    }
}
