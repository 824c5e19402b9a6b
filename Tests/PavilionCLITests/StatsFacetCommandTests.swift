import Foundation
import Testing

/// `pavilion stats --by FACET`: booths counted by one property.
@Suite("pavilion stats --by")
struct StatsFacetCommandTests {
    @Test func countriesOfTheFourthExposBooths() throws {
        let r = try ProcessRunner.pavilion(["stats", "--by", "country", "--expo", "cre-4"])
        #expect(r.status == 0, "\(r)")
        expectGolden(r.stdout, """
            COUNTRY  BOOTHS
            CN           11
            RU            8
            """)
    }

    @Test func jsonGivesValueAndCountMostFrequentFirst() throws {
        let r = try ProcessRunner.pavilion(["stats", "--by", "expo", "--json"])
        #expect(r.status == 0, "\(r)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let counts = items.compactMap { ($0["count"] as? NSNumber)?.intValue }
        #expect(counts == counts.sorted(by: >))
        #expect(items.first?["value"] as? String == "8th China–Russia Expo" && counts.first == 25, "\(r.stdout)")
        let stats = try ProcessRunner.pavilion(["stats", "--json"])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        #expect(counts.reduce(0, +) == (all["booths"] as? NSNumber)?.intValue, "every booth has an expo")
    }

    @Test func boothsWithoutTheValueAreCountedApart() throws {
        let r = try ProcessRunner.pavilion(["stats", "--by", "hall", "--expo", "cre-4"])
        #expect(r.stdoutLines.last == "(16 of 19 booths have no hall)", "\(r.stdout)")
    }

    @Test(arguments: [
        (["--by", "contry"], 64, "pavilion: --by \"contry\" is not a facet; use one of country, sector, hall, delegation, kind, expo (did you mean country?)"),
        (["--expo", "cre-4"], 64, "pavilion: --expo needs --by (country, sector, hall, delegation, kind or expo)"),
        (["--by", "hall", "--expo", "cre-44"], 65, "pavilion: no expo with id \"cre-44\" in (bundled) china-russia-expo.json; did you mean cre-4, cre-1, cre-2?"),
    ])
    func mistakesGetOneLine(_ args: [String], _ status: Int32, _ message: String) throws {
        let r = try ProcessRunner.pavilion(["stats"] + args)
        #expect(r.status == status, "\(r)")
        #expect(r.stderr == message + "\n", "\(r)")
        #expect(r.stdout.isEmpty)
    }
}
