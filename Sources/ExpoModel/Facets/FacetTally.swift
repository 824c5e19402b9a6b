/// Counts values of any records (events, plan entries, exhibitors, delegations) for a facet
/// panel: each record adds its values once, with the field term that selects each.
public struct FacetTally: Sendable {
    private var slots: [String: Int] = [:]
    private var values: [Facet.Count] = []

    /// Creates an empty tally.
    public init() {}

    /// Counts `value` once, remembering `term` (the first term given for a value wins).
    /// Empty values are left out.
    public mutating func add(_ value: String, term: String, count: Int = 1) {
        guard !value.isEmpty, count > 0 else { return }
        if let at = slots[value] {
            values[at].count += count
        } else {
            slots[value] = values.count
            values.append(Facet.Count(value: value, count: count, term: term))
        }
    }

    /// Counts each distinct value of a record once (a record listing a sector twice counts once).
    public mutating func add(distinct values: [String], field: String) {
        for (i, v) in values.enumerated() where !values[..<i].contains(v) {
            add(v, term: Facet.term(field: field, value: v))
        }
    }

    /// True when nothing was counted.
    public var isEmpty: Bool { values.isEmpty }

    /// The values, most frequent first, ties in natural order.
    public var counts: [Facet.Count] { Facet.sorted(values) }
}
