import Testing
@testable import ExpoModel

/// The facet panel's model: field terms written for values, counts of every facet at once, and
/// that a value's term selects as many booths as its count says.
@Suite struct FacetTermTests {
    @Test func termsQuoteValuesTheQueryWouldSplitOrReadAsOperators() {
        #expect(Facet.term(field: "country", value: "ru") == "country:ru")
        #expect(Facet.term(field: "sector", value: "Food processing") == "sector:\"Food processing\"")
        #expect(Facet.term(field: "hall", value: "展馆 B") == "hall:\"展馆 B\"")
        #expect(Facet.term(field: "sector", value: "металлургия") == "sector:металлургия")
        #expect(Facet.term(field: "sector", value: "!urgent") == "sector:\"!urgent\"")
        #expect(Facet.term(field: "sector", value: "a|b") == "sector:\"a|b\"")
        #expect(Facet.term(field: "sector", value: "Ltd$") == "sector:\"Ltd$\"")
        #expect(Facet.term(field: "sector", value: "The \"Best\" Co") == "sector:The", "cut before a double quote")
        #expect(Facet.term(field: "sector", value: "\"x") == "", "nothing left to write")
    }

    @Test func expoTermsPickWhatSelectsOneExpo() {
        var a = Expo(id: "harbin-fair", name: "Harbin Fair"); a.start = "1990-06-01"
        var b = Expo(id: "harbin-fair-2011", name: "Harbin Fair 2011"); b.start = "2011-06-15"
        var c = Expo(id: "cre-2017", name: "4th China–Russia Expo"); c.start = "2017-06-15"
        let cat = Catalog(title: "T", expos: [a, b, c])
        #expect(Facet.expoTerm(0, in: cat) == "expo:harbin-fair expo:1990-06-01", "id and name are parts of another expo's")
        #expect(Facet.expoTerm(1, in: cat) == "expo:harbin-fair-2011")
        #expect(Facet.expoTerm(2, in: cat) == "expo:cre-2017")
        for i in cat.expos.indices {
            let q = try? SearchQuery.parse(Facet.expoTerm(i, in: cat))
            let hits = cat.expos.indices.filter { j in
                let e = cat.expos[j]
                return q?.match(SearchRecord(texts: [], attributes: [.expo: [e.name, e.start ?? "", e.id]])) != nil
            }
            #expect(hits == [i], "the term of expo \(i) selects it alone")
        }
    }

    @Test func tallyCountsDistinctValuesMostFirstTiesInNaturalOrder() {
        var t = FacetTally()
        t.add(distinct: ["b", "a", "b"], field: "sector")
        t.add(distinct: ["a", "item 10"], field: "sector")
        t.add(distinct: ["item 9"], field: "sector")
        t.add("", term: "x")
        #expect(t.counts.map { "\($0.value) \($0.count) \($0.term)" } == ["a 2 sector:a", "b 1 sector:b", "item 9 1 sector:\"item 9\"", "item 10 1 sector:\"item 10\""])
    }

    @Test func everyFacetAgreesWithAPlainCountOnTheDemo() {
        let demo = DemoCatalog.generate(booths: 3_000, seed: 5)
        let some = Array(stride(from: 0, to: demo.booths.count, by: 3))
        let f = BoothFacets(some, in: demo)
        #expect(f.total == some.count)
        var plain: [Facet: [String: Int]] = [:]
        for i in some {
            let b = demo.booths[i]
            let x = demo.exhibitor(b.exhibitor)
            let d = b.delegation.flatMap { demo.delegation($0) }
            if let v = x?.country { plain[.country, default: [:]][v, default: 0] += 1 }
            for v in Set(x?.sectors ?? []) { plain[.sector, default: [:]][v, default: 0] += 1 }
            if let h = b.hall { plain[.hall, default: [:]][demo.hall(ofBooth: b)?.name ?? h, default: 0] += 1 }
            if let d { plain[.delegation, default: [:]][d.name, default: 0] += 1 }
            if let k = d?.kind { plain[.kind, default: [:]][k.rawValue, default: 0] += 1 }
            if let e = demo.expo(b.expo) { plain[.expo, default: [:]][e.name, default: 0] += 1 }
        }
        for facet in Facet.allCases {
            let counted = f.counts(facet)
            #expect(Dictionary(counted.map { ($0.value, $0.count) }, uniquingKeysWith: +) == plain[facet] ?? [:], "\(facet)")
            #expect(counted.map(\.count) == counted.map(\.count).sorted(by: >), "\(facet) most frequent first")
            #expect(counted == facet.counts(of: some, in: demo))
        }
    }

    /// What `F` then Enter does on the demo's booths: each single-word value's term keeps as many
    /// booths as the count beside it.
    @Test func aValuesTermSelectsItsCountOnTheDemo() throws {
        let demo = DemoCatalog.generate(booths: DemoCatalog.defaultBooths)
        let expo = try #require(demo.expos.first)
        let booths = demo.boothIndices(ofExpo: expo.id)
        let records = booths.map { BoothSearch.record(demo.booths[$0], in: demo) }
        let f = BoothFacets(booths, in: demo)
        var checked = 0
        for facet in [Facet.country, .kind, .expo] {
            for v in f.filterCounts(facet) where !v.term.contains("\"") {
                let q = try SearchQuery.parse(v.term)
                #expect(records.filter { q.match($0) != nil }.count == v.count, "\(v.term)")
                checked += 1
            }
        }
        #expect(checked >= 3)
        #expect(f.filterCounts(.country).reduce(0) { $0 + $1.count } > f.counts(.country).reduce(0) { $0 + $1.count },
                "the demo has booths whose delegation's country is not their exhibitor's")
        #expect(f.filterCounts(.country).contains { $0.value == "RU" && $0.term == "country:ru" })
    }
}
