import Testing
@testable import ExpoModel

/// Latin queries find Cyrillic and Chinese names (issue 16), in the reference search and the
/// index alike, ranking below an equal match in the original script.
@Suite("search across scripts")
struct CrossScriptSearchTests {
    /// 0 Амурский лесной комбинат, 1 哈尔滨电机厂, 2 Amur Trade, 3 Vi Holding, 4 Хабаровский завод
    /// (a booth whose exhibitor is not listed), 5 Baikal Tea of the Харбинская delegation.
    static let catalog: Catalog = {
        var xs = [Exhibitor(id: "x0", name: "Амурский лесной комбинат"), Exhibitor(id: "x1", name: "哈尔滨电机厂"),
                  Exhibitor(id: "x2", name: "Amur Trade"), Exhibitor(id: "x3", name: "Vi Holding"), Exhibitor(id: "x5", name: "Baikal Tea")]
        xs[3].localName = "维亚控股"
        var d = Delegation(id: "d", expo: "e", name: "Харбинская делегация")
        d.kind = .regional
        var booths = ["x0", "x1", "x2", "x3", "Хабаровский завод", "x5"].enumerated().map { Booth(id: "b\($0.offset)", expo: "e", exhibitor: $0.element) }
        booths[5].delegation = "d"
        return Catalog(title: "t", expos: [Expo(id: "e", name: "Fair")], delegations: [d], exhibitors: xs, booths: booths)
    }()
    static let index = BoothSearchIndex(catalog)

    /// The booths the reference search finds, best first (checking that the index agrees);
    /// [-1] for a query that does not parse.
    static func found(_ q: String) -> [Int] {
        guard let query = try? SearchQuery.parse(q) else { return [-1] }
        let reference = BoothSearch.search(query, in: catalog).map(\.boothIndex)
        let fast: [Int] = index.search(query).booths.map { Int($0) }
        #expect(fast == reference, "index and reference agree on \(q)")
        return reference
    }

    @Test func russianInBothRomanisations() throws {
        #expect(Self.found("amurskiy") == [0])
        #expect(Self.found("amurskij lesnoj") == [0])
        #expect(Self.found("lesnoy kombinat") == [0])
        #expect(Self.found("khabarovsk") == [4])
        #expect(Self.found("habarovskij") == [4])
    }

    @Test func chineseInPinyinJoinedAndSpaced() throws {
        #expect(Self.found("haerbin") == [1])
        // Харбинская has "harbin" unbroken in its Latin form, 哈尔滨 as "haerbin": it comes first.
        #expect(Self.found("harbin") == [5, 1])
        #expect(Self.found("ha er bin dian") == [1])
        #expect(Self.found("'dianjichang") == [1])
        #expect(Self.found("weiya") == [3])
    }

    @Test func aDelegationNameIsFoundByItsLatinForm() throws {
        #expect(Self.found("kharbinskaya") == [5])
        #expect(Self.found("delegation:харбин") == [5])
    }

    @Test func originalScriptRanksFirst() throws {
        // "amur" matches Amur Trade in Latin and Амурский by its Latin form: the Latin name first.
        #expect(Self.found("amur") == [2, 0])
        let hits = BoothSearch.search(try SearchQuery.parse("amur"), in: Self.catalog)
        #expect(hits[0].match.score > hits[1].match.score)
    }

    @Test func aRomanisedMatchHighlightsTheSourceCharacters() throws {
        let m = try #require(try SearchQuery.parse("harbin").match(BoothSearch.record(Self.catalog.booths[1], in: Self.catalog)))
        #expect(m.namePositions == [0, 1, 2])
        let a = try #require(try SearchQuery.parse("amurskiy").match(BoothSearch.record(Self.catalog.booths[0], in: Self.catalog)))
        #expect(a.namePositions == Array(0...7))
    }

    @Test func nameTermsAndNegationSeeTheLatinForms() throws {
        #expect(Self.found("name:amursk") == [0])
        #expect(Self.found("!harbin") == [2, 3, 4, 0])
        // Capitals: smart case applies to the Latin forms too.
        #expect(Self.found("Harbin") == [5, 1])
        #expect(Self.found("HARBIN") == [])
    }
}
