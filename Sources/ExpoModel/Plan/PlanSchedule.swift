/// A visit plan in the order a visitor walks it: by planned start (unscheduled entries last),
/// then hall, then booth code; with clashes and tight hall changes flagged.
public struct PlanSchedule: Sendable, Equatable {
    /// One entry, with what the catalogue says of its booth.
    public struct Item: Sendable, Equatable {
        /// The entry.
        public var entry: PlanEntry
        /// The booth's position in the catalogue; nil when it is not in this catalogue any more.
        public var booth: Int?
        /// The booth's hall.
        public var hall: String?
        /// The booth's code.
        public var code: String?
        /// True when its time overlaps another entry's.
        public var clash = false
        /// True when it starts less than `PlanSchedule.walkMinutes` after the entry before it
        /// ends, in another hall.
        public var tightHallChange = false
    }

    /// The minutes a visitor needs to change halls.
    public static let walkMinutes = 10

    /// The entries in order.
    public let items: [Item]
    /// Pairs of entries whose times overlap.
    public let clashes: Int
    /// Entries with a planned time.
    public let timed: Int
    /// Entries by status.
    public let byStatus: [PlanStatus: Int]

    /// Orders `entries` and flags them, looking their booths up in `catalog`.
    public init(entries: some Sequence<PlanEntry>, catalog: Catalog) {
        // The one order every plan listing uses (`PlanOrder`).
        var items: [Item] = PlanOrder.sorted(Array(entries), in: catalog).map { e in
            let pos = catalog.boothPosition(e.boothID)
            return Item(entry: e, booth: pos, hall: pos.map { catalog.booths[$0].hall } ?? nil, code: pos.map { catalog.booths[$0].code } ?? nil)
        }
        var clashes = 0, timed = 0
        var byStatus: [PlanStatus: Int] = [:]
        // Sweep: the timed items whose end is still ahead of the current start.
        var open: [Int] = []
        var previous: Int?
        for i in items.indices {
            byStatus[items[i].entry.status, default: 0] += 1
            guard let start = items[i].entry.start, items[i].entry.end != nil else { continue }
            timed += 1
            let s = start.minutesSinceEpoch
            open.removeAll { (items[$0].entry.end?.minutesSinceEpoch ?? 0) <= s }
            for j in open {
                clashes += 1
                items[j].clash = true
                items[i].clash = true
            }
            if let p = previous, let pEnd = items[p].entry.end?.minutesSinceEpoch, pEnd <= s, s - pEnd < Self.walkMinutes,
               let a = items[p].hall, let b = items[i].hall, a != b {
                items[i].tightHallChange = true
            }
            open.append(i)
            previous = i
        }
        self.items = items
        self.clashes = clashes
        self.timed = timed
        self.byStatus = byStatus
    }

    /// "12 planned · 3 visited · 2 clashes".
    public var summary: String {
        var parts = ["\(Format.grouped(items.count)) planned"]
        if let v = byStatus[.visited], v > 0 { parts.append("\(Format.grouped(v)) visited") }
        if let c = byStatus[.contacted], c > 0 { parts.append("\(Format.grouped(c)) contacted") }
        if let s = byStatus[.skipped], s > 0 { parts.append("\(Format.grouped(s)) skipped") }
        if clashes > 0 { parts.append("\(Format.grouped(clashes)) clash\(clashes == 1 ? "" : "es")") }
        return parts.joined(separator: " · ")
    }
}
