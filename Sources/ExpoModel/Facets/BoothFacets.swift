/// Counts of a set of booths for every facet at once, made in one pass over the booths with
/// the catalogue's `FacetIndex`: how many booths each exhibitor, delegation, expo and hall has
/// among them. Every facet's values are then derived from those integer arrays, so a million
/// booths cost one pass and no string hashing.
public struct BoothFacets: Sendable {
    private let catalog: Catalog
    private let index: FacetIndex
    private var perDelegation: [Int32]
    private var perExpo: [Int32]
    private var perCountry: [Int32]
    /// Per country, the booths counted under it only through their delegation.
    private var delegationOnlyCountry: [Int32]
    private var perSector: [Int32]
    private var perHall: [Int32]
    /// How many booths were counted.
    public private(set) var total = 0

    /// Counts `booths` (positions into `c.booths`), numbering the catalogue's values first
    /// (pass an index made once to count many sets).
    public init(_ booths: some Sequence<Int>, in c: Catalog, index: FacetIndex? = nil) {
        let ix = index ?? FacetIndex(c)
        catalog = c
        self.index = ix
        var x = [Int32](repeating: 0, count: c.exhibitors.count)
        var d = [Int32](repeating: 0, count: c.delegations.count)
        var e = [Int32](repeating: 0, count: c.expos.count)
        var h = [Int32](repeating: 0, count: ix.halls.count)
        var viaDelegation = [Int32](repeating: 0, count: ix.countries.count)
        var total = 0
        let xs = c.exhibitorOfBooth, ds = c.delegationOfBooth, es = c.expoOfBooth, hs = ix.boothHall
        let xc = ix.exhibitorCountry, dc = ix.delegationCountry
        for b in booths {
            total += 1
            let xi = xs[b], di = ds[b]
            if xi >= 0 { x[Int(xi)] += 1 }
            if di >= 0 {
                d[Int(di)] += 1
                // `country:` keeps a booth by its delegation's country too.
                let country = dc[Int(di)]
                if country >= 0, xi < 0 || xc[Int(xi)] != country { viaDelegation[Int(country)] += 1 }
            }
            if es[b] >= 0 { e[Int(es[b])] += 1 }
            if hs[b] >= 0 { h[Int(hs[b])] += 1 }
        }
        var countries = [Int32](repeating: 0, count: ix.countries.count)
        var sectors = [Int32](repeating: 0, count: ix.sectors.count)
        for (i, n) in x.enumerated() where n > 0 {
            if xc[i] >= 0 { countries[Int(xc[i])] += n }
            for k in Int(ix.sectorStarts[i])..<Int(ix.sectorStarts[i + 1]) { sectors[Int(ix.sectorIDs[k])] += n }
        }
        perDelegation = d
        perExpo = e
        perCountry = countries
        delegationOnlyCountry = viaDelegation
        perSector = sectors
        perHall = h
        self.total = total
    }

    /// The values of a facet among the booths, most frequent first, ties in natural order, each
    /// with the field term that selects it. Booths without a value are left out.
    public func counts(_ facet: Facet) -> [Facet.Count] {
        let c = catalog
        var tally = FacetTally()
        switch facet {
        case .country:
            for (i, n) in perCountry.enumerated() where n > 0 {
                tally.add(index.countries[i], term: Facet.term(field: "country", value: index.countries[i].lowercased()), count: Int(n))
            }
        case .sector:
            for (i, n) in perSector.enumerated() where n > 0 {
                tally.add(index.sectors[i], term: Facet.term(field: "sector", value: index.sectors[i]), count: Int(n))
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
            let order = perHall.indices.filter { perHall[$0] > 0 }
                .sorted { perHall[$0] != perHall[$1] ? perHall[$0] > perHall[$1] : index.halls[$0].text < index.halls[$1].text }
            for i in order {
                let (expo, text) = index.halls[i]
                var name = text
                if expo >= 0, let h = c.hall(text), h.expo == c.expos[Int(expo)].id { name = h.name }
                tally.add(name, term: Facet.term(field: "hall", value: text), count: Int(perHall[i]))
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
        for (i, n) in perCountry.enumerated() where n + delegationOnlyCountry[i] > 0 {
            let v = index.countries[i]
            tally.add(v, term: Facet.term(field: "country", value: v.lowercased()), count: Int(n + delegationOnlyCountry[i]))
        }
        return tally.counts
    }
}
