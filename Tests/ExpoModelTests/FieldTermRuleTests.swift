import Testing
@testable import ExpoModel

/// Each field term's rule (issue 16), in the reference search and the index alike.
@Suite("field terms")
struct FieldTermRuleTests {
    /// Booths 0–8 in halls "Hall 1", "Hall 10", "Hall A", "Agriculture zone", the hall record
    /// "cre-6-hall-a" (named "Hall B"), "1号馆", "Зал 2", "展馆C", "Russian Pavilion"; codes and
    /// countries as listed.
    static let catalog: Catalog = {
        let halls = ["Hall 1", "Hall 10", "Hall A", "Agriculture zone", "cre-6-hall-a", "1号馆", "Зал 2", "展馆C", "Russian Pavilion"]
        let codes = ["A1", "A12", "B2-04", "b21", nil, "C-7", "A-1", nil, "R12"]
        let countries = ["RU", "CN", "KR", "KP", "DE", "Russia", "Россия", "中国", "TR"]
        var xs: [Exhibitor] = [], booths: [Booth] = []
        for i in halls.indices {
            var x = Exhibitor(id: "x\(i)", name: "Firm \(i)")
            x.country = countries[i]
            xs.append(x)
            var b = Booth(id: "b\(i)", expo: "e", exhibitor: "x\(i)")
            b.hall = halls[i]
            b.code = codes[i]
            booths.append(b)
        }
        return Catalog(title: "t", expos: [Expo(id: "e", name: "Fair")], exhibitors: xs, booths: booths,
                       halls: [Hall(id: "cre-6-hall-a", expo: "e", name: "Hall B")])
    }()
    static let index = BoothSearchIndex(catalog)

    /// The booths found, in booth order; checks that the index finds the same.
    static func found(_ q: String) -> [Int] {
        guard let query = try? SearchQuery.parse(q) else { return [-1] }
        let reference = BoothSearch.search(query, in: catalog).map(\.boothIndex).sorted()
        let fast: [Int] = index.search(query).booths.map { Int($0) }.sorted()
        #expect(fast == reference, "index and reference agree on \(q)")
        return reference
    }

    @Test func hallNamesAHallNotEveryNameWithTheLetter() {
        #expect(Self.found("hall:a") == [2, 4])
        #expect(Self.found("hall:b") == [4])
        #expect(Self.found("hall:c") == [7])
        #expect(Self.found("hall:2") == [6])
    }

    @Test func hallNumbersAreWhole() {
        #expect(Self.found("hall:1") == [0, 5])
        #expect(Self.found("hall:10") == [1])
        #expect(Self.found("!hall:1") == [1, 2, 3, 4, 6, 7, 8])
    }

    @Test func longerHallValuesStartAnyWord() {
        #expect(Self.found("hall:agri") == [3])
        #expect(Self.found("hall:zone") == [3])
        #expect(Self.found("hall:pavilion") == [8])
        #expect(Self.found("hall:hall") == [0, 1, 2, 4])
        #expect(Self.found("hall:зал") == [6])
    }

    @Test func codeIsAPrefix() {
        #expect(Self.found("code:a1") == [0, 1])
        #expect(Self.found("code:b2") == [2, 3])
        #expect(Self.found("code:a-1") == [6])
        #expect(Self.found("code:12") == [])
    }

    @Test func countryTakesCodesAndNamesInThreeLanguages() {
        for q in ["country:ru", "country:RUS", "country:russia", "country:Russian Federation", "country:россия", "country:俄罗斯"] {
            #expect(Self.found(q.replacingOccurrences(of: "Russian Federation", with: "\"Russian Federation\"")) == [0, 5, 6], "\(q)")
        }
        #expect(Self.found("country:china") == [1, 7])
        #expect(Self.found("country:中国") == [1, 7])
        #expect(Self.found("country:türkiye") == [8])
        #expect(Self.found("country:turkey") == [8])
    }

    @Test func theStartOfACountryNameFindsEveryCountrySoNamed() {
        #expect(Self.found("country:kore") == [2, 3])
        // Three capitals or letters are an alpha-3 code first: KOR is the Republic of Korea.
        #expect(Self.found("country:kor") == [2])
        #expect(Self.found("country:germ") == [4])
        #expect(Self.found("!country:ru") == [1, 2, 3, 4, 7, 8])
    }
}
