/// Searching events with the query language of booths: the same terms, with the fields an event
/// has (`kind:`, `hall:`, `expo:`, `delegation:` for its organisers, `date>=2017-06-16`).
public enum EventSearch {
    /// What a query matches an event against: title, venue, hall, kind, topics and speakers; every
    /// event is also of kind `event`.
    public static func record(_ e: ExpoEvent, in c: Catalog) -> SearchRecord {
        let hallName = c.hall(ofEvent: e)?.name
        var attrs: [SearchField: [String]] = [.name: [e.title], .kind: ["event"] + (e.kind.map { [$0.rawValue] } ?? [])]
        attrs[.hall] = [e.hall, hallName, e.venue].compactMap { $0 }
        attrs[.expo] = [e.expo] + (c.expo(e.expo).map { [$0.name] } ?? []) + (e.startTime.map { [$0.dateText] } ?? [])
        attrs[.delegation] = e.organisers.map { c.delegation($0)?.name ?? $0 }
        var numbers: [SearchField: Double] = [:]
        if let t = e.startTime { numbers[.date] = Double(t.dayNumber) }
        let texts = [e.title, e.venue, hallName ?? e.hall, e.kind?.rawValue].compactMap { $0 } + e.topics + e.speakers
        return SearchRecord(texts: texts, attributes: attrs, numbers: numbers)
    }

    /// True when the query asks for events: it has a `kind:event` term.
    public static func asksForEvents(_ q: SearchQuery) -> Bool {
        q.groups.contains { g in
            g.count == 1 && !g[0].negated && g[0].kind == .field(.kind, "event")
        }
    }

    /// The positions (into `catalog.events`) of the events that match, best first; ties in
    /// programme order.
    public static func search(_ q: SearchQuery, in c: Catalog) -> [(event: Int, score: Int)] {
        let order = c.programmeOrder(Array(c.events.indices))
        var hits: [(event: Int, score: Int, rank: Int)] = []
        for (rank, i) in order.enumerated() {
            if let m = q.match(record(c.events[i], in: c)) { hits.append((i, m.score, rank)) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.rank < $1.rank }
        return hits.map { ($0.event, $0.score) }
    }
}
