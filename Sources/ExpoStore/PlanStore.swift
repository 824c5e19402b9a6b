import ExpoModel
import GRDB

/// The visit plan's database: one SQLite file (through GRDB) holding the plans of every catalogue,
/// each filed under the catalogue's `Catalog.identity`.
///
/// One connection (`DatabaseQueue`) in WAL mode: readers never wait for a writer, a process
/// killed at any moment loses at most the action it was applying, and `PRAGMA data_version` on
/// the one connection tells when another process committed. `synchronous = NORMAL` (GRDB's WAL
/// setting): a commit survives the process being killed at any moment; a power cut may lose the
/// last commits but does not damage the file; a commit costs no fsync. Every `apply` is one `IMMEDIATE`
/// transaction that reads the rows it touches as they are at that moment, applies the change and
/// writes them back, so two processes editing different fields of one entry both keep their edit.
/// A lock held by another process is waited for up to `busyTimeout` seconds.
///
/// Bad files are never changed: a file that is not SQLite, a damaged one or another program's
/// database makes `init` throw; a file from a newer Pavilion, or one that cannot be written,
/// opens read-only (`access`, and `apply` throws the reason).
public final class PlanStore: @unchecked Sendable {
    /// Whether the plan can be changed, and if not, why.
    public enum Access: Sendable, Equatable {
        case readWrite
        case readOnly(reason: String)
    }

    /// The environment variable that names the database file instead of the default path.
    public static let pathVariable = "PAVILION_DB"

