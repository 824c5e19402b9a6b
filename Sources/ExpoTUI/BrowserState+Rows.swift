import ExpoModel

extension BrowserState {
    /// Recomputes the visible rows of the shown view's lists, left to right (each from the row
    /// selected in the one before), and keeps cursors in range.
    public mutating func refresh() {
        message = nil
        filterErrors = [:]
        var parent: Row?
        for id in view.chain {
            let (all, total) = baseRows(id, parent: parent)
            totals[id] = total
            rowsByList[id] = filtered(id, all)
            clampCursor(id)
            parent = selectedRow(id)
        }
        if let e = filterErrors[activeList] ?? filterErrors.values.first { message = e }
        if mode == .search, let e = search.error { message = e }
    }

    /// A list's rows before filtering, and how many it has.
    private mutating func baseRows(_ id: ListID, parent: Row?) -> ([Row], Int) {
        switch id {
        case .expos: return expoRows()
        case .delegations: return delegationRows(parent)
        case .booths:
            boothRows(parent)
            return ([], boothCache.base.count)
        case .exhibitors:
            exhibitorRows()
            return ([], exhibitorCache.order.count)
        case .exhibitorBooths: return exhibitorBoothRows(parent)
        case .plan: return planRows()
        case .events: return eventRows()
        }
    }

    /// A list's rows after its filter: the big lists filter through their caches, the small
    /// ones here, ranked best first as fzf does.
    private mutating func filtered(_ id: ListID, _ all: [Row]) -> [Row] {
        switch id {
        case .booths: return filterBooths()
        case .exhibitors: return filterExhibitors()
        default:
            var filter = list(id).filter
            var all = all
            if id == .plan {
                // The Plan list's own `status:` terms, then the rest as any filter.
                let (statuses, rest) = PlanStatusFilter.split(filter)
                if let statuses { all = all.filter { planItem($0).map { statuses.contains($0.entry.status) } ?? false } }
                filter = rest
            }
            guard !filter.isEmpty else { return all }
            do {
                let q = try SearchQuery.parse(filter)
                return Self.ranked(all, by: q) { searchRecord($0.ref) }
            } catch {
                filterErrors[id] = error.message
                return all
            }
        }
    }

    private func expoRows() -> ([Row], Int) {
        let expos = catalog.expos
        var idx = Array(expos.indices)
        switch chosenSort(.expos) {
        case .name: idx.sort { naturalLess(expos[$0].name, expos[$1].name) }
        case .area: idx.sort { Self.desc(expos[$0].figures?.areaSqm, expos[$1].figures?.areaSqm) ?? naturalLess(expos[$0].name, expos[$1].name) }
        default:
            idx.sort { a, b in
                let sa = expos[a].start ?? "", sb = expos[b].start ?? ""
                return sa != sb ? sa > sb : naturalLess(expos[a].name, expos[b].name)
            }
        }
        return (idx.map { Row(ref: .expo($0), name: expos[$0].name, highlights: []) }, idx.count)
    }

    private func delegationRows(_ parent: Row?) -> ([Row], Int) {
        guard case let .expo(e)? = parent?.ref else { return ([], 0) }
        let ds = catalog.delegations
        var idx = catalog.delegationIndices(ofExpo: catalog.expos[e].id)
        if chosenSort(.delegations) == .booths {
            let counts = Dictionary(uniqueKeysWithValues: idx.map { ($0, catalog.boothCount(ofDelegation: ds[$0].id)) })
            idx.sort { a, b in counts[a] != counts[b] ? counts[a, default: 0] > counts[b, default: 0] : naturalLess(ds[a].name, ds[b].name) }
        } else {
            idx.sort { naturalLess(ds[$0].name, ds[$1].name) }
        }
        let all = Row(ref: .allBooths, name: "All booths", highlights: [])
        return ([all] + idx.map { Row(ref: .delegation($0), name: ds[$0].name, highlights: []) }, idx.count + 1)
    }

