/// Searching booths across a whole catalogue: by exhibitor name, local name, products,
/// sectors, delegation, booth code, hall and expo name.
public enum BoothSearch {
    /// One search result.
    public struct Hit: Sendable {
        /// Position of the booth in `catalog.booths`.
        public var boothIndex: Int
        /// How it matched; `namePositions` index the exhibitor's name.
        public var match: SearchMatch
    }

    /// The searchable text of a booth.
    public static func record(_ b: Booth, in catalog: Catalog) -> SearchRecord {
        let x = catalog.exhibitor(b.exhibitor)
        let e = catalog.expo(b.expo)
        let d = b.delegation.flatMap { catalog.delegation($0) }
        var texts = [x?.name ?? b.exhibitor]
        // Names a Latin query also finds by their Latin forms: exhibitor, local name, delegation.
        var romanised = [0]
        if let l = x?.localName { romanised.append(texts.count); texts.append(l) }
        texts.append(contentsOf: b.products)
        texts.append(contentsOf: x?.sectors ?? [])
        if let d { romanised.append(texts.count); texts.append(d.name) }
        if let c = b.code { texts.append(c) }
        if let h = b.hall { texts.append(h) }
        let hallName = catalog.hall(ofBooth: b)?.name
        if let hallName { texts.append(hallName) }
        if let e { texts.append(e.name) }
        var attrs: [SearchField: [String]] = [:]
        attrs[.name] = [x?.name, x?.localName].compactMap { $0 }
        attrs[.country] = [x?.country, d?.country].compactMap { $0 }
        attrs[.sector] = x?.sectors ?? []
        attrs[.product] = b.products
        // A booth's hall is its text and, when that names a hall of its expo, the hall's name.
        attrs[.hall] = [b.hall, hallName].compactMap { $0 }
        attrs[.code] = b.code.map { [$0] } ?? []
        attrs[.kind] = d?.kind.map { [$0.rawValue] } ?? []
        attrs[.expo] = [e?.name, e?.start, e?.id].compactMap { $0 }
        attrs[.delegation] = [d?.name, d?.region].compactMap { $0 }
        var numbers: [SearchField: Double] = [:]
        if let a = b.areaSqm { numbers[.area] = a }
        return SearchRecord(texts: texts, attributes: attrs, numbers: numbers, romanised: romanised)
    }

    /// Ranked booths matching `query`: best score first, then the shorter name, then name order.
    /// - Parameters:
    ///   - limit: the most results to return; 0 means all.
    public static func search(_ query: SearchQuery, in catalog: Catalog, limit: Int = 0) -> [Hit] {
        var hits: [(Hit, String)] = []
        for (i, b) in catalog.booths.enumerated() {
            let rec = record(b, in: catalog)
            if let m = query.match(rec) { hits.append((Hit(boothIndex: i, match: m), rec.texts[0])) }
        }
        hits.sort { a, b in
            if a.0.match.score != b.0.match.score { return a.0.match.score > b.0.match.score }
            let wa = a.1.count, wb = b.1.count
            if wa != wb { return wa < wb }
            if a.1 != b.1 { return a.1 < b.1 }
            return a.0.boothIndex < b.0.boothIndex
        }
        let out = hits.map(\.0)
        return limit > 0 ? Array(out.prefix(limit)) : out
    }
}
