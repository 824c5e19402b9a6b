import Foundation
import GRDB

/// Opens the plan's database so that a file that is not ours is never changed: its first bytes
/// are checked before SQLite sees it, then it is inspected through a read-only connection, and
/// only a new file or a Pavilion plan this build understands is opened for writing (WAL) and
/// migrated.
struct PlanOpener {
    let path: String
    let busyTimeout: Double

    /// An open connection, and why it may not write (nil: it may).
    struct Opened {
        let queue: DatabaseQueue
        let readOnly: PlanStoreError?
    }

    /// What a read-only look at an existing SQLite file found.
    struct Inspection {
        var applicationID: Int32
        var userVersion: Int
        var tables: [String]
        var migrations: [String]

        /// True when the file was written by a newer Pavilion.
        var isNewer: Bool {
            userVersion > PlanSchema.version || migrations.contains { !PlanSchema.migrationIDs.contains($0) }
        }

        /// True when every migration this build knows has run.
        var isComplete: Bool { Set(PlanSchema.migrationIDs).isSubset(of: Set(migrations)) }
    }

    /// Opens the file, creating it first when `create` is set (else only reading it).
    func open(create: Bool) throws(PlanStoreError) -> Opened {
        if create, !PlanFiles.exists(path) { try PlanFiles.create(path) }
        if try PlanFiles.state(path) == .empty {
            guard create else { return Opened(queue: try readOnlyQueue(), readOnly: nil) }
            return Opened(queue: try writableQueue(migrate: true), readOnly: nil)
        }
        let reader = try readOnlyQueue()
        let found = try inspect(reader)
        try checkOurs(found)
        if found.isNewer {
            return Opened(queue: reader, readOnly: .newer(path: path, found: max(found.userVersion, PlanSchema.version + 1), known: PlanSchema.version))
        }
        guard create else { return Opened(queue: reader, readOnly: nil) }
        do {
            return Opened(queue: try writableQueue(migrate: !found.isComplete), readOnly: nil)
        } catch {
            guard case .readOnly(_, let reason) = error, found.isComplete else { throw error }
            return Opened(queue: reader, readOnly: .readOnly(path: path, reason: reason))
        }
    }

    /// Throws `.foreign` unless the file is a Pavilion plan or an empty SQLite database (or one being made).
    func checkOurs(_ found: Inspection) throws(PlanStoreError) {
        if found.applicationID == PlanSchema.applicationID { return }
        if found.applicationID != 0 {
            let hex = String(UInt32(bitPattern: found.applicationID), radix: 16)
            throw .foreign(path: path, reason: "a SQLite database of another program (application id 0x\(hex)), not a Pavilion plan")
        }
        // GRDB makes its `grdb_migrations` table before the first migration's transaction: a file
        // with only that table is a plan another process is creating at this moment.
        if found.tables.contains(where: { $0 != "grdb_migrations" }) {
            let names = found.tables.prefix(5).joined(separator: ", ") + (found.tables.count > 5 ? ", …" : "")
            throw .foreign(path: path, reason: "a SQLite database of another program (tables \(names)), not a Pavilion plan")
        }
    }

    /// A connection that never writes.
    func readOnlyQueue() throws(PlanStoreError) -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "pavilion-plan-read"
        do { return try DatabaseQueue(path: path, configuration: config) } catch {
            throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// A read-write connection in WAL mode, migrated when `migrate` is set. Two processes opening
    /// a new file at once both get here; the one that loses the race retries until the timeout.
    func writableQueue(migrate: Bool) throws(PlanStoreError) -> DatabaseQueue {
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(busyTimeout)
        config.label = "pavilion-plan"
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                let queue = try DatabaseQueue(path: path, configuration: config)
                if migrate { try PlanSchema.migrator.migrate(queue) }
                return queue
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                usleep(20_000)
            } catch let error as DatabaseError where migrate && Date() < deadline && Self.migratedByAnother(error) {
                // Another process ran the migration between our look at the file and our transaction
                // (ours rolled back whole): the next round finds it done and migrates nothing.
                usleep(5_000)
            } catch {
                throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
            }
        }
    }

    /// True when a migration failed because its table already exists: another process created it
    /// after this one read which migrations had run.
    static func migratedByAnother(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_ERROR && (error.message ?? "").contains("already exists")
    }

    /// Reads the marks that tell whose file it is.
    func inspect(_ reader: DatabaseQueue) throws(PlanStoreError) -> Inspection {
        do {
            return try reader.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                let migrations = tables.contains("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
                return Inspection(applicationID: try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
                                  userVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                                  tables: tables, migrations: migrations)
            }
        } catch {
            throw Self.storeError(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// The `PlanStoreError` for an error from GRDB or SQLite.
    static func storeError(_ error: any Error, path: String, busyTimeout: Double) -> PlanStoreError {
        if let e = error as? PlanStoreError { return e }
        guard let e = error as? DatabaseError else { return .cannotWrite(path: path, reason: String(describing: error)) }
        let message = e.message ?? "SQLite error \(e.resultCode.rawValue)"
        switch e.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path, seconds: busyTimeout)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .corrupt(path: path, reason: "a damaged database (\(message))")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return .readOnly(path: path, reason: "the file or its folder \(PlanFiles.folder(of: path)) cannot be written (\(message))")
        case .SQLITE_FULL:
            return .cannotWrite(path: path, reason: "the disk is full")
        default:
            return .cannotWrite(path: path, reason: message)
        }
    }
}