    private func exhibitorBoothRows(_ parent: Row?) -> ([Row], Int) {
        guard case let .exhibitor(x)? = parent?.ref else { return ([], 0) }
        let booths = catalog.booths
        var idx = catalog.boothIndices(ofExhibitor: catalog.exhibitors[x].id)
        let start = { (i: Int) in self.catalog.expo(booths[i].expo)?.start ?? "" }
        switch chosenSort(.exhibitorBooths) {
        case .area: idx.sort { Self.desc(booths[$0].areaSqm, booths[$1].areaSqm) ?? ($0 < $1) }
        case .code: idx.sort { naturalLess(booths[$0].code ?? "~", booths[$1].code ?? "~") }
        default: idx.sort { start($0) != start($1) ? start($0) > start($1) : naturalLess(booths[$0].code ?? "", booths[$1].code ?? "") }
        }
        return (idx.map { Row(ref: .booth($0), name: catalog.expo(booths[$0].expo)?.name ?? booths[$0].expo, highlights: []) }, idx.count)
    }

    /// What a filter matches a row against.
    func searchRecord(_ ref: Row.Ref) -> SearchRecord {
        switch ref {
        case let .expo(i):
            let e = catalog.expos[i]
            var attrs: [SearchField: [String]] = [.expo: [e.name, e.start, e.id].compactMap { $0 }, .name: [e.name]]
            attrs[.country] = e.country.map { [$0] }
            return SearchRecord(texts: [e.name, e.year, e.city, e.series].compactMap { $0 }, attributes: attrs,
                                numbers: e.figures?.areaSqm.map { [.area: $0] } ?? [:])
        case let .delegation(i):
            let d = catalog.delegations[i]
            var attrs: [SearchField: [String]] = [.delegation: [d.name], .name: [d.name]]
            attrs[.country] = d.country.map { [$0] }
            attrs[.kind] = d.kind.map { [$0.rawValue] }
            return SearchRecord(texts: [d.name, d.region, d.kind?.rawValue].compactMap { $0 }, attributes: attrs)
        case let .exhibitor(i):
            let x = catalog.exhibitors[i]
            var attrs: [SearchField: [String]] = [.name: [x.name] + (x.localName.map { [$0] } ?? []), .sector: x.sectors]
            attrs[.country] = x.country.map { [$0] }
            return SearchRecord(texts: [x.name, x.localName].compactMap { $0 } + x.sectors, attributes: attrs,
                                romanised: x.localName == nil ? [0] : [0, 1])
        case let .booth(i):
            // Rows of booths are named by their expo in an exhibitor's list, by exhibitor elsewhere.
            var r = BoothSearch.record(catalog.booths[i], in: catalog)
            if let e = catalog.expo(catalog.booths[i].expo) {
                r.texts.insert(e.name, at: 0)
                r.romanised = r.romanised.map { $0 + 1 }
            }
            return r
        case let .event(i):
            return eventSearchRecord(catalog.events[i])
        case .allBooths:
            return SearchRecord(texts: [])
        case let .unlisted(i):
            let items = schedule.items
            guard items.indices.contains(i) else { return SearchRecord(texts: []) }
            return SearchRecord(texts: [items[i].entry.boothID, items[i].entry.note].compactMap { $0 })
        }
    }

    mutating func clampCursor(_ id: ListID) {
        let n = rows(id).count
        var l = list(id)
        l.cursor = max(0, min(l.cursor, n - 1))
        l.scroll = max(0, min(l.scroll, max(0, n - 1)))
        lists[id] = l
    }

    /// The rows that match, best first; ties keep the list's order. "All booths" always stays.
    static func ranked(_ rows: [Row], by query: SearchQuery, record: (Row) -> SearchRecord) -> [Row] {
        var out: [(Row, Int)] = []
        var kept: [Row] = []
        for row in rows {
            if row.ref == .allBooths { kept.append(row); continue }
            if let m = query.match(record(row)) {
                var r = row
                r.highlights = m.namePositions
                out.append((r, m.score))
            }
        }
        return kept + out.enumerated().sorted { a, b in
            a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
        }.map(\.element.0)
    }

    /// Descending with nils last; nil when equal (so the caller breaks the tie).
    static func desc(_ a: Double?, _ b: Double?) -> Bool? {
        switch (a, b) {
        case let (x?, y?): return x == y ? nil : x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return nil
        }
    }
}
