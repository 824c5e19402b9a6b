import Testing
import PavilionAssets
@testable import ExpoModel

private func bundled() throws -> Catalog {
    let r = CatalogDecoder().decode(BundledCatalog.bytes)
    try #require(r.isValid, "bundled catalogue is invalid: \(r.diagnostics)")
    return r.catalog
}

@Suite struct BundledCatalogTests {
    @Test func decodesWithoutErrorsOrWarnings() {
        let r = CatalogDecoder().decode(BundledCatalog.bytes)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.map(\.description))")
        #expect(r.isValid)
        #expect(!r.catalog.synthetic)
        #expect(!r.catalog.expos.isEmpty)
        #expect(BundledCatalog.name == "china-russia-expo.json")
    }

    @Test func loaderAcceptsIt() throws {
        let (catalog, warnings) = try CatalogLoader.decode(BundledCatalog.bytes, path: BundledCatalog.name)
        #expect(warnings.isEmpty)
        #expect(catalog.booths.count == CatalogDecoder().decode(BundledCatalog.bytes).catalog.booths.count)
    }

    @Test func everySourceReferenceResolves() throws {
        let c = try bundled()
        var refs: [String] = []
        refs += c.expos.flatMap(\.sources)
        refs += c.delegations.flatMap(\.sources)
        refs += c.exhibitors.flatMap(\.sources)
        refs += c.booths.flatMap(\.sources)
        #expect(!refs.isEmpty)
        let missing = refs.filter { c.source($0) == nil }
        #expect(missing.isEmpty, "unresolved source ids: \(missing)")
    }

    @Test func everyRecordCitesASource() throws {
        let c = try bundled()
        let uncited = c.expos.filter { $0.sources.isEmpty }.map { "expo \($0.id)" }
            + c.delegations.filter { $0.sources.isEmpty }.map { "delegation \($0.id)" }
            + c.exhibitors.filter { $0.sources.isEmpty }.map { "exhibitor \($0.id)" }
            + c.booths.filter { $0.sources.isEmpty }.map { "booth \($0.id)" }
        #expect(uncited.isEmpty, "records without a source: \(uncited)")
    }

    @Test func everyRecordReferenceResolves() throws {
        let c = try bundled()
        for d in c.delegations { #expect(c.expo(d.expo) != nil, "delegation \(d.id)") }
        for b in c.booths {
            #expect(c.expo(b.expo) != nil, "booth \(b.id)")
            #expect(c.exhibitor(b.exhibitor) != nil, "booth \(b.id)")
            if let d = b.delegation { #expect(c.delegation(d)?.expo == b.expo, "booth \(b.id)") }
        }
    }

    @Test func idsAreUnique() throws {
        let c = try bundled()
        #expect(Set(c.sources.map(\.id)).count == c.sources.count)
        #expect(Set(c.expos.map(\.id)).count == c.expos.count)
        #expect(Set(c.delegations.map(\.id)).count == c.delegations.count)
        #expect(Set(c.exhibitors.map(\.id)).count == c.exhibitors.count)
        #expect(Set(c.booths.map(\.id)).count == c.booths.count)
    }

    @Test func fourthExpoHas2550Booths() throws {
        let c = try bundled()
        let fourth = try #require(c.expos.first { $0.series == "China–Russia Expo" && $0.edition == 4 })
        #expect(fourth.name == "4th China–Russia Expo")
        #expect(fourth.figures?.booths == 2550)
        #expect(fourth.city == "Harbin")
        #expect(fourth.year == "2017")
        #expect(c.coverageNote(ofExpo: fourth.id) == "listed 19 of 2,550")
    }

    @Test func viHoldingGroupBoothAtTheFourthExpo() throws {
        let c = try bundled()
        let fourth = try #require(c.expos.first { $0.name == "4th China–Russia Expo" })
        let vi = try #require(c.exhibitors.first { $0.name == "Vi Holding Group" })
        let booths = c.booths(ofExhibitor: vi.id)
        #expect(booths.count == 1)
        let booth = try #require(booths.first)
        #expect(booth.expo == fourth.id)
        #expect(booth.areaSqm == 84)
        #expect(c.booths(ofExpo: fourth.id).map(\.id).contains(booth.id))
        #expect(c.booths(ofExpo: fourth.id).count == 19)
    }

    @Test func amurAndPrimorskyDelegationsAtTheFirstExpo() throws {
        let c = try bundled()
        let first = try #require(c.expos.first { $0.name == "1st China–Russia Expo" })
        #expect(first.edition == 1)
        let names = c.delegations(ofExpo: first.id).map(\.name)
        #expect(names.contains { $0.contains("Amur") })
        #expect(names.contains { $0.contains("Primorsky") })
    }

    @Test func seventhEditionInYekaterinburg() throws {
        let c = try bundled()
        let cre = c.expos.filter { $0.series == "China–Russia Expo" }
        #expect(cre.count == 8)
        let seventh = try #require(cre.first { $0.edition == 7 })
        #expect(seventh.id == "cre-7")
        #expect(seventh.city == "Yekaterinburg")
        #expect(seventh.start == "2023-07-10")
        #expect(cre.contains { $0.edition == 8 })
    }

    @Test func coverageNoteIsNilWithoutTotals() throws {
        let c = try bundled()
        let first = try #require(c.expos.first { $0.name == "1st China–Russia Expo" })
        // The 1st Expo gives a total of 3,000 booths; the sources name nine.
        #expect(c.coverageNote(ofExpo: first.id) == "listed 9 of 3,000")
        let eighth = try #require(c.expos.first { $0.name == "8th China–Russia Expo" })
        #expect(eighth.figures?.booths == nil)
        #expect(c.coverageNote(ofExpo: eighth.id) == nil)
        #expect(c.coverageNote(ofExpo: "no-such-expo") == nil)
    }

    @Test func datesAreOrdered() throws {
        let c = try bundled()
        for e in c.expos {
            if let s = e.start, let t = e.end { #expect(s.prefix(t.count) <= t.prefix(s.count), "expo \(e.id)") }
        }
    }
}
