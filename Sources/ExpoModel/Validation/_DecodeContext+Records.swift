// Each record type: sources, expos (with their figures), delegations, exhibitors and booths.
extension _DecodeContext {
    mutating func source(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Source? {
        guard let o = object(node, path: path, known: _Known.source, what: "a source") else { return nil }
        let id = id(o, kind: .source, &ids)
        let title = string(o, "title", required: true, nonEmpty: true)
        let publisher = string(o, "publisher")
        let date = date(o, "date")
        let url = string(o, "url")
        let note = string(o, "note")
        guard let id, let title else { return nil }
        var s = Source(id: id, title: title, publisher: publisher, date: date, url: url, note: note)
        s.extra = o.extra
        return s
    }

    mutating func expo(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Expo? {
        let known = _Known.expo
        guard let o = object(node, path: path, known: known, what: "an expo") else { return nil }
        let id = id(o, kind: .expo, &ids)
        let name = string(o, "name", required: true, nonEmpty: true)
        var e = Expo(id: id ?? "", name: name ?? "")
        e.series = string(o, "series")
        e.edition = count(o, "edition")
        e.city = string(o, "city")
        e.country = country(o, "country")
        e.venue = string(o, "venue")
        e.start = date(o, "start")
        e.end = date(o, "end")
        if let s = e.start, let t = e.end, _DateCheck.isBefore(t, s) {
            error(o.join("end"), o.byKey["end"]?.node.offset ?? o.offset, "end date \(t) is before the start date \(s)")
        }
        e.hosts = stringArray(o, "hosts")
        e.theme = string(o, "theme")
        e.topics = stringArray(o, "topics")
        if let m = o.byKey["figures"], m.node.value != .null { e.figures = figures(m.node, o.join("figures")) }
        e.summary = string(o, "summary")
        e.sources = sourceRefs(o, &ids)
        e.extra = o.extra
        guard id != nil, name != nil else { return nil }
        return e
    }

    mutating func figures(_ node: JSONNode, _ path: String) -> Figures? {
        guard let o = object(node, path: path, known: _Known.figures, what: "figures") else { return nil }
        var f = Figures()
        f.booths = count(o, "booths")
        f.exhibitors = count(o, "exhibitors")
        f.areaSqm = area(o, "area_sqm")
        f.participants = count(o, "participants")
        f.countries = count(o, "countries")
        if let m = o.byKey["contracts"] {
            if case let .array(items) = m.node.value {
                for (i, item) in items.enumerated() {
                    let p = o.join("contracts") + "[\(i)]"
                    guard let c = object(item, path: p, known: _Known.contract, what: "a contract figure") else { continue }
                    let amount = number(c, "amount", required: true)
                    if let (a, _) = amount, a < 0 { error(c.join("amount"), c.byKey["amount"]?.node.offset ?? c.offset, "amount must not be negative (got \(Format.number(a)))") }
                    var currency = string(c, "currency", required: true, nonEmpty: true)
                    if let code = currency, !(code.unicodeScalars.count == 3 && code.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 })) {
                        error(c.join("currency"), c.byKey["currency"]?.node.offset ?? c.offset, "\"\(code.prefix(30))\" is not an ISO 4217 currency code (three capital letters, such as \"CNY\" or \"USD\")")
                        currency = nil
                    }
                    let note = string(c, "note")
                    if let (a, _) = amount, let currency {
                        var contract = Contract(amount: a, currency: currency, note: note)
                        contract.extra = c.extra
                        f.contracts.append(contract)
                    }
                }
            } else if m.node.value != .null {
                error(o.join("contracts"), m.node.offset, "expected an array of contract figures, found \(m.node.value.typeDescription)")
            }
        }
        f.extra = o.extra
        return f
    }

