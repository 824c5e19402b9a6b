#if canImport(GRDBSQLite)
import GRDBSQLite
#elseif canImport(SQLite3)
import SQLite3
#endif
import ExpoModel
import GRDB

/// Reads plan entries straight from SQLite's columns: loading a plan of 10,000 entries is what
/// the Plan view waits for, and going through GRDB's generic rows took most of that time.
enum PlanRowReader {
    /// Every entry of `catalog`, by booth id.
    static func all(_ db: Database, catalog: String, path: String) throws -> [PlanEntry] {
        let statement = try db.makeStatement(sql: "SELECT \(PlanSchema.columns) FROM plan_entry WHERE catalog = ? ORDER BY booth_id")
        let s = statement.sqliteStatement
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        guard sqlite3_bind_text(s, 1, catalog, -1, transient) == SQLITE_OK else {
            throw PlanStoreError.cannotWrite(path: path, reason: "cannot bind the catalogue's name")
        }
        var out: [PlanEntry] = []
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqlite3_db_handle(s))))
            }
            out.append(try entry(s, path: path))
        }
        return out
    }

    /// The entry in the statement's current row (columns as `PlanSchema.columns`).
    static func entry(_ s: OpaquePointer?, path: String) throws -> PlanEntry {
        let id = text(s, 0) ?? ""
        guard let statusText = text(s, 3), let status = PlanStatus(rawValue: statusText) else {
            throw PlanStoreError.corrupt(path: path, reason: "the entry of booth \(id) has an unreadable status")
        }
        var start: LocalDateTime?
        if let startText = text(s, 5) {
            guard let parsed = dateTime(startText) else {
                throw PlanStoreError.corrupt(path: path, reason: "the entry of booth \(id) has an unreadable start \(startText)")
            }
            start = parsed
        }
        return PlanEntry(boothID: id, added: sqlite3_column_int64(s, 1), updated: sqlite3_column_int64(s, 2), status: status,
                         note: text(s, 4), start: start, timeZone: text(s, 6), durationMinutes: Int(sqlite3_column_int64(s, 7)),
                         priority: sqlite3_column_type(s, 8) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(s, 8)))
    }

    /// A text column (nil for NULL), NUL characters included.
    static func text(_ s: OpaquePointer?, _ i: Int32) -> String? {
        guard sqlite3_column_type(s, i) != SQLITE_NULL, let p = sqlite3_column_text(s, i) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, i))), as: UTF8.self)
    }

    /// `YYYY-MM-DDTHH:MM` read digit by digit (the form the store writes), else `LocalDateTime(iso:)`.
    static func dateTime(_ text: String) -> LocalDateTime? {
        text.utf8.withContiguousStorageIfAvailable { b -> LocalDateTime? in
            guard b.count == 16, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A else { return nil }
            func n(_ from: Int, _ count: Int) -> Int? {
                var v = 0
                for i in from..<from + count {
                    guard (0x30...0x39).contains(b[i]) else { return nil }
                    v = v * 10 + Int(b[i] - 0x30)
                }
                return v
            }
            guard let y = n(0, 4), let mo = n(5, 2), let d = n(8, 2), let h = n(11, 2), let mi = n(14, 2) else { return nil }
            return LocalDateTime(year: y, month: mo, day: d, hour: h, minute: mi)
        } ?? LocalDateTime(iso: text)
    }
}
