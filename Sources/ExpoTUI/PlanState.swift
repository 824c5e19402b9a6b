import ExpoModel

/// The browser's copy of the visit plan. `update` changes it at once (so a mark shows on the
/// key press) and asks the run loop, through an effect, to store the same change; the loop
/// sends the stored plan back when another process changes it or a change could not be kept.
public struct PlanState: Sendable, Equatable {
    /// The entries, by booth id.
    public internal(set) var entries: [String: PlanEntry] = [:]
    /// Why the plan cannot be changed (a newer or corrupt database…); nil when it can.
    public internal(set) var readOnly: String?
    /// The entries the last `d` removed, for `u`.
    var undo: [PlanEntry] = []
    /// Changes with every change, so the Plan view's order is made again only when the plan
    /// changed; a new plan starts from a random value, so it never matches an old plan's order.
    var version = Int.random(in: 0..<Int.max / 2)

    /// Creates a plan from stored entries.
    public init(entries: [PlanEntry] = [], readOnly: String? = nil) {
        self.entries = Dictionary(entries.map { ($0.boothID, $0) }, uniquingKeysWith: { a, _ in a })
        self.readOnly = readOnly
    }

    /// The entry of a booth, if it is in the plan.
    public func entry(_ boothID: String) -> PlanEntry? { entries[boothID] }

    /// The mark a booth's row shows: ★ to visit, ✓ visited, ✉ contacted, ✗ skipped, nothing
    /// when the booth is not in the plan. Each status has its own sign, so none depends on colour.
    public func mark(_ boothID: String) -> String {
        guard let e = entries[boothID] else { return "" }
        return Self.sign(e.status)
    }

    /// The sign of a status.
    public static func sign(_ status: PlanStatus) -> String {
        switch status {
        case .toVisit: return "★"
        case .visited: return "✓"
        case .contacted: return "✉"
        case .skipped: return "✗"
        }
    }
}
