/// Where a visitor stands with a booth in the visit plan.
public enum PlanStatus: String, Sendable, CaseIterable, Equatable, Hashable {
    /// Marked, not yet seen (the default).
    case toVisit = "to-visit"
    /// Seen.
    case visited
    /// Spoken to, or followed up after the fair.
    case contacted
    /// Decided against.
    case skipped

    /// The next status in the order `v` cycles through.
    public var next: PlanStatus {
        let all = Self.allCases
        let i = all.firstIndex(of: self) ?? 0
        return all[(i + 1) % all.count]
    }
}
