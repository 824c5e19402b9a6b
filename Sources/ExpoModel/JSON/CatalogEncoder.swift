/// Turns records back into catalogue JSON (format version 2), keys in the format's order,
/// unknown keys kept at the end.
public enum CatalogEncoder {
    private static func add(_ m: inout [JSONMember], _ key: String, _ value: JSONValue?) {
        guard let value else { return }
        m.append(JSONMember(key: key, node: JSONNode(value)))
    }
    private static func str(_ s: String?) -> JSONValue? { s.map { .string($0) } }
    private static func int(_ n: Int?) -> JSONValue? { n.map { .number(Double($0), isInteger: true) } }
    private static func num(_ x: Double?) -> JSONValue? { x.map { .number($0, isInteger: $0.rounded() == $0) } }
    private static func list(_ a: [String]) -> JSONValue? { a.isEmpty ? nil : .array(a.map { JSONNode(.string($0)) }) }
    private static func extraObject(_ fields: [ExtraField]) -> JSONValue? {
        fields.isEmpty ? nil : .object(fields.map { JSONMember(key: $0.name, node: JSONNode(.string($0.value))) })
    }

    /// A source as JSON.
    public static func json(_ s: Source) -> JSONValue {
        var m: [JSONMember] = []
        add(&m, "id", str(s.id)); add(&m, "title", str(s.title)); add(&m, "publisher", str(s.publisher))
        add(&m, "date", str(s.date)); add(&m, "url", str(s.url)); add(&m, "note", str(s.note))
        return .object(m + s.extra)
    }

    /// An expo as JSON.
    public static func json(_ e: Expo) -> JSONValue {
        var m: [JSONMember] = []
        add(&m, "id", str(e.id)); add(&m, "name", str(e.name)); add(&m, "series", str(e.series))
        add(&m, "edition", int(e.edition)); add(&m, "city", str(e.city)); add(&m, "country", str(e.country))
        add(&m, "venue", str(e.venue)); add(&m, "start", str(e.start)); add(&m, "end", str(e.end))
        add(&m, "hosts", list(e.hosts)); add(&m, "theme", str(e.theme)); add(&m, "topics", list(e.topics))
        if let f = e.figures {
            var fm: [JSONMember] = []
            add(&fm, "booths", int(f.booths)); add(&fm, "exhibitors", int(f.exhibitors)); add(&fm, "area_sqm", num(f.areaSqm))
            add(&fm, "participants", int(f.participants)); add(&fm, "countries", int(f.countries))
            if !f.contracts.isEmpty {
                add(&fm, "contracts", .array(f.contracts.map { c in
                    var cm: [JSONMember] = []
                    add(&cm, "amount", num(c.amount)); add(&cm, "currency", str(c.currency)); add(&cm, "note", str(c.note))
                    return JSONNode(.object(cm + c.extra))
                }))
            }
            add(&m, "figures", .object(fm + f.extra))
        }
        add(&m, "summary", str(e.summary)); add(&m, "sources", list(e.sources))
        return .object(m + e.extra)
    }

    /// A delegation as JSON.
    public static func json(_ d: Delegation) -> JSONValue {
        var m: [JSONMember] = []
        add(&m, "id", str(d.id)); add(&m, "expo", str(d.expo)); add(&m, "name", str(d.name))
        add(&m, "kind", str(d.kind?.rawValue)); add(&m, "country", str(d.country)); add(&m, "region", str(d.region))
        add(&m, "head", str(d.head)); add(&m, "size", int(d.size)); add(&m, "summary", str(d.summary))
        add(&m, "sources", list(d.sources))
        return .object(m + d.extra)
    }

    /// An exhibitor as JSON.
    public static func json(_ x: Exhibitor) -> JSONValue {
        var m: [JSONMember] = []
        add(&m, "id", str(x.id)); add(&m, "name", str(x.name)); add(&m, "local_name", str(x.localName))
        add(&m, "country", str(x.country)); add(&m, "sectors", list(x.sectors)); add(&m, "website", str(x.website))
        add(&m, "summary", str(x.summary)); add(&m, "sources", list(x.sources)); add(&m, "extra", extraObject(x.extraFields))
        return .object(m + x.extra)
    }

