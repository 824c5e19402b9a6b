import ExpoModel

extension BrowserState {
    /// The plan in walking order, made again only when the plan changed.
    var schedule: PlanSchedule {
        if let c = scheduleCache, c.version == plan.version { return c.schedule }
        return PlanSchedule(entries: plan.entries.values, catalog: catalog)
    }

    /// Keeps the plan's order for the next refresh.
    mutating func cacheSchedule() {
        if scheduleCache?.version != plan.version {
            let schedule = PlanSchedule(entries: plan.entries.values, catalog: catalog)
            var byBooth: [Int: Int] = [:], byEvent: [Int: Int] = [:]
            for (i, item) in schedule.items.enumerated() {
                if let b = item.booth { byBooth[b] = i }
                if let e = item.event { byEvent[e] = i }
            }
            scheduleCache = (plan.version, schedule, byBooth, byEvent)
        }
    }

    /// The Plan view's rows: each entry in walking order; an entry whose booth is gone stays,
    /// as "not in this catalogue any more".
    mutating func planRows() -> ([Row], Int) {
        cacheSchedule()
        let items = schedule.items
        let rows = items.enumerated().map { i, item in
            if let b = item.booth { return Row(ref: .booth(b), name: catalog.exhibitorName(ofBooth: b), highlights: []) }
            if let e = item.event { return Row(ref: .event(e), name: catalog.events[e].title, highlights: []) }
            return Row(ref: .unlisted(i), name: "not in this catalogue any more", highlights: [])
        }
        return (rows, rows.count)
    }

    /// The schedule item of a Plan-view row.
    func planItem(_ row: Row) -> PlanSchedule.Item? {
        let items = schedule.items
        switch row.ref {
        case let .unlisted(i): return items.indices.contains(i) ? items[i] : nil
        case let .booth(b):
            if let c = scheduleCache, c.version == plan.version { return c.byBooth[b].map { items[$0] } }
            return items.first { $0.booth == b }
        case let .event(e):
            if let c = scheduleCache, c.version == plan.version { return c.byEvent[e].map { items[$0] } }
            return items.first { $0.event == e }
        default: return nil
        }
    }

    /// The id of the booth that `m`, `n`, `v` and `t` act on: the selected booth of the focused
    /// list, of the details, of the search's results, or the Plan view's entry.
    var plannableBoothID: String? {
        if mode == .search {
            guard search.hits.indices.contains(search.cursor) else { return nil }
            return catalog.booths[search.hits[search.cursor]].id
        }
        switch focus {
        case .details:
            if case let .booth(b) = shownDetailsTarget { return catalog.booths[b].id }
            if case let .event(e) = shownDetailsTarget { return PlanEntry.key(event: catalog.events[e].id) }
            return nil
        case let .list(id):
            switch selectedRow(id)?.ref {
            case let .booth(b)?: return catalog.booths[b].id
            case let .event(e)?: return PlanEntry.key(event: catalog.events[e].id)
            case let .unlisted(i)?:
                let items = schedule.items
                return items.indices.contains(i) ? items[i].entry.boothID : nil
            default: return nil
            }
        }
    }

    /// True when the plan can be changed and a booth is selected to change it for.
    var canPlan: Bool { plannableBoothID != nil }

    /// The Plan view's columns: time, flags, status, code, exhibitor, hall, note.
    func planColumns() -> [Column] {
        let s = self
        func item(_ row: Row) -> PlanSchedule.Item? { s.planItem(row) }
        return [
            Column(header: "Time", value: { item($0).map { Self.shortTime($0.entry) } ?? "" }, priority: 4),
            Column(header: "!", value: { row in
                guard let i = item(row) else { return "" }
                return i.clash ? "clash" : i.tightHallChange ? "walk" : ""
            }, priority: 3),
            Column(header: "Status", value: { item($0).map { PlanState.sign($0.entry.status) + " " + $0.entry.status.rawValue } ?? "" }, priority: 3),
            Column(header: "Code", value: { row in
                item(row).map { $0.code ?? ($0.event != nil ? "event" : $0.booth == nil ? $0.entry.boothID : "—") } ?? ""
            }, priority: 3),
            Column(header: "Exhibitor", value: { $0.name }, flexible: true, minWidth: 12, isName: true),
            Column(header: "Hall", value: { item($0)?.hall ?? "—" }, priority: 1),
            Column(header: "Note", value: { item($0)?.entry.noteFirstLine ?? "" }, flexible: true, priority: 0, minWidth: 10),
        ]
    }

    /// `06-16 10:30`, or `—` for an entry with no planned time.
    static func shortTime(_ e: PlanEntry) -> String {
        guard let t = e.start else { return "—" }
        return String(t.spaced.dropFirst(5))
    }
}
