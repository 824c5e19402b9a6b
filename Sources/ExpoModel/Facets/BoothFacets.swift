/// Counts of a set of booths for every facet at once, made in one pass over the booths: how
/// many booths each exhibitor, delegation and expo has among them, and each hall text per expo.
/// Every facet's values are then derived from those small arrays, so a million booths cost one
/// pass and a few thousand look-ups.
public struct BoothFacets: Sendable {
    private let catalog: Catalog
    private var perExhibitor: [Int32]
    private var perDelegation: [Int32]
    private var perExpo: [Int32]
    /// Per delegation, its booths whose exhibitor's country is not the delegation's.
    private var otherCountry: [Int32]
    private var halls: [HallKey: Int] = [:]
    /// How many booths were counted.
    public private(set) var total = 0

    private struct HallKey: Hashable, Sendable {
        var expo: Int32
        var text: String
    }

    /// Counts `booths` (positions into `c.booths`).
    public init(_ booths: some Sequence<Int>, in c: Catalog) {
        catalog = c
        var x = [Int32](repeating: 0, count: c.exhibitors.count)
        var d = [Int32](repeating: 0, count: c.delegations.count)
        var e = [Int32](repeating: 0, count: c.expos.count)
        var other = [Int32](repeating: 0, count: c.delegations.count)
        let delegationCountry = c.delegations.map(\.country)
        let exhibitors = c.exhibitors
        var halls: [HallKey: Int] = [:]
        var last: (key: HallKey, count: Int)?
        var total = 0
        let all = c.booths, xs = c.exhibitorOfBooth, ds = c.delegationOfBooth, es = c.expoOfBooth
        for b in booths {
            total += 1
            if xs[b] >= 0 { x[Int(xs[b])] += 1 }
            if ds[b] >= 0 {
                let di = Int(ds[b])
                d[di] += 1
                if let dc = delegationCountry[di], xs[b] < 0 || exhibitors[Int(xs[b])].country != dc { other[di] += 1 }
            }
            if es[b] >= 0 { e[Int(es[b])] += 1 }
            guard let h = all[b].hall else { continue }
            // Neighbouring booths mostly share a hall: count runs, hash once per run.
            if let l = last, l.key.expo == es[b], l.key.text == h {
                last?.count += 1
            } else {
                if let l = last { halls[l.key, default: 0] += l.count }
                last = (HallKey(expo: es[b], text: h), 1)
            }
        }
        if let l = last { halls[l.key, default: 0] += l.count }
        perExhibitor = x
        perDelegation = d
        perExpo = e
        otherCountry = other
        self.halls = halls
        self.total = total
    }

    /// The values of a facet among the booths, most frequent first, ties in natural order, each
    /// with the field term that selects it. Booths without a value are left out.
    public func counts(_ facet: Facet) -> [Facet.Count] {
        let c = catalog
        var tally = FacetTally()
        switch facet {
        case .country, .sector:
            for (i, n) in perExhibitor.enumerated() where n > 0 {
                let x = c.exhibitors[i]
                if facet == .country {
                    if let v = x.country { tally.add(v, term: Facet.term(field: "country", value: v.lowercased()), count: Int(n)) }
                } else {
                    for (j, v) in x.sectors.enumerated() where !x.sectors[..<j].contains(v) {
                        tally.add(v, term: Facet.term(field: "sector", value: v), count: Int(n))
                    }
                }
            }
        case .delegation, .kind:
            for (i, n) in perDelegation.enumerated() where n > 0 {
                let del = c.delegations[i]
                if facet == .delegation {
                    tally.add(del.name, term: Facet.term(field: "delegation", value: del.name), count: Int(n))
                } else if let k = del.kind {
                    tally.add(k.rawValue, term: Facet.term(field: "kind", value: k.rawValue), count: Int(n))
                }
            }
        case .expo:
            for (i, n) in perExpo.enumerated() where n > 0 {
                tally.add(c.expos[i].name, term: Facet.expoTerm(i, in: c), count: Int(n))
            }
        case .hall:
            // Most booths first, so a name shared by two hall texts takes the commoner's term.
            for (key, n) in halls.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key.text < $1.key.text }) {
                var name = key.text
                if key.expo >= 0, let h = c.hall(key.text), h.expo == c.expos[Int(key.expo)].id { name = h.name }
                tally.add(name, term: Facet.term(field: "hall", value: key.text), count: n)
            }
        }
        return tally.counts
    }

    /// The counts as each value's field term selects booths: as `counts`, except that a booth
    /// counts under its delegation's country too (`country:ru` keeps a booth whose exhibitor
    /// or whose delegation is Russian), so Enter in a facet panel keeps as many booths as the
    /// count beside the value (when no other value contains this one).
    public func filterCounts(_ facet: Facet) -> [Facet.Count] {
        guard facet == .country else { return counts(facet) }
        var tally = FacetTally()
        for v in counts(.country) { tally.add(v.value, term: v.term, count: v.count) }
        for (i, n) in otherCountry.enumerated() where n > 0 {
            if let v = catalog.delegations[i].country { tally.add(v, term: Facet.term(field: "country", value: v.lowercased()), count: Int(n)) }
        }
        return tally.counts
    }
}
