/// The order of a plan's entries everywhere they are listed: by planned start (wall-clock time;
/// untimed entries last), then hall and booth code in natural order ("Hall 2" before "Hall 10";
/// none last), then booth id.
public enum PlanOrder {
    /// `entries` in plan order, their booths looked up in `catalog`.
    public static func sorted(_ entries: [PlanEntry], in catalog: Catalog) -> [PlanEntry] {
        rows(entries, in: catalog).map(\.entry)
    }

    /// The entries with their booths, in plan order.
    static func rows(_ entries: [PlanEntry], in catalog: Catalog) -> [PlanRow] {
        let rows = entries.map { PlanRow(entry: $0, catalog: catalog) }
        // Keys made once per entry, not once per comparison.
        let starts = rows.map { $0.entry.start?.minutesSinceEpoch ?? Int.max }
        let halls = rows.map { $0.booth?.hall.map(NaturalOrder.key) }
        let codes = rows.map { $0.booth?.code.map(NaturalOrder.key) }
        let order = rows.indices.sorted { a, b in
            if starts[a] != starts[b] { return starts[a] < starts[b] }
            if let o = Self.order(halls[a], halls[b], rows[a].booth?.hall, rows[b].booth?.hall) { return o }
            if let o = Self.order(codes[a], codes[b], rows[a].booth?.code, rows[b].booth?.code) { return o }
            return rows[a].entry.boothID < rows[b].entry.boothID
        }
        return order.map { rows[$0] }
    }

    /// Natural order of two optional names by their keys (none last); nil when they are equal.
    private static func order(_ ka: [UInt32]?, _ kb: [UInt32]?, _ a: String?, _ b: String?) -> Bool? {
        switch (ka, kb) {
        case (nil, nil): return nil
        case (nil, _): return false
        case (_, nil): return true
        case let (ka?, kb?):
            if ka != kb { return ka.lexicographicallyPrecedes(kb) }
            if a != b, let a, let b { return a < b }
            return nil
        }
    }
}

/// A plan entry with what the catalogue knows of its booth.
struct PlanRow: Sendable {
    /// The entry.
    var entry: PlanEntry
    /// The booth; nil when it is not in the catalogue any more.
    var booth: Booth?
    /// The exhibitor's name (its id when the exhibitor is unknown).
    var exhibitor: String?
    /// The expo's name (its id when the expo is unknown).
    var expo: String?

    init(entry: PlanEntry, catalog: Catalog) {
        self.entry = entry
        let booth = catalog.booth(entry.boothID)
        self.booth = booth
        self.exhibitor = booth.map { catalog.exhibitor($0.exhibitor)?.name ?? $0.exhibitor }
        self.expo = booth.map { catalog.expo($0.expo)?.name ?? $0.expo }
    }

    /// What is said of a booth that is no longer in the catalogue.
    static let gone = "not in this catalogue any more"
}
