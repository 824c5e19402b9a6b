/// Every facet value of a catalogue as a number, made once per catalogue: each exhibitor's
/// country and sectors, each delegation's country, each booth's hall (per expo). Counting a set
/// of booths (`BoothFacets`) is then a pass over small integers, with no string hashed.
public struct FacetIndex: Sendable {
    /// Country codes, by number.
    let countries: [String]
    /// Per exhibitor, its country's number, or -1.
    let exhibitorCountry: [Int32]
    /// Per delegation, its country's number, or -1.
    let delegationCountry: [Int32]
    /// Sectors, by number.
    let sectors: [String]
    /// Per exhibitor, its distinct sectors: `sectorIDs[sectorStarts[x] ..< sectorStarts[x + 1]]`.
    let sectorStarts: [Int32]
    let sectorIDs: [Int32]
    /// Hall texts per expo, by number.
    let halls: [(expo: Int32, text: String)]
    /// Per booth, its hall's number, or -1.
    let boothHall: [Int32]

    /// Numbers every value of `c`.
    public init(_ c: Catalog) {
        var countryID: [String: Int32] = [:], countries: [String] = []
        func country(_ v: String?) -> Int32 {
            guard let v else { return -1 }
            if let id = countryID[v] { return id }
            countryID[v] = Int32(countries.count)
            countries.append(v)
            return Int32(countries.count - 1)
        }
        exhibitorCountry = c.exhibitors.map { country($0.country) }
        delegationCountry = c.delegations.map { country($0.country) }
        self.countries = countries
        var sectorID: [String: Int32] = [:], sectors: [String] = []
        var starts: [Int32] = [0], ids: [Int32] = []
        starts.reserveCapacity(c.exhibitors.count + 1)
        for x in c.exhibitors {
            let first = ids.count
            for s in x.sectors {
                let id: Int32
                if let known = sectorID[s] { id = known } else { id = Int32(sectors.count); sectorID[s] = id; sectors.append(s) }
                if !ids[first...].contains(id) { ids.append(id) }
            }
            starts.append(Int32(ids.count))
        }
        self.sectors = sectors
        sectorStarts = starts
        sectorIDs = ids
        var hallID: [String: [Int32: Int32]] = [:], halls: [(expo: Int32, text: String)] = []
        var boothHall = [Int32](repeating: -1, count: c.booths.count)
        var last: (expo: Int32, text: String, id: Int32)?
        for (b, booth) in c.booths.enumerated() {
            guard let h = booth.hall else { continue }
            let e = c.expoOfBooth[b]
            // Neighbouring booths mostly share a hall: look a hall up once per run.
            if let l = last, l.expo == e, l.text == h { boothHall[b] = l.id; continue }
            let id: Int32
            if let known = hallID[h]?[e] { id = known } else { id = Int32(halls.count); hallID[h, default: [:]][e] = id; halls.append((e, h)) }
            boothHall[b] = id
            last = (e, h, id)
        }
        self.halls = halls
        self.boothHall = boothHall
    }
}
