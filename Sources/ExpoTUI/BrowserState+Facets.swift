import ExpoModel

extension BrowserState {
    /// True when `F` has a list to count: a list has the focus (not the details).
    var canOpenFacets: Bool { focus.list != nil }

    /// Opens the facet panel over the focused list's current rows.
    mutating func openFacets() {
        guard let id = focus.list else { return }
        if facetIndex == nil { facetIndex = FacetIndex(catalog) }
        facets = facetPanel(of: id)
        mode = .facets
        message = nil
    }

    /// Closes the facet panel; the filters it added stay.
    mutating func closeFacets() {
        mode = .normal
        facets = nil
    }

    /// Enter: adds the selected value's field term to the list's filter (unless the filter has
    /// it already) and counts the narrowed rows again; the panel stays open.
    mutating func applyFacet() {
        guard var panel = facets, let value = panel.selected, !value.term.isEmpty else { return }
        let filter = list(panel.list).filter
        guard !(" " + filter + " ").contains(" " + value.term + " ") else {
            notice = value.term + " is in the filter already"
            return
        }
        setFilter(filter.isEmpty ? value.term : filter + " " + value.term, of: panel.list)
        panel.added.append(value.term)
        panel.recount(facetPanel(of: panel.list))
        facets = panel
        notice = "added " + value.term
    }

    /// Backspace: takes the last added term back out of the filter, and counts again.
    mutating func removeLastFacet() {
        guard var panel = facets, let term = panel.added.popLast() else { return }
        var filter = list(panel.list).filter
        if filter == term {
            filter = ""
        } else if filter.hasSuffix(" " + term) {
            filter.removeLast(term.count + 1)
        } else if let r = filter.range(of: term) {
            filter.removeSubrange(r)
            filter = filter.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        setFilter(filter, of: panel.list)
        panel.recount(facetPanel(of: panel.list))
        facets = panel
        notice = "removed " + term
    }

    /// The panel of a list: its current (filtered) rows counted by each facet the list has.
    func facetPanel(of id: ListID) -> FacetPanel {
        let rows = self.rows(id)
        let c = catalog
        func booths(_ rows: some Sequence<Row>) -> [Int] { rows.compactMap { if case let .booth(b) = $0.ref { return b }; return nil } }
        func boothGroups(_ f: BoothFacets) -> [FacetPanel.Group] {
            [Facet.country, .sector, .hall, .kind, .expo].map { FacetPanel.Group(title: $0.title, values: f.filterCounts($0)) }
        }
        switch id {
        case .booths:
            // The list's booths straight from its cache: a million rows are not walked as rows.
            let list = boothCache.rows == nil ? booths(rows) : (boothCache.result.map { Array($0.booths) } ?? boothCache.base)
            return FacetPanel(list: id, groups: boothGroups(BoothFacets(list, in: c, index: facetIndex)), counted: list.count, noun: "booths")
        case .exhibitorBooths:
            let list = booths(rows)
            return FacetPanel(list: id, groups: boothGroups(BoothFacets(list, in: c, index: facetIndex)), counted: list.count, noun: "booths")
        case .exhibitors: return exhibitorFacets(rows)
        case .delegations, .expos: return ownerFacets(id, rows)
        case .events: return eventFacets(rows)
        case .plan: return planFacets(rows)
        }
    }

    private func exhibitorFacets(_ rows: [Row]) -> FacetPanel {
        let c = catalog
        var country = FacetTally(), sector = FacetTally(), expo = FacetTally()
        var n = 0
        for r in rows {
            guard case let .exhibitor(i) = r.ref else { continue }
            n += 1
            let x = c.exhibitors[i]
            let owners = c.boothOwners(ofExhibitorAt: i)
            // `country:` keeps an exhibitor by its own country or its booths' delegations'.
            let countries = ([x.country] + owners.delegations.map { c.delegations[$0].country }).compactMap { $0 }
            for (j, v) in countries.enumerated() where !countries[..<j].contains(v) {
                country.add(v, term: Facet.term(field: "country", value: v.lowercased()))
            }
            sector.add(distinct: x.sectors, field: "sector")
            for e in owners.expos { expo.add(c.expos[e].name, term: Facet.expoTerm(e, in: c)) }
        }
        return FacetPanel(list: .exhibitors, groups: [
            .init(title: Facet.country.title, values: country.counts), .init(title: Facet.sector.title, values: sector.counts),
            .init(title: Facet.expo.title, values: expo.counts),
        ], counted: n, noun: "exhibitors")
    }

    /// Delegations by country and kind; expos by country.
    private func ownerFacets(_ id: ListID, _ rows: [Row]) -> FacetPanel {
        let c = catalog
        var country = FacetTally(), kind = FacetTally()
        var n = 0
        for r in rows {
            switch r.ref {
            case let .delegation(i):
                n += 1
                let d = c.delegations[i]
                if let v = d.country { country.add(v, term: Facet.term(field: "country", value: v.lowercased())) }
                if let k = d.kind { kind.add(k.rawValue, term: Facet.term(field: "kind", value: k.rawValue)) }
            case let .expo(i):
                n += 1
                if let v = c.expos[i].country { country.add(v, term: Facet.term(field: "country", value: v.lowercased())) }
            default: break
            }
        }
        return FacetPanel(list: id, groups: [.init(title: Facet.country.title, values: country.counts), .init(title: Facet.kind.title, values: kind.counts)],
                          counted: n, noun: id == .expos ? "expos" : "delegations")
    }

    private func eventFacets(_ rows: [Row]) -> FacetPanel {
        let c = catalog
        var kind = FacetTally(), hall = FacetTally(), organiser = FacetTally(), expo = FacetTally()
        var n = 0
        for r in rows {
            guard case let .event(i) = r.ref else { continue }
            n += 1
            let e = c.events[i]
            if let k = e.kind { kind.add(k.rawValue, term: Facet.term(field: "kind", value: k.rawValue)) }
            if let h = e.venue ?? c.hall(ofEvent: e)?.name ?? e.hall { hall.add(h, term: Facet.term(field: "hall", value: h)) }
            organiser.add(distinct: e.organisers.map { c.delegation($0)?.name ?? $0 }, field: "delegation")
            if let at = c.expoPosition(e.expo) { expo.add(c.expos[at].name, term: Facet.expoTerm(at, in: c)) }
        }
        return FacetPanel(list: .events, groups: [
            .init(title: Facet.kind.title, values: kind.counts), .init(title: "Venue", values: hall.counts),
            .init(title: "Organiser", values: organiser.counts), .init(title: Facet.expo.title, values: expo.counts),
        ], counted: n, noun: "events")
    }

    /// The plan by status (every entry), then its booths by country, sector, hall and expo.
    private func planFacets(_ rows: [Row]) -> FacetPanel {
        var status = FacetTally()
        for r in rows {
            guard let item = planItem(r) else { continue }
            let s = item.entry.status.rawValue
            status.add(s, term: PlanStatusFilter.field + ":" + s)
        }
        let booths = rows.compactMap { if case let .booth(b) = $0.ref { return b }; return nil }
        let f = BoothFacets(booths, in: catalog, index: facetIndex)
        let groups = [FacetPanel.Group(title: "Status", values: status.counts)]
            + [Facet.country, .sector, .hall, .expo].map { FacetPanel.Group(title: $0.title, values: f.filterCounts($0)) }
        return FacetPanel(list: .plan, groups: groups, counted: rows.count, noun: "entries")
    }
}
