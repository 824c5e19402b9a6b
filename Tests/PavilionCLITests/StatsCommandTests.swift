import Foundation
import Testing

@Suite("pavilion stats")
struct StatsCommandTests {
    @Test func jsonCountsMatchTheBundledFile() throws {
        let counts = try bundledCatalogCounts()
        let r = try ProcessRunner.pavilion(["stats", "--json"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        let object = try #require(try parseJSON(r.stdout) as? [String: Any])
        for key in ["expos", "delegations", "exhibitors", "booths", "halls", "events", "sources"] {
            // Halls and events (format version 2) may be absent from the file: none then.
            let expected = try #require(counts[key] ?? (["halls", "events"].contains(key) ? 0 : nil), "the bundled file has no \(key) array")
            #expect((object[key] as? NSNumber)?.intValue == expected, "\(key)")
        }
        #expect(object["title"] as? String == "China–Russia Expo (Harbin) — public-record catalogue")
        #expect((object["synthetic"] as? NSNumber)?.boolValue == false)
        let perExpo = try #require(object["per_expo"] as? [[String: Any]])
        #expect(perExpo.count == counts["expos"])
        // Listed booths per expo add up to all booths.
        let listed = perExpo.compactMap { ($0["listed_booths"] as? NSNumber)?.intValue }.reduce(0, +)
        #expect(listed == counts["booths"])
        let cre4 = try #require(perExpo.first { $0["id"] as? String == "cre-4" })
        #expect((cre4["listed_booths"] as? NSNumber)?.intValue == 19)
        #expect(((cre4["figures"] as? [String: Any])?["booths"] as? NSNumber)?.intValue == 2550)
    }

    @Test func textGolden() throws {
        let r = try ProcessRunner.pavilion(["stats"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        expectGolden(r.stdout, """
            China–Russia Expo (Harbin) — public-record catalogue
            RECORDS      COUNT
            expos           27
            delegations     58
            exhibitors      83
            booths          77
            halls           42
            events          95
            sources        148

            EXPO                                          START       BOOTHS LISTED     OF        AREA  PARTICIPANTS  COUNTRIES  EVENTS
            China Harbin International Economic and Tra…  1990                    0      —           —             —          —       0
            11th China Harbin Economic and Trade Fair     2000-06                 0      —           —         4,700         47       0
            13th China Harbin Economic and Trade Fair     2002-06-15              0      —           —             —         63       0
            China Harbin Fair 2005                        2005-06                 0      —           —             —          —       1
            17th China Harbin Fair for Trade and Econom…  2006-06                 0      —           —             —          —       1
            18th China Harbin Fair for Trade and Econom…  2007-06-15              0  2,000   76,000 m²             —          —       0
            19th International China Harbin Fair for Tr…  2008-06-15              0  2,600           —             —         60       2
            21st China Harbin Fair for Trade and Econom…  2010-06                 0      —           —             —          —       0
            China Harbin International Economic and Tra…  2011-06-14              1  3,000   86,000 m²             —          —       0
            23rd China Harbin International Economic an…  2012-06-15              2      —           —         8,713         76       2
            24th China Harbin International Economic an…  2013-06-15              0      —           —             —          —       6
            25th China Harbin International Economic an…  2014                    0      —           —             —          —       0
            1st China–Russia Expo                         2014-06-30              9  3,000   86,000 m²             —          —      10
            26th China Harbin International Economic an…  2015                    0      —           —             —          —       0
            2nd China–Russia Expo                         2015-10-11              4      —   86,000 m²        10,000        103       4
            27th China Harbin International Economic an…  2016                    0      —           —             —          —       0
            3rd China–Russia Expo                         2016-07-11              7      —    8,500 m²             —          —      18
            28th China Harbin International Economic an…  2017                    0      —           —             —          —       0
            4th China–Russia Expo                         2017-06-15             19  2,550   86,000 m²        16,000         74      11
            29th China Harbin International Economic an…  2018-06-15              1      —           —             —         38       0
            5th China–Russia Expo                         2018-07-09              4      —    8,500 m²             —          —      13
            30th China Harbin International Economic an…  2019-06-15              0      —           —             —          —       0
            6th China–Russia Expo                         2019-06-15              4      —   86,000 m²        23,000         74      13
            31st China Harbin International Economic an…  2021-06-15              0      —           —             —          —       0
            7th China–Russia Expo                         2023-07-10              1      —           —             —          —       3
            33rd Harbin International Economic and Trad…  2024-05                 0      —           —             —          —       0
            8th China–Russia Expo                         2024-05-16             25      —  388,000 m²             —         44      11
            """)
    }

    @Test func emptyCatalogueHasOnlyTheCounts() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("empty-catalogue.json", catalogJSON(title: "Nothing yet", body: ""))
        let r = try ProcessRunner.pavilion(["stats", "--catalog", file])
        #expect(r.status == 0, "\(r)")
        expectGolden(r.stdout, """
            Nothing yet (synthetic data)
            RECORDS      COUNT
            expos            0
            delegations      0
            exhibitors       0
            booths           0
            halls            0
            events           0
            sources          0
            """)
    }

    @Test func hallsAndEventsAreCountedInAllAndPerExpo() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        let r = try ProcessRunner.pavilion(["stats", "--catalog", file, "--json"])
        #expect(r.status == 0, "\(r)")
        let object = try #require(try parseJSON(r.stdout) as? [String: Any])
        #expect((object["halls"] as? NSNumber)?.intValue == 1)
        #expect((object["events"] as? NSNumber)?.intValue == 5)
        let perExpo = try #require(object["per_expo"] as? [[String: Any]])
        #expect(perExpo.map { ($0["events"] as? NSNumber)?.intValue } == [4, 1])
        #expect(perExpo.map { ($0["halls"] as? NSNumber)?.intValue } == [1, 0])

        let text = try ProcessRunner.pavilion(["stats", "--catalog", file])
        #expect(text.status == 0, "\(text)")
        #expect(text.stdoutLines.contains("halls            1"), "\(text.stdout)")
        #expect(text.stdoutLines.contains("events           5"), "\(text.stdout)")
        expectGolden(text.stdoutLines.suffix(3).joined(separator: "\n") + "\n", """
            EXPO       START       BOOTHS LISTED  OF  AREA  PARTICIPANTS  COUNTRIES  EVENTS
            Fair 2017  2017-06-15              2   —     —             —          —       4
            Fair 2018  2018-07-09              0   —     —             —          —       1
            """)
    }
}
