import ExpoModel
import ExpoStore
import ExpoTUI

/// The plan entry `pavilion show` adds to a booth. The plan is only read: no database is created,
/// and when it cannot be opened `show` says nothing about the plan.
enum ShowPlan {
    /// The booth's entry in the catalogue's plan, or nil (none, or no readable plan).
    static func entry(_ boothID: String, _ c: Catalog) -> PlanEntry? {
        guard let store = try? PlanStore.existing(path: PlanContext.databasePath, busyTimeout: 0.5) else { return nil }
        return try? store.entry(catalog: c.identity, boothID: boothID)
    }

    /// The "Plan" section.
    static func items(_ e: PlanEntry) -> [DetailItem] {
        var items: [DetailItem] = [.blank, .heading("Plan"), .field("Status", e.status.rawValue)]
        if e.start != nil { items.append(.field("Time", PlanText.span(e))) }
        if let p = e.priority { items.append(.field("Priority", String(p))) }
        if let note = e.note {
            let lines = note.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            items.append(.field("Note", lines.first ?? ""))
            items += lines.dropFirst().map { .text($0) }
        }
        return items
    }
}
