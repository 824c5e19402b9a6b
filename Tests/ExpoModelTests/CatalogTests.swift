import Testing
@testable import ExpoModel

@Suite struct CatalogTests {
    let c = SmallCatalog.make()

    @Test func lookUpsById() {
        #expect(c.source("s1")?.title == "A source")
        #expect(c.expo("e1")?.name == "4th China–Russia Expo")
        #expect(c.delegation("d2")?.name == "Primorsky Krai delegation")
        #expect(c.exhibitor("x3")?.localName == "哈尔滨啤酒")
        #expect(c.booth("b2")?.code == "A-101")
    }

    @Test func unknownIdsGiveNothing() {
        #expect(c.source("s9") == nil)
        #expect(c.expo("x1") == nil) // ids are per kind
        #expect(c.delegation("") == nil)
        #expect(c.exhibitor("b1") == nil)
        #expect(c.booth("e1") == nil)
        #expect(c.delegations(ofExpo: "e9").isEmpty)
        #expect(c.booths(ofExpo: "e9").isEmpty)
        #expect(c.booths(ofDelegation: "d9").isEmpty)
        #expect(c.booths(ofExhibitor: "x9").isEmpty)
    }

    @Test func delegationsOfAnExpoInFileOrder() {
        #expect(c.delegations(ofExpo: "e2").map(\.id) == ["d1", "d2"])
        #expect(c.delegations(ofExpo: "e1").map(\.id) == ["d3"])
        #expect(c.delegationIndices(ofExpo: "e2") == [0, 1])
    }

    @Test func boothsOfAnExpo() {
        #expect(c.booths(ofExpo: "e1").map(\.id) == ["b1", "b4"])
        #expect(c.booths(ofExpo: "e2").map(\.id) == ["b2", "b3"])
        #expect(c.boothIndices(ofExpo: "e1") == [0, 3])
    }

    @Test func boothsOfADelegation() {
        #expect(c.booths(ofDelegation: "d1").map(\.id) == ["b2"])
        #expect(c.booths(ofDelegation: "d2").isEmpty)
        #expect(c.booths(ofDelegation: "d3").map(\.id) == ["b4"])
        #expect(c.boothIndices(ofDelegation: "d3") == [3])
    }

    @Test func boothsOfAnExhibitor() {
        #expect(c.booths(ofExhibitor: "x2").map(\.id) == ["b2", "b4"])
        #expect(c.booths(ofExhibitor: "x1").map(\.id) == ["b1"])
        #expect(c.boothIndices(ofExhibitor: "x3") == [2])
    }

    @Test func coverageNote() {
        #expect(c.coverageNote(ofExpo: "e1") == "listed 2 of 2,550")
        #expect(c.coverageNote(ofExpo: "e2") == nil) // no total given
        #expect(c.coverageNote(ofExpo: "e9") == nil)
    }

    @Test func coverageNoteIsNilWhenEverythingIsListed() {
        var e = Expo(id: "e", name: "E")
        var f = Figures()
        f.booths = 2
        e.figures = f
        let full = Catalog(title: "t", expos: [e], exhibitors: [Exhibitor(id: "x", name: "X")],
                           booths: [Booth(id: "a", expo: "e", exhibitor: "x"), Booth(id: "b", expo: "e", exhibitor: "x")])
        #expect(full.coverageNote(ofExpo: "e") == nil)
        let partial = Catalog(title: "t", expos: [e], exhibitors: [Exhibitor(id: "x", name: "X")],
                              booths: [Booth(id: "a", expo: "e", exhibitor: "x")])
        #expect(partial.coverageNote(ofExpo: "e") == "listed 1 of 2")
    }

    @Test func firstRecordWinsOnDuplicateIds() {
        let dup = Catalog(title: "t", exhibitors: [Exhibitor(id: "x", name: "First"), Exhibitor(id: "x", name: "Second")])
        #expect(dup.exhibitor("x")?.name == "First")
        #expect(dup.exhibitors.count == 2)
    }

    @Test func emptyCatalogue() {
        let e = Catalog.empty()
        #expect(e.title == "Empty catalogue")
        #expect(e.expos.isEmpty && e.booths.isEmpty && e.sources.isEmpty)
        #expect(Catalog.empty(title: "X").title == "X")
    }

    @Test func expoYearIsTheFirstFourCharacters() {
        #expect(c.expo("e1")?.year == "2017")
        var e = Expo(id: "e", name: "E")
        #expect(e.year == nil)
        e.start = "2019"
        #expect(e.year == "2019")
    }
}
