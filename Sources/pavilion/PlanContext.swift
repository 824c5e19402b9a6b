import ArgumentParser
import ExpoModel
import ExpoStore
import Foundation

/// What every `pavilion plan` command works on: the catalogue, the identity its plan is filed
/// under, and the plan's database (`PAVILION_DB`, else `PlanStore.defaultPath`).
struct PlanContext {
    let catalog: Catalog
    let store: PlanStore?
    let now: Int64

    /// The plan's name in the database: the catalogue's `id`, else its title.
    var identity: String { catalog.identity }

    /// The database's path for this process's environment.
    static var databasePath: String { PlanStore.path(environment: ProcessInfo.processInfo.environment) }

    /// Loads the catalogue and opens the plan: for changing it (`writing`: created when missing,
    /// and refused when read-only), or for reading it (never created; no file is an empty plan).
    static func open(_ options: CatalogOptions, writing: Bool) throws -> PlanContext {
        let catalog = try options.load()
        let path = databasePath
        let now = Int64(Date().timeIntervalSince1970)
        do throws(PlanStoreError) {
            if writing {
                let store = try PlanStore(path: path)
                if let why = store.readOnlyError { throw why }
                return PlanContext(catalog: catalog, store: store, now: now)
            }
            let store = try PlanStore.existing(path: path)
            if let why = store?.readOnlyError, case .newer = why { Console.error(why.description) }
            return PlanContext(catalog: catalog, store: store, now: now)
        } catch {
            throw error.exit()
        }
    }

    /// The plan's entries (none when there is no database yet).
    func entries() throws -> [PlanEntry] {
        guard let store else { return [] }
        do throws(PlanStoreError) { return try store.entries(catalog: identity) } catch { throw error.exit() }
    }

    /// Applies changes in one transaction.
    @discardableResult
    func apply(_ changes: [PlanChange]) throws -> [PlanEntry] {
        guard let store else { return [] }
        do throws(PlanStoreError) { return try store.apply(changes, catalog: identity, now: now) } catch { throw error.exit() }
    }

    /// Runs a store action, turning its error into a message and an exit code.
    func run<T>(_ body: (PlanStore) throws(PlanStoreError) -> T) throws -> T? {
        guard let store else { return nil }
        do throws(PlanStoreError) { return try body(store) } catch { throw error.exit() }
    }
}

extension PlanStoreError {
    /// Prints the message and ends the command with the error's exit code.
    func exit() -> ExitCode {
        Console.error(description)
        return ExitCode(exitCode)
    }
}
