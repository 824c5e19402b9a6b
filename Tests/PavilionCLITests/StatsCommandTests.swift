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

            EXPO                                                                     START       BOOTHS LISTED     OF        AREA  PARTICIPANTS  COUNTRIES  EVENTS  ID
            China Harbin International Economic and Trade Fair                       1990                    0      —           —             —          —       0  harbin-fair
            11th China Harbin Economic and Trade Fair                                2000-06                 0      —           —         4,700         47       0  harbin-fair-2000
            13th China Harbin Economic and Trade Fair                                2002-06-15              0      —           —             —         63       0  harbin-fair-2002
            China Harbin Fair 2005                                                   2005-06                 0      —           —             —          —       1  harbin-fair-2005
            17th China Harbin Fair for Trade and Economic Cooperation                2006-06                 0      —           —             —          —       1  harbin-fair-2006
            18th China Harbin Fair for Trade and Economic Cooperation                2007-06-15              0  2,000   76,000 m²             —          —       0  harbin-fair-2007
            19th International China Harbin Fair for Trade and Economic Cooperation  2008-06-15              0  2,600           —             —         60       2  harbin-fair-2008
            21st China Harbin Fair for Trade and Economic Cooperation                2010-06                 0      —           —             —          —       0  harbin-fair-2010
            China Harbin International Economic and Trade Fair 2011                  2011-06-14              1  3,000   86,000 m²             —          —       0  harbin-fair-2011
            23rd China Harbin International Economic and Trade Fair                  2012-06-15              2      —           —         8,713         76       2  harbin-fair-2012
            24th China Harbin International Economic and Trade Fair                  2013-06-15              0      —           —             —          —       6  harbin-fair-2013
            25th China Harbin International Economic and Trade Fair                  2014                    0      —           —             —          —       0  harbin-fair-2014
            1st China–Russia Expo                                                    2014-06-30              9  3,000   86,000 m²             —          —      10  cre-1
            26th China Harbin International Economic and Trade Fair                  2015                    0      —           —             —          —       0  harbin-fair-2015
            2nd China–Russia Expo                                                    2015-10-11              4      —   86,000 m²        10,000        103       4  cre-2
            27th China Harbin International Economic and Trade Fair                  2016                    0      —           —             —          —       0  harbin-fair-2016
            3rd China–Russia Expo                                                    2016-07-11              7      —    8,500 m²             —          —      18  cre-3
            28th China Harbin International Economic and Trade Fair                  2017                    0      —           —             —          —       0  harbin-fair-2017
            4th China–Russia Expo                                                    2017-06-15             19  2,550   86,000 m²        16,000         74      11  cre-4
            29th China Harbin International Economic and Trade Fair                  2018-06-15              1      —           —             —         38       0  harbin-fair-2018
            5th China–Russia Expo                                                    2018-07-09              4      —    8,500 m²             —          —      13  cre-5
            30th China Harbin International Economic and Trade Fair                  2019-06-15              0      —           —             —          —       0  harbin-fair-2019
            6th China–Russia Expo                                                    2019-06-15              4      —   86,000 m²        23,000         74      13  cre-6
            31st China Harbin International Economic and Trade Fair                  2021-06-15              0      —           —             —          —       0  harbin-fair-2021
            7th China–Russia Expo                                                    2023-07-10              1      —           —             —          —       3  cre-7
            33rd Harbin International Economic and Trade Fair                        2024-05                 0      —           —             —          —       0  harbin-fair-2024
            8th China–Russia Expo                                                    2024-05-16             25      —  388,000 m²             —         44      11  cre-8
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
            EXPO       START       BOOTHS LISTED  OF  AREA  PARTICIPANTS  COUNTRIES  EVENTS  ID
            Fair 2017  2017-06-15              2   —     —             —          —       4  f17
            Fair 2018  2018-07-09              0   —     —             —          —       1  f18
            """)
    }
}
