import ExpoModel
import GRDB

/// The visit plan's database (SQLite through GRDB). PLACEHOLDER API, implemented by the store's
/// work: every method below must keep its signature.
public final class PlanStore: @unchecked Sendable {
    /// Whether the plan can be changed, and if not, why.
    public enum Access: Sendable, Equatable {
        case readWrite
        case readOnly(reason: String)
    }

    /// `$XDG_DATA_HOME/pavilion/pavilion.sqlite`, default `~/.local/share/pavilion/pavilion.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? ".") + "/.local/share")
        return base + "/pavilion/pavilion.sqlite"
    }

    /// The database file.
    public let path: String
    /// Whether the plan can be changed.
    public private(set) var access: Access = .readOnly(reason: "not implemented")

    /// Opens (creating and migrating) the database at `path`.
    public init(path: String) throws(PlanStoreError) {
        self.path = path
    }

    /// Every entry of the catalogue called `catalog` (its `Catalog.identity`).
    public func entries(catalog: String) throws(PlanStoreError) -> [PlanEntry] { [] }

    /// Applies one user action in one transaction; returns the entries it removed (for undo).
    @discardableResult
    public func apply(_ change: PlanChange, catalog: String, now: Int64) throws(PlanStoreError) -> [PlanEntry] {
        throw .readOnly(path: path, reason: "not implemented")
    }

    /// SQLite's data version: it changes when another connection commits (for the browser's idle
    /// check for other processes' edits).
    public func dataVersion() throws(PlanStoreError) -> Int { 0 }
}
