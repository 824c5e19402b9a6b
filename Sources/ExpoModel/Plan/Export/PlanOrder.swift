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
        let keyed = entries.map { e -> (row: PlanRow, hall: [UInt32]?, code: [UInt32]?) in
            let row = PlanRow(entry: e, catalog: catalog)
            return (row, row.booth?.hall.map(NaturalOrder.key), row.booth?.code.map(NaturalOrder.key))
        }
        return keyed.sorted { a, b in
            let sa = a.row.entry.start?.minutesSinceEpoch ?? Int.max, sb = b.row.entry.start?.minutesSinceEpoch ?? Int.max
            if sa != sb { return sa < sb }
            if let o = order(a.hall, b.hall, a.row.booth?.hall, b.row.booth?.hall) { return o }
            if let o = order(a.code, b.code, a.row.booth?.code, b.row.booth?.code) { return o }
            return a.row.entry.boothID < b.row.entry.boothID
        }.map(\.row)
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