    /// `$XDG_DATA_HOME/pavilion/pavilion.sqlite`, default `~/.local/share/pavilion/pavilion.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? ".") + "/.local/share")
        return base + "/pavilion/pavilion.sqlite"
    }

    /// `PAVILION_DB` when set and not empty, else `defaultPath(environment:)`.
    public static func path(environment: [String: String]) -> String {
        if let p = environment[pathVariable], !p.isEmpty { return p }
        return defaultPath(environment: environment)
    }

    /// The database file.
    public let path: String
    /// How long a locked database is waited for, in seconds.
    public let busyTimeout: Double
    /// Whether the plan can be changed.
    public private(set) var access: Access = .readWrite
    /// Why the plan cannot be changed (`apply` throws it), or nil.
    public private(set) var readOnlyError: PlanStoreError?

    let queue: DatabaseQueue

    /// Opens (creating and migrating) the database at `path`, waiting up to 2 s for a lock.
    public convenience init(path: String) throws(PlanStoreError) {
        try self.init(path: path, busyTimeout: 2)
    }

    /// Opens (creating and migrating) the database at `path`.
    /// - Parameter busyTimeout: how long a lock held by another process is waited for, in seconds.
    /// - Throws: `.cannotCreate` (no folder or file could be made), `.corrupt` (not SQLite, or
    ///   damaged), `.foreign` (another program's database), `.busy` (locked while it had to be
    ///   migrated). The file is never changed when it throws.
    public init(path: String, busyTimeout: Double) throws(PlanStoreError) {
        self.path = path
        self.busyTimeout = busyTimeout
        let opened = try PlanOpener(path: path, busyTimeout: busyTimeout).open(create: true)
        queue = opened.queue
        if let why = opened.readOnly {
            readOnlyError = why
            access = .readOnly(reason: why.description)
        }
    }

    /// Opens an existing plan for reading only (never creating, migrating or writing anything),
    /// as `pavilion show` does; nil when there is no plan (no file, or an empty one) at `path`.
    public static func existing(path: String, busyTimeout: Double = 2) throws(PlanStoreError) -> PlanStore? {
        guard PlanFiles.exists(path), try PlanFiles.state(path) != .empty else { return nil }
        let opened = try PlanOpener(path: path, busyTimeout: busyTimeout).open(create: false)
        return PlanStore(path: path, busyTimeout: busyTimeout, opened: opened)
    }

    private init(path: String, busyTimeout: Double, opened: PlanOpener.Opened) {
        self.path = path
        self.busyTimeout = busyTimeout
        queue = opened.queue
        let why = opened.readOnly ?? .readOnly(path: path, reason: "opened for reading only")
        readOnlyError = why
        access = .readOnly(reason: why.description)
    }

    /// Every entry of the catalogue called `catalog` (its `Catalog.identity`), by booth id.
    public func entries(catalog: String) throws(PlanStoreError) -> [PlanEntry] {
        try run { [path] in try self.queue.read { db in try PlanRowReader.all(db, catalog: catalog, path: path) } }
    }

    /// The entry of one booth, or nil.
    public func entry(catalog: String, boothID: String) throws(PlanStoreError) -> PlanEntry? {
        try run { [path] in
            try self.queue.read { db in
                try Row.fetchOne(db.cachedStatement(sql: "SELECT \(PlanSchema.columns) FROM plan_entry WHERE catalog = ? AND booth_id = ?"),
                                 arguments: [catalog, boothID]).map { row throws in try Self.decode(row, path: path) }
            }
        }
    }

    /// Applies one user action in one transaction; returns the entries it removed (for undo).
    @discardableResult
    public func apply(_ change: PlanChange, catalog: String, now: Int64) throws(PlanStoreError) -> [PlanEntry] {
        try apply([change], catalog: catalog, now: now)
    }

    /// Applies several changes in one transaction (e.g. `plan add ID --note …`: the add and the
    /// note together); returns the entries they removed.
    @discardableResult
    public func apply(_ changes: [PlanChange], catalog: String, now: Int64) throws(PlanStoreError) -> [PlanEntry] {
        try transaction(catalog: catalog, ids: changes.flatMap(\.boothIDs)) { current in
            changes.flatMap { $0.apply(to: &current, now: now) }
        }
    }

    /// Runs `body` in one `IMMEDIATE` transaction on the entries of `ids` as they are in the
    /// database, then writes back what `body` changed (deleting the entries it removed).
    func transaction<T>(catalog: String, ids: [String], _ body: (inout [String: PlanEntry]) -> T) throws(PlanStoreError) -> T {
        if let readOnlyError { throw readOnlyError }
        return try run { [path] in
            var result: T?
            try self.queue.inTransaction(.immediate) { db in
                let select = try db.cachedStatement(sql: "SELECT \(PlanSchema.columns) FROM plan_entry WHERE catalog = ? AND booth_id = ?")
                var current: [String: PlanEntry] = [:]
                for id in Set(ids) {
                    if let row = try Row.fetchOne(select, arguments: [catalog, id]) { current[id] = try Self.decode(row, path: path) }
                }
                let before = current
                result = body(&current)
                let delete = try db.cachedStatement(sql: "DELETE FROM plan_entry WHERE catalog = ? AND booth_id = ?")
                for id in before.keys where current[id] == nil { try delete.execute(arguments: [catalog, id]) }
                let upsert = try db.cachedStatement(sql: PlanSchema.upsert)
                for (id, e) in current where before[id] != e { try upsert.execute(arguments: PlanSchema.arguments(e, catalog: catalog)) }
                return .commit
            }
            guard let result else { throw PlanStoreError.cannotWrite(path: path, reason: "the transaction did not run") }
            return result
        }
    }

    /// SQLite's data version on this store's connection: it changes when another connection
    /// commits (not on this store's own commits), for the browser's idle check for other
    /// processes' edits.
    public func dataVersion() throws(PlanStoreError) -> Int {
        try run { try self.queue.read { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 } }
    }

    /// Runs a database action, turning its errors into `PlanStoreError`.
    func run<T>(_ body: () throws -> T) throws(PlanStoreError) -> T {
        do { return try body() } catch { throw PlanOpener.storeError(error, path: path, busyTimeout: busyTimeout) }
    }

    static func decode(_ row: Row, path: String) throws -> PlanEntry {
        do { return try PlanSchema.entry(row) } catch {
            throw PlanStoreError.corrupt(path: path, reason: "the entry of booth \(error.boothID) has an unreadable \(error.what)")
        }
    }
}
