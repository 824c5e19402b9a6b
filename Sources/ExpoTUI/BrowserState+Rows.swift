import ExpoModel

extension BrowserState {
    /// Recomputes the visible rows of every list from the catalogue, selections, filters and
    /// sort orders, and keeps cursors in range.
    public mutating func refresh() {
        message = nil
        var filterError: String?

        // Expos.
        var expoIdx = Array(catalog.expos.indices)
        switch sortOrder(.expos) {
        case .name: expoIdx.sort { Self.less(catalog.expos[$0].name, catalog.expos[$1].name) }
        case .area: expoIdx.sort { Self.desc(catalog.expos[$0].figures?.areaSqm, catalog.expos[$1].figures?.areaSqm) ?? Self.less(catalog.expos[$0].name, catalog.expos[$1].name) }
        default:
            expoIdx.sort { a, b in
                let sa = catalog.expos[a].start ?? "", sb = catalog.expos[b].start ?? ""
                if sa != sb { return sa > sb }
                return Self.less(catalog.expos[a].name, catalog.expos[b].name)
            }
        }
        totals[0] = expoIdx.count
        rows[0] = Self.filtered(expoIdx.map { i -> (Row, SearchRecord) in
            let e = catalog.expos[i]
            var attrs: [SearchField: [String]] = [.expo: [e.name, e.start, e.id].compactMap { $0 }, .name: [e.name]]
            attrs[.country] = e.country.map { [$0] }
            let rec = SearchRecord(texts: [e.name, e.year, e.city, e.series].compactMap { $0 }, attributes: attrs,
                                   numbers: e.figures?.areaSqm.map { [.area: $0] } ?? [:])
            return (Row(ref: .expo(i), name: e.name, highlights: []), rec)
        }, filter: lists[0].filter, error: &filterError)
        clampCursor(0)

        // Delegations of the selected expo, after an "All booths" row.
        if let expo = selectedExpo {
            var dIdx = catalog.delegationIndices(ofExpo: expo.id)
            switch sortOrder(.delegations) {
            case .booths:
                dIdx.sort { a, b in
                    let ca = catalog.boothCount(ofDelegation: catalog.delegations[a].id)
                    let cb = catalog.boothCount(ofDelegation: catalog.delegations[b].id)
                    if ca != cb { return ca > cb }
                    return Self.less(catalog.delegations[a].name, catalog.delegations[b].name)
                }
            default: dIdx.sort { Self.less(catalog.delegations[$0].name, catalog.delegations[$1].name) }
            }
            totals[1] = dIdx.count + 1
            let all = Row(ref: .allBooths, name: "All booths", highlights: [])
            rows[1] = [all] + Self.filtered(dIdx.map { i -> (Row, SearchRecord) in
                let d = catalog.delegations[i]
                var attrs: [SearchField: [String]] = [.delegation: [d.name], .name: [d.name]]
                attrs[.country] = d.country.map { [$0] }
                attrs[.kind] = d.kind.map { [$0.rawValue] }
                let rec = SearchRecord(texts: [d.name, d.region, d.kind?.rawValue].compactMap { $0 }, attributes: attrs)
                return (Row(ref: .delegation(i), name: d.name, highlights: []), rec)
            }, filter: lists[1].filter, error: &filterError)
        } else {
            totals[1] = 0
            rows[1] = []
        }
        clampCursor(1)

        // Booths of the selected delegation, or of the whole expo; cached, so moving within
        // the booth pane or typing a filter does not rebuild the list.
        var base: [Int] = []
        // Whose booths: the selected delegation's, or (on "All booths") the expo's.
        enum Owner { case delegation(String), expo(String) }
        var owner: Owner?
        if let expo = selectedExpo, let dRow = selectedRow(.delegations) {
            if case let .delegation(i) = dRow.ref { owner = .delegation(catalog.delegations[i].id) } else { owner = .expo(expo.id) }
        }
        var key = ""
        switch owner {
        case let .delegation(id)?: key = "d:" + id
        case let .expo(id)?: key = "e:" + id
        case nil: break
        }
        key += "|\(lists[2].sortIndex)"
        if key != boothCache.key {
            switch owner {
            case let .delegation(id)?: base = catalog.boothIndices(ofDelegation: id)
            case let .expo(id)?: base = catalog.boothIndices(ofExpo: id)
            case nil: break
            }
            let index = self.index
            let booths = catalog.booths
            switch sortOrder(.booths) {
            case .area:
                base.sort { a, b in Self.desc(booths[a].areaSqm, booths[b].areaSqm) ?? index.nameLess(a, b) }
            case .code:
                base.sort { a, b in
                    switch (booths[a].code, booths[b].code) {
                    case let (x?, y?) where x != y: return x.compare(naturally: y)
                    case (nil, _?): return false
                    case (_?, nil): return true
                    default: return index.nameLess(a, b)
                    }
                }
            default:
                base.sort { a, b in index.nameLess(a, b) }
            }
            boothCache = BoothListCache(key: key, base: base)
        }
        totals[2] = boothCache.base.count
        let filter = lists[2].filter
        if boothCache.rows == nil || boothCache.filter != filter {
            var result: BoothSearchIndex.Result?
            if !filter.isEmpty {
                do {
                    let q = try SearchQuery.parse(filter)
                    let previous = filter.hasPrefix(boothCache.filter) ? boothCache.result : nil
                    if boothCache.candidates == nil { boothCache.candidates = boothCache.base.sorted() }
                    let r = index.search(q, within: previous, candidates: boothCache.candidates)
                    result = r
                } catch {
                    boothCache.error = error.message
                }
            }
            if result != nil || filter.isEmpty { boothCache.error = nil }
            boothCache.filter = filter
            boothCache.result = result
            let catalog = self.catalog
            func row(_ i: Int) -> Row { Row(ref: .booth(i), name: catalog.exhibitorName(ofBooth: i), highlights: []) }
            // The search's booths, or every booth of the list (no filter, or one that does not parse).
            boothCache.rows = result.map { $0.booths.map(row) } ?? boothCache.base.map(row)
        }
        if filterError == nil { filterError = boothCache.error }
        rows[2] = boothCache.rows ?? []
        clampCursor(2)

        if let filterError { message = filterError }
        if overlay == .search, let e = search.error { message = e }
    }

