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

/// Every exhibitor in the chosen order, and the last filter's matches. The filter goes through
/// the booth index (an exhibitor matches through its booths, as in the search), and only the
/// exhibitors with no booth are matched record by record.
struct ExhibitorListCache: Sendable {
    var sortIndex: Int?
    var order: [Int] = []
    var boothCounts: [Int] = []
    /// Exhibitors with no booth, in `order`'s order.
    var boothless: [Int] = []
    var filter = ""
    var result: BoothSearchIndex.Result?
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

    /// Sorts every exhibitor once per sort order, by keys made once per name.
    mutating func exhibitorRows() {
        let sortIndex = list(.exhibitors).sortIndex
        guard exhibitorCache.sortIndex != sortIndex else { return }
        let xs = catalog.exhibitors
        let counts = xs.indices.map { catalog.boothCount(ofExhibitorAt: $0) }
        let keys = xs.map { NaturalOrder.key($0.name) }
        func byName(_ a: Int, _ b: Int) -> Bool {
            keys[a] != keys[b] ? keys[a].lexicographicallyPrecedes(keys[b]) : (xs[a].name != xs[b].name ? xs[a].name < xs[b].name : a < b)
        }
        var order = Array(xs.indices)
        switch chosenSort(.exhibitors) {
        case .booths: order.sort { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : byName($0, $1) }
        case .country: order.sort { (xs[$0].country ?? "~") != (xs[$1].country ?? "~") ? (xs[$0].country ?? "~") < (xs[$1].country ?? "~") : byName($0, $1) }
        default: order.sort(by: byName)
        }
        exhibitorCache = ExhibitorListCache(sortIndex: sortIndex, order: order, boothCounts: counts,
                                            boothless: order.filter { counts[$0] == 0 })
    }

    /// The exhibitor list after its filter: exhibitors in the order of their best matching
    /// booth, then the matching exhibitors that have no booth.
    mutating func filterExhibitors() -> [Row] {
        let filter = list(.exhibitors).filter
        let xs = catalog.exhibitors
        func row(_ i: Int) -> Row { Row(ref: .exhibitor(i), name: xs[i].name, highlights: []) }
        if exhibitorCache.rows == nil || exhibitorCache.filter != filter {
            exhibitorCache.error = nil
            var rows: [Row]?
            var result: BoothSearchIndex.Result?
            if !filter.isEmpty {
                do {
                    let q = try SearchQuery.parse(filter)
                    let previous = filter.hasPrefix(exhibitorCache.filter) ? exhibitorCache.result : nil
                    let r = index.search(q, within: previous)
                    result = r
                    var seen = [Bool](repeating: false, count: xs.count)
                    var out: [Row] = []
                    for b in r.booths {
                        guard let x = catalog.exhibitorPosition(ofBooth: b), !seen[x] else { continue }
                        seen[x] = true
                        out.append(row(x))
                    }
                    rows = out + Self.ranked(exhibitorCache.boothless.map(row), by: q) { searchRecord($0.ref) }
                } catch {
                    exhibitorCache.error = error.message
                }
            }
            exhibitorCache.filter = filter
            exhibitorCache.result = result
            exhibitorCache.rows = rows ?? exhibitorCache.order.map(row)
        }
        if let e = exhibitorCache.error { filterErrors[.exhibitors] = e }
        return exhibitorCache.rows ?? []
    }

    /// How many booths an exhibitor has.
    func boothCount(ofExhibitor i: Int) -> Int {
        exhibitorCache.boothCounts.indices.contains(i) ? exhibitorCache.boothCounts[i] : catalog.boothCount(ofExhibitorAt: i)
    }
}
