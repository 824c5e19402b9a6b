import ExpoModel

/// The booth list's rows for one owner (a delegation or a whole expo) and sort order, and its
/// filtered rows: moving in the list or typing a filter does not rebuild it, and a filter that
/// grows narrows the last result instead of searching every booth again.
struct BoothListCache: Sendable {
    var key: String?
    var base: [Int] = []
    /// `base` in catalogue order, the order a search takes its candidates in; made on first use.
    var candidates: [Int]?
    var filter = ""
    var result: BoothSearchIndex.Result?
    var rows: [Row]?
    var error: String?
}

/// Every exhibitor in the chosen order, and the last filter's matches.
struct ExhibitorListCache: Sendable {
    var sortIndex: Int?
    var order: [Int] = []
    var boothCounts: [Int] = []
    /// Each exhibitor's place in `order`.
    var positions: [Int] = []
    var filter = ""
    var rows: [Row]?
    var error: String?
}

extension BrowserState {
    /// Builds the booth list of the selected delegation, or of the whole expo on "All booths".
    mutating func boothRows(_ parent: Row?) {
        var key = "|\(list(.booths).sortIndex)"
        var base: [Int] = []
        switch parent?.ref {
        case let .delegation(i)?: key = "d:" + catalog.delegations[i].id + key
        case .allBooths?: if let e = selectedExpo { key = "e:" + e.id + key }
        default: break
        }
        guard key != boothCache.key else { return }
        switch parent?.ref {
        case let .delegation(i)?: base = catalog.boothIndices(ofDelegation: catalog.delegations[i].id)
        case .allBooths?: base = selectedExpo.map { catalog.boothIndices(ofExpo: $0.id) } ?? []
        default: break
        }
        let index = self.index
        let booths = catalog.booths
        switch chosenSort(.booths) {
        case .area:
            base.sort { a, b in Self.desc(booths[a].areaSqm, booths[b].areaSqm) ?? index.nameLess(a, b) }
        case .code:
            base.sort { a, b in
                switch (booths[a].code, booths[b].code) {
                case let (x?, y?) where x != y: return naturalLess(x, y)
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

    /// The booth list after its filter, through the search index.
    mutating func filterBooths() -> [Row] {
        let filter = list(.booths).filter
        if boothCache.rows == nil || boothCache.filter != filter {
            var result: BoothSearchIndex.Result?
            if !filter.isEmpty {
                do {
                    let q = try SearchQuery.parse(filter)
                    let previous = filter.hasPrefix(boothCache.filter) ? boothCache.result : nil
                    if boothCache.candidates == nil { boothCache.candidates = boothCache.base.sorted() }
                    result = index.search(q, within: previous, candidates: boothCache.candidates)
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
        if let e = boothCache.error { filterErrors[.booths] = e }
        return boothCache.rows ?? []
    }

    /// Sorts every exhibitor once per sort order.
    mutating func exhibitorRows() {
        let sortIndex = list(.exhibitors).sortIndex
        guard exhibitorCache.sortIndex != sortIndex else { return }
        let xs = catalog.exhibitors
        var counts = [Int](repeating: 0, count: xs.count)
        for (i, x) in xs.enumerated() { counts[i] = catalog.boothIndices(ofExhibitor: x.id).count }
        var order = Array(xs.indices)
        switch chosenSort(.exhibitors) {
        case .booths: order.sort { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : naturalLess(xs[$0].name, xs[$1].name) }
        case .country: order.sort { (xs[$0].country ?? "~") != (xs[$1].country ?? "~") ? (xs[$0].country ?? "~") < (xs[$1].country ?? "~") : naturalLess(xs[$0].name, xs[$1].name) }
        default: order.sort { naturalLess(xs[$0].name, xs[$1].name) }
        }
        var positions = [Int](repeating: 0, count: order.count)
        for (k, i) in order.enumerated() { positions[i] = k }
        exhibitorCache = ExhibitorListCache(sortIndex: sortIndex, order: order, boothCounts: counts, positions: positions)
    }

    /// The exhibitor list after its filter; a filter that grows searches only the last matches.
    mutating func filterExhibitors() -> [Row] {
        let filter = list(.exhibitors).filter
        let xs = catalog.exhibitors
        if exhibitorCache.rows == nil || exhibitorCache.filter != filter {
            let all = exhibitorCache.order.map { Row(ref: .exhibitor($0), name: xs[$0].name, highlights: []) }
            var rows = all
            exhibitorCache.error = nil
            if !filter.isEmpty {
                do {
                    let q = try SearchQuery.parse(filter)
                    let narrowing = !exhibitorCache.filter.isEmpty && filter.hasPrefix(exhibitorCache.filter) && exhibitorCache.rows != nil
                    let pool = narrowing ? (exhibitorCache.rows ?? all).sorted { a, b in rank(a) < rank(b) } : all
                    rows = Self.ranked(pool, by: q) { searchRecord($0.ref) }
                } catch {
                    exhibitorCache.error = error.message
                }
            }
            exhibitorCache.filter = filter
            exhibitorCache.rows = rows
        }
        if let e = exhibitorCache.error { filterErrors[.exhibitors] = e }
        return exhibitorCache.rows ?? []
    }

    /// An exhibitor row's place in the unfiltered order.
    private func rank(_ row: Row) -> Int {
        guard case let .exhibitor(i) = row.ref else { return Int.max }
        return exhibitorCache.position(of: i)
    }

    /// How many booths an exhibitor has.
    func boothCount(ofExhibitor i: Int) -> Int {
        exhibitorCache.boothCounts.indices.contains(i) ? exhibitorCache.boothCounts[i] : catalog.boothIndices(ofExhibitor: catalog.exhibitors[i].id).count
    }
}

extension ExhibitorListCache {
    /// Where exhibitor `i` stands in `order`.
    func position(of i: Int) -> Int { positions.indices.contains(i) ? positions[i] : Int.max }
}