    mutating func clampCursor(_ i: Int) {
        let n = rows[i].count
        lists[i].cursor = max(0, min(lists[i].cursor, n - 1))
        lists[i].scroll = max(0, min(lists[i].scroll, max(0, n - 1)))
    }

    static func filtered(_ items: [(Row, SearchRecord)], filter: String, error: inout String?) -> [Row] {
        guard !filter.isEmpty else { return items.map(\.0) }
        let query: SearchQuery
        do { query = try SearchQuery.parse(filter) } catch let failure {
            if error == nil { error = failure.message }
            return items.map(\.0)
        }
        // Best match first, as fzf does; ties keep the pane's sort order.
        var out: [(Row, Int)] = []
        for (row, rec) in items {
            if let m = query.match(rec) {
                var r = row
                r.highlights = m.namePositions
                out.append((r, m.score))
            }
        }
        return out.enumerated().sorted { a, b in
            a.element.1 != b.element.1 ? a.element.1 > b.element.1 : a.offset < b.offset
        }.map(\.element.0)
    }

    static func less(_ a: String, _ b: String) -> Bool {
        let la = a.lowercased(), lb = b.lowercased()
        return la != lb ? la < lb : a < b
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

extension String {
    /// Natural order: "A-9" before "A-10".
    func compare(naturally other: String) -> Bool {
        var i = unicodeScalars.makeIterator(), j = other.unicodeScalars.makeIterator()
        var a = i.next(), b = j.next()
        while let x = a, let y = b {
            if x.properties.numericType != nil, y.properties.numericType != nil, x.isASCII, y.isASCII {
                var na = 0, nb = 0
                while let c = a, c.isASCII, let d = c.properties.numericValue { na = na &* 10 &+ Int(d); a = i.next() }
                while let c = b, c.isASCII, let d = c.properties.numericValue { nb = nb &* 10 &+ Int(d); b = j.next() }
                if na != nb { return na < nb }
                continue
            }
            let lx = x.properties.lowercaseMapping, ly = y.properties.lowercaseMapping
            if lx != ly { return lx < ly }
            a = i.next(); b = j.next()
        }
        return a == nil && b != nil
    }
}