    mutating func delegation(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Delegation? {
        let known = _Known.delegation
        guard let o = object(node, path: path, known: known, what: "a delegation") else { return nil }
        let id = id(o, kind: .delegation, &ids)
        let expo = reference(o, "expo", kind: .expo, required: true, &ids)
        let name = string(o, "name", required: true, nonEmpty: true)
        var d = Delegation(id: id ?? "", expo: expo ?? "", name: name ?? "")
        if let k = string(o, "kind") {
            if let kind = Delegation.Kind(rawValue: k) { d.kind = kind } else {
                error(o.join("kind"), o.byKey["kind"]?.node.offset ?? o.offset, "unknown kind \"\(k.prefix(30))\"; use one of: " + Delegation.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        d.country = country(o, "country")
        d.region = string(o, "region")
        d.head = string(o, "head")
        d.size = count(o, "size")
        d.summary = string(o, "summary")
        d.sources = sourceRefs(o, &ids)
        d.extra = o.extra
        if let id, let expo { ids.expoOfDelegation[id] = expo }
        guard id != nil, expo != nil, name != nil else { return nil }
        return d
    }

    mutating func exhibitor(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Exhibitor? {
        let known = _Known.exhibitor
        guard let o = object(node, path: path, known: known, what: "an exhibitor") else { return nil }
        let id = id(o, kind: .exhibitor, &ids)
        let name = string(o, "name", required: true, nonEmpty: true)
        var x = Exhibitor(id: id ?? "", name: name ?? "")
        x.localName = string(o, "local_name")
        x.country = country(o, "country")
        x.sectors = stringArray(o, "sectors")
        x.website = string(o, "website")
        x.summary = string(o, "summary")
        x.sources = sourceRefs(o, &ids)
        x.extraFields = extraFields(o)
        x.extra = o.extra
        guard id != nil, name != nil else { return nil }
        return x
    }

    mutating func booth(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Booth? {
        let known = _Known.booth
        guard let o = object(node, path: path, known: known, what: "a booth") else { return nil }
        let id = id(o, kind: .booth, &ids)
        let expo = reference(o, "expo", kind: .expo, required: true, &ids)
        let exhibitor = reference(o, "exhibitor", kind: .exhibitor, required: true, &ids)
        var b = Booth(id: id ?? "", expo: expo ?? "", exhibitor: exhibitor ?? "")
        if let d = string(o, "delegation", nonEmpty: true) {
            b.delegation = d
            refer(.init(kind: .delegation, id: d, parent: o.path, key: "delegation", index: nil, offset: o.byKey["delegation"]?.node.offset ?? o.offset, expoOfReferrer: expo), &ids)
        }
        b.code = string(o, "code")
        b.hall = string(o, "hall")
        b.areaSqm = area(o, "area_sqm")
        b.products = stringArray(o, "products")
        b.summary = string(o, "summary")
        b.sources = sourceRefs(o, &ids)
        b.extraFields = extraFields(o)
        b.extra = o.extra
        guard id != nil, expo != nil, exhibitor != nil else { return nil }
        return b
    }
}

/// The keys each record type knows, built once.
enum _Known {
    static let catalog: Set<String> = ["format", "version", "title", "id", "time_zone", "synthetic", "sources", "expos", "delegations", "exhibitors", "booths", "halls", "events"]
    static let expo: Set<String> = ["id", "name", "series", "edition", "city", "country", "venue", "start", "end", "hosts", "theme", "topics", "figures", "summary", "sources"]
    static let delegation: Set<String> = ["id", "expo", "name", "kind", "country", "region", "head", "size", "summary", "sources"]
    static let exhibitor: Set<String> = ["id", "name", "local_name", "country", "sectors", "website", "summary", "sources", "extra"]
    static let booth: Set<String> = ["id", "expo", "exhibitor", "delegation", "code", "hall", "area_sqm", "products", "summary", "sources", "extra"]
    static let source: Set<String> = ["id", "title", "publisher", "date", "url", "note"]
    static let figures: Set<String> = ["booths", "exhibitors", "area_sqm", "participants", "countries", "contracts"]
    static let contract: Set<String> = ["amount", "currency", "note"]
    static let hall: Set<String> = ["id", "expo", "name", "area_sqm", "summary", "sources"]
    static let event: Set<String> = ["id", "expo", "title", "kind", "start", "end", "venue", "hall", "organisers", "speakers", "topics", "summary", "sources"]
}
