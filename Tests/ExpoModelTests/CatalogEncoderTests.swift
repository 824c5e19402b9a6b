import Testing
import PavilionAssets
@testable import ExpoModel

/// Encodes, writes and decodes again.
private func roundTrip(_ c: Catalog, indent: String? = "  ") throws -> (Catalog, String) {
    let text = JSONWriter(indent: indent).string(CatalogEncoder.json(c))
    let r = CatalogDecoder().decode(Array(text.utf8))
    try #require(r.isValid, "re-decoding failed: \(r.diagnostics)\n\(text)")
    return (r.catalog, text)
}

/// Asserts two catalogues hold the same records, ignoring byte offsets of unknown keys.
private func expectSameRecords(_ a: Catalog, _ b: Catalog, sourceLocation: SourceLocation = #_sourceLocation) {
    let a = Offsets.strip(a), b = Offsets.strip(b)
    #expect(a.title == b.title, sourceLocation: sourceLocation)
    #expect(a.synthetic == b.synthetic, sourceLocation: sourceLocation)
    #expect(a.sources == b.sources, sourceLocation: sourceLocation)
    #expect(a.expos == b.expos, sourceLocation: sourceLocation)
    #expect(a.delegations == b.delegations, sourceLocation: sourceLocation)
    #expect(a.exhibitors == b.exhibitors, sourceLocation: sourceLocation)
    #expect(a.booths == b.booths, sourceLocation: sourceLocation)
    #expect(a.extra == b.extra, sourceLocation: sourceLocation)
}

/// A catalogue that sets every field, with unknown keys everywhere.
private func fullCatalogue() -> Catalog {
    let note = JSONMember(key: "x-note", node: JSONNode(.object([
        JSONMember(key: "list", node: JSONNode(.array([JSONNode(.number(1, isInteger: true)), JSONNode(.null), JSONNode(.bool(false))]))),
        JSONMember(key: "text", node: JSONNode(.string("Ünïcode \u{1B}[31m ok"))),
    ])))
    var s = Source(id: "s1", title: "Title \"quoted\"", publisher: "Pub", date: "2017-06", url: "https://example.org/a?b=c", note: "Note\nline two")
    s.extra = [JSONMember(key: "lang", node: JSONNode(.string("ru")))]
    var e = Expo(id: "e1", name: "4th China–Russia Expo")
    e.series = "China–Russia Expo"; e.edition = 4; e.city = "Harbin"; e.country = "CN"; e.venue = "Centre"
    e.start = "2017-06-15"; e.end = "2017-06-19"; e.hosts = ["MOFCOM", "Heilongjiang"]; e.theme = "Theme"
    e.topics = ["trade", "energy"]; e.summary = "Summary"; e.sources = ["s1"]; e.extra = [note]
    var f = Figures()
    f.booths = 2550; f.exhibitors = 1249; f.areaSqm = 86000.5; f.participants = 16000; f.countries = 74
    var k = Contract(amount: 3.15e9, currency: "USD", note: "contracts")
    k.extra = [JSONMember(key: "approx", node: JSONNode(.bool(true)))]
    f.contracts = [k, Contract(amount: 30_000_000_000, currency: "CNY")]
    f.extra = [JSONMember(key: "halls", node: JSONNode(.number(8, isInteger: true)))]
    e.figures = f
    var d = Delegation(id: "d1", expo: "e1", name: "Amur Oblast delegation")
    d.kind = .regional; d.country = "RU"; d.region = "Amur Oblast"; d.head = "Governor"; d.size = 40
    d.summary = "Came by river"; d.sources = ["s1"]; d.extra = [JSONMember(key: "boat", node: JSONNode(.string("yes")))]
    var x = Exhibitor(id: "x1", name: "Vi Holding Group")
    x.localName = "维益控股"; x.country = "CN"; x.sectors = ["aluminium", "rolling"]; x.website = "https://vi.example"
    x.summary = "Maker"; x.sources = ["s1"]; x.extra = [JSONMember(key: "founded", node: JSONNode(.number(1999, isInteger: true)))]
    var b = Booth(id: "b1", expo: "e1", exhibitor: "x1")
    b.delegation = "d1"; b.code = "A-101"; b.hall = "Hall 3"; b.areaSqm = 84; b.products = ["rods", "sheet"]
    b.summary = "An 84 m² stand"; b.sources = ["s1"]; b.extra = [JSONMember(key: "stand type", node: JSONNode(.string("island")))]
    return Catalog(title: "Full ✓", synthetic: true, sources: [s], expos: [e, Expo(id: "e2", name: "Bare")],
                   delegations: [d], exhibitors: [x], booths: [b],
                   extra: [JSONMember(key: "editor", node: JSONNode(.string("Ann")))])
}

@Suite struct CatalogEncoderTests {
    @Test func fullCatalogueRoundTrips() throws {
        let c = fullCatalogue()
        let (back, text) = try roundTrip(c)
        expectSameRecords(c, back)
        // Unknown keys really came back, not only compared equal by accident.
        #expect(back.booths.first?.extra.first?.key == "stand type")
        #expect(back.expos.first?.figures?.contracts.first?.extra.first?.key == "approx")
        #expect(back.synthetic)
        #expect(back.expos.first?.figures?.contracts.map(\.amount) == [3.15e9, 30_000_000_000])
        // And the raw ESC in an unknown key's text was written escaped.
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\\u001b[31m"))
    }

    @Test func compactOutputRoundTripsToo() throws {
        let c = fullCatalogue()
        let (back, text) = try roundTrip(c, indent: nil)
        expectSameRecords(c, back)
        // Only the escaped newline of the note: the compact text itself is one line.
        #expect(!text.contains("\n"))
    }

    @Test func decodedTemplateRoundTrips() throws {
        let r = Template.decode([46: Template.field("\"name\": \"Vi Holding Group\", \"founded\": {\"year\": 1999},")])
        try #require(r.isValid)
        let (back, _) = try roundTrip(r.catalog)
        expectSameRecords(r.catalog, back)
        #expect(back.exhibitors.first?.extra.first?.key == "founded")
    }

    @Test func bundledCatalogueRoundTripsAndIsAFixedPoint() throws {
        let r = CatalogDecoder().decode(BundledCatalog.bytes)
        try #require(r.isValid)
        let (once, text1) = try roundTrip(r.catalog)
        expectSameRecords(r.catalog, once)
        let (_, text2) = try roundTrip(once)
        #expect(text1 == text2)
    }

    @Test func keysComeInTheFormatsOrder() {
        let text = JSONWriter(indent: nil).string(CatalogEncoder.json(SmallCatalog.make().booths[1]))
        #expect(text == #"{"id":"b2","expo":"e2","exhibitor":"x2","delegation":"d1","code":"A-101","hall":"Hall 3","area_sqm":36,"products":["sawn timber"]}"#)
    }

    @Test func headerComesFirstAndOptionalsAreLeftOut() {
        let text = JSONWriter(indent: nil).string(CatalogEncoder.json(Catalog(title: "T")))
        #expect(text == #"{"format":"pavilion-catalog","version":2,"title":"T","sources":[],"expos":[],"delegations":[],"exhibitors":[],"booths":[]}"#)
    }

    @Test func fractionalAreaStaysFractional() {
        var b = Booth(id: "b", expo: "e", exhibitor: "x")
        b.areaSqm = 12.5
        let text = JSONWriter(indent: nil).string(CatalogEncoder.json(b))
        #expect(text.contains(#""area_sqm":12.5"#))
    }
}
