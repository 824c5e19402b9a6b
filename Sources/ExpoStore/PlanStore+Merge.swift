import ExpoModel
import GRDB

/// What merging an imported plan did.
public struct PlanMergeResult: Sendable, Equatable {
    /// Entries that were not in the plan and were added.
    public var added: [PlanEntry] = []
    /// Entries that were already in the plan as they are in the file.
    public var unchanged: [String] = []
    /// Entries that differ: the plan's and the file's. Kept as in the plan unless replaced.
    public var conflicts: [(plan: PlanEntry, file: PlanEntry)] = []
    /// True when the conflicting entries were replaced by the file's.
    public var replaced = false

    /// An empty result.
    public init() {}

    public static func == (a: PlanMergeResult, b: PlanMergeResult) -> Bool {
        a.added == b.added && a.unchanged == b.unchanged && a.replaced == b.replaced
            && a.conflicts.map(\.plan) == b.conflicts.map(\.plan) && a.conflicts.map(\.file) == b.conflicts.map(\.file)
    }
}

extension PlanStore {
    /// Merges `entries` (e.g. read from an export) into the plan, by booth id, in one transaction:
    /// entries not in the plan are added; entries that differ in what the visitor set (status,
    /// note, time, zone, duration, priority) are conflicts, kept as in the plan unless `replace`.
    public func merge(_ entries: [PlanEntry], catalog: String, replace: Bool) throws(PlanStoreError) -> PlanMergeResult {
        try transaction(catalog: catalog, ids: entries.map(\.boothID)) { current in
            var result = PlanMergeResult()
            result.replaced = replace
            for e in entries {
                guard let old = current[e.boothID] else {
                    current[e.boothID] = e
                    result.added.append(e)
                    continue
                }
                if Self.sameContent(old, e) {
                    result.unchanged.append(e.boothID)
                } else {
                    result.conflicts.append((plan: old, file: e))
                    if replace { current[e.boothID] = e }
                }
            }
            return result
        }
    }

    /// Removes every entry of `catalog` in one transaction; returns them.
    @discardableResult
    public func clear(catalog: String) throws(PlanStoreError) -> [PlanEntry] {
        if let readOnlyError { throw readOnlyError }
        return try run { [path] in
            var removed: [PlanEntry] = []
            try self.queue.inTransaction(.immediate) { db in
                let rows = try Row.fetchAll(db, sql: "SELECT \(PlanSchema.columns) FROM plan_entry WHERE catalog = ? ORDER BY booth_id", arguments: [catalog])
                removed = try rows.map { row throws in try Self.decode(row, path: path) }
                try db.execute(sql: "DELETE FROM plan_entry WHERE catalog = ?", arguments: [catalog])
                return .commit
            }
            return removed
        }
    }

    /// `PRAGMA integrity_check`: ["ok"] for a sound database, else SQLite's findings.
    public func integrityCheck() throws(PlanStoreError) -> [String] {
        try run { try self.queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") } }
    }

    /// True when two entries hold the same visitor-set fields (added and updated times aside).
    static func sameContent(_ a: PlanEntry, _ b: PlanEntry) -> Bool {
        a.status == b.status && a.note == b.note && a.start == b.start && a.timeZone == b.timeZone
            && a.durationMinutes == b.durationMinutes && a.priority == b.priority
    }
}
