/// The order of a plan's entries everywhere they are listed: by planned start (wall-clock time;
/// untimed entries last), then hall and booth code in natural order ("Hall 2" before "Hall 10";
/// none last), then booth id.
public enum PlanOrder {
    /// `entries` in plan order, their booths looked up in `catalog`.
    public static func sorted(_ entries: [PlanEntry], in catalog: Catalog) -> [PlanEntry] {
        order(entries, in: catalog).map { entries[$0] }
    }

    /// The entries with their booths, in plan order.
    static func rows(_ entries: [PlanEntry], in catalog: Catalog) -> [PlanRow] {
        order(entries, in: catalog).map { PlanRow(entry: entries[$0], catalog: catalog) }
    }

    /// The positions of `entries` in plan order. Keys and names are taken once per entry, and
    /// the comparison reads only them (not the booth records, whose copies cost more than the
    /// comparison: 10,000 entries sorted in a fraction of the time).
    static func order(_ entries: [PlanEntry], in catalog: Catalog) -> [Int] {
        let booths = entries.map { catalog.boothPosition($0.boothID) }
        let hallNames: [String?] = entries.indices.map { i in
            booths[i].flatMap { catalog.booths[$0].hall } ?? entries[i].eventID.flatMap { catalog.event($0) }.flatMap { PlanRow.place(of: $0, in: catalog) }
        }
        let codeNames: [String?] = booths.map { $0.flatMap { catalog.booths[$0].code } }
        let starts = entries.map { $0.start?.minutesSinceEpoch ?? Int.max }
        let halls = hallNames.map { $0.map(NaturalOrder.key) }
        let codes = codeNames.map { $0.map(NaturalOrder.key) }
        return entries.indices.sorted { a, b in
            if starts[a] != starts[b] { return starts[a] < starts[b] }
            if let o = Self.order(halls[a], halls[b], hallNames[a], hallNames[b]) { return o }
            if let o = Self.order(codes[a], codes[b], codeNames[a], codeNames[b]) { return o }
            return entries[a].boothID < entries[b].boothID
        }
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
    /// The booth; nil when it is not in the catalogue any more, or the entry is an event's.
    var booth: Booth?
    /// The event of an event's entry, when the catalogue has it.
    var event: ExpoEvent?
    /// The exhibitor's name (its id when the exhibitor is unknown), or the event's title.
    var exhibitor: String?
    /// The expo's name (its id when the expo is unknown).
    var expo: String?

    init(entry: PlanEntry, catalog: Catalog) {
        self.entry = entry
        if let id = entry.eventID {
            let event = catalog.event(id)
            self.event = event
            self.exhibitor = event?.title
            self.expo = event.map { catalog.expo($0.expo)?.name ?? $0.expo }
            return
        }
        let booth = catalog.booth(entry.boothID)
        self.booth = booth
        self.exhibitor = booth.map { catalog.exhibitor($0.exhibitor)?.name ?? $0.exhibitor }
        self.expo = booth.map { catalog.expo($0.expo)?.name ?? $0.expo }
    }

    /// True when neither a booth nor an event of the catalogue answers to the entry.
    var isGone: Bool { booth == nil && event == nil }

    /// Where the booth is (its hall), or where the event takes place (its venue or hall).
    var hall: String? { booth?.hall ?? event.flatMap { e in e.venue ?? e.hall } }

    /// Where an event takes place: its venue, else its hall's name (or text).
    static func place(of e: ExpoEvent, in catalog: Catalog) -> String? {
        e.venue ?? catalog.hall(ofEvent: e)?.name ?? e.hall
    }

    /// What is said of a booth that is no longer in the catalogue.
    static let gone = "not in this catalogue any more"
}
