/// A visit plan in the order a visitor walks it: by planned start (unscheduled entries last),
/// then hall, then booth code; with clashes and tight hall changes flagged.
public struct PlanSchedule: Sendable, Equatable {
    /// One entry, with what the catalogue says of its booth.
    public struct Item: Sendable, Equatable {
        /// The entry.
        public var entry: PlanEntry
        /// The booth's position in the catalogue; nil when it is not in this catalogue any more,
        /// or the entry is an event's.
        public var booth: Int?
        /// The event's position in the catalogue, for an event's entry.
        public var event: Int?
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
            if let id = e.eventID, let ev = catalog.eventPosition(id) {
                return Item(entry: e, booth: nil, event: ev, hall: PlanRow.place(of: catalog.events[ev], in: catalog), code: nil)
            }
            let pos = catalog.boothPosition(e.boothID)
            return Item(entry: e, booth: pos, hall: pos.map { catalog.booths[$0].hall } ?? nil, code: pos.map { catalog.booths[$0].code } ?? nil)
        }
        var clashes = 0, timed = 0
        var byStatus: [PlanStatus: Int] = [:]
        // Sweep: the timed items whose end is still ahead of the current start, kept sorted by
        // end so the ended ones leave from the front. Each item is flagged once, so a plan where
        // many entries overlap costs n log n plus the pairs counted, not a pass per pair.
        var open: [(end: Int, item: Int)] = []
        var head = 0
        // Open items not flagged yet; each leaves this list once, flagged or ended.
        var unflagged: [Int] = []
        var previous: Int?
        for i in items.indices {
            byStatus[items[i].entry.status, default: 0] += 1
            guard let start = items[i].entry.start, let end = items[i].entry.end else { continue }
            timed += 1
            let s = start.minutesSinceEpoch
            while head < open.count, open[head].end <= s { head += 1 }
            if head > 4096 { open.removeFirst(head); head = 0 }
            let overlapping = open.count - head
            if overlapping > 0 {
                clashes += overlapping
                items[i].clash = true
                for j in unflagged where (items[j].entry.end?.minutesSinceEpoch ?? 0) > s { items[j].clash = true }
                unflagged.removeAll(keepingCapacity: true)
            } else {
                unflagged.removeAll(keepingCapacity: true)
                unflagged.append(i)
            }
            if let p = previous, let pEnd = items[p].entry.end?.minutesSinceEpoch, pEnd <= s, s - pEnd < Self.walkMinutes,
               let a = items[p].hall, let b = items[i].hall, a != b {
                items[i].tightHallChange = true
            }
            // Insert by end (binary search among the open ones).
            let e = end.minutesSinceEpoch
            var lo = head, hi = open.count
            while lo < hi { let mid = (lo + hi) / 2; if open[mid].end <= e { lo = mid + 1 } else { hi = mid } }
            open.insert((e, i), at: lo)
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
