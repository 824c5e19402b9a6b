import Testing
@testable import ExpoModel

@Suite struct FacetTests {
    static let catalog: Catalog = {
        var x1 = Exhibitor(id: "x1", name: "Amur Steel"); x1.country = "RU"; x1.sectors = ["metals", "machinery", "metals"]
        var x2 = Exhibitor(id: "x2", name: "哈尔滨啤酒"); x2.country = "CN"; x2.sectors = ["food"]
        let x3 = Exhibitor(id: "x3", name: "No country")
        var d1 = Delegation(id: "d1", expo: "e1", name: "Amur Oblast"); d1.kind = .regional
        let d2 = Delegation(id: "d2", expo: "e1", name: "Unknown kind")
        var booths: [Booth] = []
        func booth(_ id: String, _ x: String, expo: String = "e1", hall: String? = nil, delegation: String? = nil) {
            var b = Booth(id: id, expo: expo, exhibitor: x); b.hall = hall; b.delegation = delegation
            booths.append(b)
        }
        booth("b1", "x1", hall: "h1", delegation: "d1")
        booth("b2", "x1", hall: "Hall 10", delegation: "d1")
        booth("b3", "x2", hall: "Hall 10", delegation: "d2")
        booth("b4", "x3")
        booth("b5", "x2", expo: "e2", hall: "h1")
        var c = Catalog(title: "T", expos: [Expo(id: "e1", name: "One"), Expo(id: "e2", name: "Two")],
                        delegations: [d1, d2], exhibitors: [x1, x2, x3], booths: booths)
        c.halls = [Hall(id: "h1", expo: "e1", name: "Hall 1")]
        return c
    }()

    func counts(_ f: Facet, _ booths: [Int]? = nil) -> [String] {
        let c = Self.catalog
        return f.counts(of: booths ?? Array(c.booths.indices), in: c).map { "\($0.value) \($0.count)" }
    }

    @Test func eachFacetCountsBoothsMostFrequentFirst() {
        #expect(counts(.country) == ["CN 2", "RU 2"], "ties A–Z; the booth without a country is left out")
        #expect(counts(.sector) == ["food 2", "machinery 2", "metals 2"], "a sector listed twice counts once per booth")
        #expect(counts(.hall) == ["Hall 10 2", "h1 1", "Hall 1 1"], "h1 names Hall 1 only at its own expo; ties in natural order")
        #expect(counts(.delegation) == ["Amur Oblast 2", "Unknown kind 1"])
        #expect(counts(.kind) == ["regional 2"])
        #expect(counts(.expo) == ["One 4", "Two 1"])
    }

    @Test func onlyTheGivenBoothsAreCounted() {
        #expect(counts(.country, [0, 4]) == ["CN 1", "RU 1"])
        #expect(counts(.expo, []) == [])
    }

    @Test func agreesWithAPlainCountOnTheDemo() {
        let demo = DemoCatalog.generate(booths: 3_000, seed: 7)
        let all = Array(demo.booths.indices)
        var plain: [String: Int] = [:]
        for b in demo.booths { if let x = demo.exhibitor(b.exhibitor)?.country { plain[x, default: 0] += 1 } }
        let counted = Facet.country.counts(of: all, in: demo)
        #expect(Dictionary(uniqueKeysWithValues: counted.map { ($0.value, $0.count) }) == plain)
        #expect(counted.map(\.count) == counted.map(\.count).sorted(by: >))
    }
}
