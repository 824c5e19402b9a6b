import Testing
@testable import ExpoModel

/// Booth positions found for a query in `catalog`.
private func found(_ q: String, in catalog: Catalog = SmallCatalog.make(), limit: Int = 0) throws -> [Int] {
    BoothSearch.search(try SearchQuery.parse(q), in: catalog, limit: limit).map(\.boothIndex)
}

/// A catalogue with one booth per exhibitor name, in the given order.
private func catalogOfNames(_ names: [String]) -> Catalog {
    let exhibitors = names.enumerated().map { Exhibitor(id: "x\($0.offset)", name: $0.element) }
    let booths = names.indices.map { Booth(id: "b\($0)", expo: "e", exhibitor: "x\($0)") }
    return Catalog(title: "names", expos: [Expo(id: "e", name: "Fair")], exhibitors: exhibitors, booths: booths)
}

@Suite struct BoothSearchTests {
    // Booths of SmallCatalog: 0 Vi Holding Group (e1), 1 Amur Timber (e2, d1, A-101, Hall 3),
    // 2 Harbin Brewery (e2, C-7, Pavilion C), 3 Amur Timber (e1, d3, R-12, Russian Pavilion).

    @Test func byExhibitorName() throws {
        #expect(try found("vi holding") == [0])
        #expect(try found("'brewery") == [2])
    }

    @Test func byLocalName() throws {
        #expect(try found("амурский") == [1, 3])
        #expect(try found("哈尔滨") == [2])
    }

    @Test func byProduct() throws {
        #expect(try found("plywood") == [3])
        #expect(try found("'sawn") == [1])
        #expect(try found("'lager") == [2])
    }

    @Test func bySector() throws {
        #expect(try found("'forestry") == [1, 3])
        #expect(try found("'beverages") == [2])
    }

    @Test func byDelegation() throws {
        #expect(try found("'oblast") == [1])
        #expect(try found("'russian exposition") == [3])
    }

    @Test func byBoothCode() throws {
        #expect(try found("'A-101") == [1])
        #expect(try found("^r-12$") == [3])
    }

    @Test func byHall() throws {
        #expect(try found("^pavilion") == [2])
        #expect(try found("'hall 3") == [1])
    }

    @Test func byExpoName() throws {
        // Equal scores: the shorter exhibitor name first.
        #expect(try found("'4th") == [3, 0])
        #expect(try found("'1st") == [1, 2])
    }

    @Test func byFieldTerms() throws {
        #expect(try found("country:ru") == [1, 3])
        #expect(try found("country:cn") == [2, 0])
        #expect(try found("kind:national") == [3])
        #expect(try found("kind:regional") == [1])
        #expect(try found("expo:2014") == [1, 2])
        #expect(try found("expo:e1") == [3, 0])
        #expect(try found("sector:alum") == [0])
        #expect(try found("code:c-7") == [2])
        #expect(try found("delegation:amur") == [1])
        #expect(try found("hall:pavilion") == [3, 2])
        #expect(try found("name:哈尔滨") == [2])
        #expect(try found("product:roll") == [0])
    }

    @Test func byArea() throws {
        #expect(try found("area>=50") == [0])
        #expect(try found("area<50") == [1, 3])
        #expect(try found("area=36") == [1])
        #expect(try found("!area>0") == [2]) // the booth without an area
    }

    @Test func combinedTerms() throws {
        #expect(try found("'amur !'plywood") == [1])
        #expect(try found("country:ru area<20") == [3])
        #expect(try found("'lager | 'plywood") == [3, 2])
        #expect(try found("amur 'nothing-like-this") == [])
    }

    @Test func emptyQueryListsAllByNameLengthThenOrder() throws {
        #expect(try found("") == [1, 3, 2, 0])
    }

    @Test func respectsTheLimit() throws {
        #expect(try found("", limit: 2) == [1, 3])
        #expect(try found("", limit: 1) == [1])
        #expect(try found("", limit: 10).count == 4)
        #expect(try found("'forestry", limit: 1) == [1])
    }

    @Test func highlightsTheExhibitorName() throws {
        let hits = BoothSearch.search(try SearchQuery.parse("'holding"), in: SmallCatalog.make())
        #expect(hits.map(\.boothIndex) == [0])
        #expect(hits.first?.match.namePositions == [3, 4, 5, 6, 7, 8, 9])
    }

    @Test func betterMatchesComeFirst() throws {
        let c = catalogOfNames(["Stainless Milling", "Tractor Import Machinery", "Timber Trade"])
        #expect(try found("tim", in: c) == [2, 1, 0])
    }

    @Test func tieGoesToTheShorterName() throws {
        let c = catalogOfNames(["Amur Timber Holding", "Amur Timber", "Amur Timber Group"])
        #expect(try found("amur", in: c) == [1, 2, 0])
        let hits = BoothSearch.search(try SearchQuery.parse("amur"), in: c)
        #expect(Set(hits.map(\.match.score)).count == 1) // really a tie on score
    }

    @Test func sameLengthTieGoesByName() throws {
        let c = catalogOfNames(["Amur Tb", "Amur Ta"])
        #expect(try found("amur", in: c) == [1, 0])
    }

    @Test func recordCollectsTheSearchableText() {
        let c = SmallCatalog.make()
        let r = BoothSearch.record(c.booths[1], in: c)
        #expect(r.texts == ["Amur Timber", "Амурский лес", "sawn timber", "forestry", "Amur Oblast delegation", "A-101", "Hall 3", "1st China–Russia Expo"])
        #expect(r.attributes[.country] == ["RU", "RU"])
        #expect(r.attributes[.kind] == ["regional"])
        #expect(r.attributes[.expo] == ["1st China–Russia Expo", "2014-06-30", "e2"])
        #expect(r.attributes[.delegation] == ["Amur Oblast delegation", "Amur Oblast"])
        #expect(r.numbers[.area] == 36)
    }

    @Test func boothOfAnUnknownExhibitorIsSearchedByItsId() {
        let c = Catalog(title: "t", booths: [Booth(id: "b", expo: "e", exhibitor: "ghost-co")])
        #expect(BoothSearch.record(c.booths[0], in: c).texts == ["ghost-co"])
    }
}
