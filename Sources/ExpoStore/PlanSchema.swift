import ExpoModel
import GRDB

/// The plan database's schema: versioned migrations, the marks that tell our file from another
/// program's, and the mapping between rows and `PlanEntry`.
enum PlanSchema {
    /// `PRAGMA application_id` of a Pavilion plan: "PVLN". A SQLite file with another non-zero id,
    /// or with id 0 and tables of its own, is another program's and is never changed.
    static let applicationID: Int32 = 0x5056_4C4E
    /// `PRAGMA user_version`: the schema version this build writes (the number of migrations).
    static let version = 1
    /// The migrations' identifiers, oldest first; a file listing one not here is from a newer Pavilion.
    static let migrationIDs = ["v1-plan-entries"]

    /// The migrations. Each runs in one transaction and sets `user_version`.
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration(migrationIDs[0]) { db in
            try db.execute(sql: """
                CREATE TABLE plan_entry (
                  catalog TEXT NOT NULL,
                  booth_id TEXT NOT NULL,
                  added INTEGER NOT NULL,
                  updated INTEGER NOT NULL,
                  status TEXT NOT NULL CHECK (status IN ('to-visit', 'visited', 'contacted', 'skipped')),
                  note TEXT,
                  start TEXT,
                  time_zone TEXT,
                  duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
                  priority INTEGER CHECK (priority BETWEEN 1 AND 3),
                  PRIMARY KEY (catalog, booth_id)
                ) WITHOUT ROWID;
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                """)
        }
        return m
    }

    /// The columns read and written, in this order.
    static let columns = "booth_id, added, updated, status, note, start, time_zone, duration_minutes, priority"

    /// An entry from a row selected with `columns`.
    static func entry(_ row: Row) throws(PlanRowError) -> PlanEntry {
        let id: String = row[0]
        guard let status = PlanStatus(rawValue: row[3]) else { throw PlanRowError(boothID: id, what: "status \(String(describing: row[3] as String?))") }
        let startText: String? = row[5]
        var start: LocalDateTime?
        if let startText {
            guard let parsed = LocalDateTime(iso: startText) else { throw PlanRowError(boothID: id, what: "start \(startText)") }
            start = parsed
        }
        return PlanEntry(boothID: id, added: row[1], updated: row[2], status: status, note: row[4], start: start,
                         timeZone: row[6], durationMinutes: row[7], priority: row[8])
    }

    /// The statement arguments of `entry` for an `INSERT OR REPLACE` into `catalog`.
    static func arguments(_ e: PlanEntry, catalog: String) -> StatementArguments {
        [catalog, e.boothID, e.added, e.updated, e.status.rawValue, e.note, e.start?.description, e.timeZone,
         e.durationMinutes, e.priority]
    }

    /// Inserts or replaces an entry.
    static let upsert = "INSERT OR REPLACE INTO plan_entry (catalog, \(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
}

/// A row the schema's checks should have kept out (written by hand or another program).
struct PlanRowError: Error {
    var boothID: String
    var what: String
}
