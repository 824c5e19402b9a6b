import ExpoModel
import ExpoStore
import ExpoTUI
#if canImport(Glibc)
import Glibc
#endif

/// The browser's visit plan kept in the plan database (`PlanStore`): each change is one
/// transaction; others' changes are noticed through SQLite's data version on the idle tick.
final class StorePlanBackend: PlanBackend {
    let store: PlanStore
    let catalog: String
    private var seenVersion: Int?

    /// Opens the plan of `catalog` (its identity) in `store`.
    init(store: PlanStore, catalog: String) {
        self.store = store
        self.catalog = catalog
        seenVersion = try? store.dataVersion()
    }

    /// Why the plan cannot be changed, when it cannot.
    var readOnly: String? {
        if case let .readOnly(reason) = store.access { return reason }
        return nil
    }

    /// The plan as stored now.
    func entries() -> [PlanEntry] { (try? store.entries(catalog: catalog)) ?? [] }

    func store(_ change: PlanChange) -> PlanBackendFailure? {
        do {
            try store.apply(change, catalog: catalog, now: Int64(time(nil)))
            return nil
        } catch {
            return PlanBackendFailure(message: error.description, entries: entries(), readOnly: readOnly)
        }
    }

    func changes() -> (entries: [PlanEntry], readOnly: String?)? {
        guard let version = try? store.dataVersion(), version != seenVersion else { return nil }
        seenVersion = version
        return (entries(), readOnly)
    }
}
