import ExpoModel

/// Which expo's events the Events view lists.
public struct EventScope: Sendable, Equatable {
    /// The expo's position, or nil for every expo.
    public var expo: Int?
    /// The title's note: the expo's name, or "all expos".
    public var label: String
}

extension BrowserState {
    /// The expo selected in the Catalogue view when it has events; otherwise every expo, so the
    /// view is never empty for want of a selection.
    public var eventScope: EventScope {
        if let e = selectedExpo, let i = catalog.expoPosition(e.id), catalog.eventCount(ofExpo: e.id) > 0 {
            return EventScope(expo: i, label: e.name)
        }
        return EventScope(expo: nil, label: "all expos")
    }

    /// The Events view's rows: in programme order (by local start, undated last), or A–Z.
    func eventRows() -> ([Row], Int) {
        let c = catalog
        var idx = eventScope.expo.map { c.eventIndices(ofExpo: c.expos[$0].id) } ?? Array(c.events.indices)
        if chosenSort(.events) == .name {
            idx.sort { naturalLess(c.events[$0].title, c.events[$1].title) }
        } else {
            idx = c.programmeOrder(idx)
        }
        return (idx.map { Row(ref: .event($0), name: c.events[$0].title, highlights: []) }, idx.count)
    }

    /// What a filter matches an event against (`EventSearch.record`).
    func eventSearchRecord(_ e: ExpoEvent) -> SearchRecord { EventSearch.record(e, in: catalog) }

    func eventColumns() -> [Column] {
        let c = catalog
        let withYear = eventScope.expo == nil
        func event(_ row: Row) -> ExpoEvent? {
            if case let .event(i) = row.ref { return c.events[i] }
            return nil
        }
        let plan = self.plan
        let marks: [Column] = plan.entries.isEmpty ? [] : [Column(header: "★", value: { row in
            event(row).map { plan.mark(PlanEntry.key(event: $0.id)) } ?? ""
        }, priority: 5, maxWidth: 1)]
        return marks + [
            Column(header: "Date", value: { row in
                guard let t = event(row)?.startTime else { return "—" }
                return withYear ? t.dateText : String(t.dateText.dropFirst(5))
            }, priority: 4),
            Column(header: "Time", value: { event($0).map(Self.timeRange) ?? "" }, priority: 3),
            Column(header: "Kind", value: { event($0)?.kind?.rawValue ?? "—" }, priority: 2, maxWidth: 12),
            Column(header: "Event", value: { $0.name }, flexible: true, minWidth: 12, isName: true),
            Column(header: "Venue", value: { row in
                guard let e = event(row) else { return "" }
                return e.venue ?? c.hall(ofEvent: e)?.name ?? e.hall ?? "—"
            }, flexible: true, priority: 0, minWidth: 10),
        ]
    }

    /// `10:00–12:00`, `10:00`, `all day` (a date without a time) or `—` (no start).
    static func timeRange(_ e: ExpoEvent) -> String {
        guard let s = e.startTime else { return "—" }
        guard let from = s.timeText else { return "all day" }
        guard let t = e.endTime?.converted(toOffset: s.offsetMinutes), t.dayNumber == s.dayNumber, let to = t.timeText else { return from }
        return from + "–" + to
    }
}
