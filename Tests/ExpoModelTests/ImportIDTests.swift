import Foundation
import Testing
@testable import ExpoModel

/// Ids made from names: ASCII slugs for Latin names, letters kept for other scripts, unique and
/// the same on every run.
@Suite struct ImportIDTests {
    static let slugs: [(String, String)] = [
        ("İzya", "izya"), ("Müller", "muller"), ("Çelik", "celik"), ("Straße", "strasse"), ("Łódź Żółć", "lodz-zolc"),
        ("Ærø Øst", "aero-ost"), ("Fiat Lux!", "fiat-lux"), ("e\u{301}clair", "eclair"), ("Société Générale", "societe-generale"),
        ("Компания Ёлка", "компания-ёлка"), ("中国 公司", "中国-公司"), ("  --A  B-- ", "a-b"), ("", ""),
    ]

    @Test(arguments: slugs)
    func slug(_ pair: (String, String)) {
        let s = CSVImporter.slug(pair.0)
        #expect(s == pair.1, "\(pair.0)")
        #expect(s == s.precomposedStringWithCanonicalMapping)
    }

    @Test func slugIsCutAt60() {
        #expect(CSVImporter.slug(String(repeating: "ü", count: 80)).count == 60)
        #expect(CSVImporter.slug(String(repeating: "a", count: 80)).count == 60)
    }

    @Test func importedIDsAreUniqueAndStable() throws {
        let csv = """
        Company,Booth,Country
        İzya Ltd,"N2215, F22",Türkiye
        Izya Ltd,F22,TR
        Müller GmbH,"Hall 17, Stand F60",Germany
        Muller GmbH,"Hall 17, Stand F60",DE
        """
        let a = CSVImporter().run(Array(csv.utf8), fileName: "Fair 2026.csv")
        let b = CSVImporter().run(Array(csv.utf8), fileName: "Fair 2026.csv")
        #expect(a.catalog.id == "fair-2026")
        #expect(a.catalog.exhibitors.map(\.id) == ["izya-ltd", "izya-ltd-2", "muller-gmbh", "muller-gmbh-2"])
        #expect(a.catalog.booths.map(\.id) == ["fair-2026-n2215", "fair-2026-f22", "fair-2026-f22-2", "fair-2026-17-f60", "fair-2026-17-f60-2"])
        #expect(a.catalog.booths.map(\.id) == b.catalog.booths.map(\.id))
        #expect(a.catalog.exhibitors.map(\.id) == b.catalog.exhibitors.map(\.id))
        #expect(Set(a.catalog.booths.map(\.id)).count == a.catalog.booths.count)
        #expect(a.catalog.exhibitors.allSatisfy { $0.country == "TR" || $0.country == "DE" })
    }
}