    /// A booth as JSON.
    public static func json(_ b: Booth) -> JSONValue {
        var m: [JSONMember] = []
        add(&m, "id", str(b.id)); add(&m, "expo", str(b.expo)); add(&m, "exhibitor", str(b.exhibitor))
        add(&m, "delegation", str(b.delegation)); add(&m, "code", str(b.code)); add(&m, "hall", str(b.hall))
        add(&m, "area_sqm", num(b.areaSqm)); add(&m, "products", list(b.products)); add(&m, "summary", str(b.summary))
        add(&m, "sources", list(b.sources)); add(&m, "extra", extraObject(b.extraFields))
        return .object(m + b.extra)
    }

    /// A hall as JSON.
    public static func json(_ h: Hall) -> JSONValue {
        var m: [JSONMember] = []
        add(&m, "id", str(h.id)); add(&m, "expo", str(h.expo)); add(&m, "name", str(h.name))
        add(&m, "area_sqm", num(h.areaSqm)); add(&m, "summary", str(h.summary)); add(&m, "sources", list(h.sources))
        return .object(m + h.extra)
    }

    /// An event as JSON.
    public static func json(_ e: ExpoEvent) -> JSONValue {
        var m: [JSONMember] = []
        add(&m, "id", str(e.id)); add(&m, "expo", str(e.expo)); add(&m, "title", str(e.title))
        add(&m, "kind", str(e.kind?.rawValue)); add(&m, "start", str(e.start)); add(&m, "end", str(e.end))
        add(&m, "venue", str(e.venue)); add(&m, "hall", str(e.hall)); add(&m, "organisers", list(e.organisers))
        add(&m, "speakers", list(e.speakers)); add(&m, "topics", list(e.topics)); add(&m, "summary", str(e.summary))
        add(&m, "sources", list(e.sources))
        return .object(m + e.extra)
    }

    /// A whole catalogue as JSON.
    public static func json(_ c: Catalog) -> JSONValue {
        var m: [JSONMember] = []
        add(&m, "format", .string(CatalogDecoder.formatName))
        add(&m, "version", .number(Double(CatalogDecoder.version), isInteger: true))
        add(&m, "title", .string(c.title))
        add(&m, "id", str(c.id)); add(&m, "time_zone", str(c.timeZone))
        if c.synthetic { add(&m, "synthetic", .bool(true)) }
        add(&m, "sources", .array(c.sources.map { JSONNode(json($0)) }))
        add(&m, "expos", .array(c.expos.map { JSONNode(json($0)) }))
        if !c.halls.isEmpty { add(&m, "halls", .array(c.halls.map { JSONNode(json($0)) })) }
        add(&m, "delegations", .array(c.delegations.map { JSONNode(json($0)) }))
        if !c.events.isEmpty { add(&m, "events", .array(c.events.map { JSONNode(json($0)) })) }
        add(&m, "exhibitors", .array(c.exhibitors.map { JSONNode(json($0)) }))
        add(&m, "booths", .array(c.booths.map { JSONNode(json($0)) }))
        return .object(m + c.extra)
    }

    /// Writes a whole catalogue as JSON text in chunks, one record per line, so a catalogue of a
    /// million booths is written without building one huge string.
    /// - Parameter emit: receives successive pieces of the text; an error it throws stops the
    ///   writing and is rethrown.
    public static func write<Failure: Error>(_ c: Catalog, to emit: @escaping (String) throws(Failure) -> Void) throws(Failure) {
        var w = CatalogTextWriter(emit: emit)
        try w.begin(title: c.title, id: c.id, timeZone: c.timeZone, synthetic: c.synthetic)
        try w.section("sources", c.sources.map(json))
        try w.section("expos", c.expos.map(json))
        if !c.halls.isEmpty { try w.section("halls", c.halls.map(json)) }
        try w.section("delegations", c.delegations.map(json))
        if !c.events.isEmpty { try w.section("events", c.events.map(json)) }
        try w.section("exhibitors", c.exhibitors.map(json))
        w.beginSection("booths")
        for b in c.booths { try w.record(json(b)) }
        try w.endSection(last: c.extra.isEmpty)
        try w.end(extra: c.extra)
    }
}
