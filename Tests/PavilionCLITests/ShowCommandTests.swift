import Foundation
import Testing

@Suite("pavilion show")
struct ShowCommandTests {
    @Test func boothTextGolden() throws {
        let r = try ProcessRunner.pavilion(["show", "cre-4-vi-holding-group"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        expectGolden(r.stdout, """
            booth cre-4-vi-holding-group
            Vi Holding Group
            Id            cre-4-vi-holding-group
            Booth         unknown
            Expo          4th China–Russia Expo (2017)
            Delegation    none
            Hall          unknown
            Area          84 m²
            Products      aluminium-alloy continuous rolling products

            An 84 m² stand showing aluminium-alloy continuous rolling products produced in Henan province, at an
            industrial park of the Yulian Group. The source gives no booth code or hall.

            Exhibitor
            Name          Vi Holding Group
            Id            vi-holding-group
            Local name    unknown
            Country       RU
            Sectors       aluminium, investment
            Website       unknown

            Russian group described in the seed report as the largest private Russian investor in China, having
            put more than US$3 billion into the Yulian Group since 2006. Its vice-president, Valeri Krasnov,
            said 2017 was the group's first time at the Expo. A mirrored Chinese report names Vi Holding
            (国际投资VI控股) among the zones of the China–Russia Cooperation Pavilion.

            Sources
            [seed-000] News report on the close of the 4th China–Russia Expo in Harbin
            Seed article 000_aa6cb24588fd3def (primary source), from the project's research material
            [boesemi-2017] Report on the China–Russia Cooperation Pavilion at the 4th China–Russia Expo ·
            2017-06-20
            http://boesemi.com/2017-06/20/content_41065263.htm
            In Chinese. A mirror or aggregator page; no original was found, so it is cited for facts no other
            page gives.
            """)
    }

    @Test func boothJSONHasTheRecordAndItsRelations() throws {
        let r = try ProcessRunner.pavilion(["show", "cre-4-vi-holding-group", "--json"])
        #expect(r.status == 0, "\(r)")
        let object = try #require(try parseJSON(r.stdout) as? [String: Any])
        #expect(Set(object.keys) == ["type", "booth", "exhibitor", "expo", "delegation", "hall", "sources"])
        #expect(object["type"] as? String == "booth")
        let booth = try #require(object["booth"] as? [String: Any])
        #expect(booth["id"] as? String == "cre-4-vi-holding-group")
        #expect((booth["area_sqm"] as? NSNumber)?.intValue == 84)
        #expect((object["exhibitor"] as? [String: Any])?["id"] as? String == "vi-holding-group")
        #expect((object["expo"] as? [String: Any])?["id"] as? String == "cre-4")
        #expect(object["delegation"] is NSNull)
        #expect(object["hall"] is NSNull)
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["seed-000"])
    }

    @Test func expoTextShowsHowManyBoothsAreListed() throws {
        let r = try ProcessRunner.pavilion(["show", "cre-4"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdoutLines.first == "expo cre-4")
        #expect(r.stdoutLines.dropFirst().first == "4th China–Russia Expo")
        #expect(r.stdout.contains("Booths        2,550 (listed 19 of 2,550)"), "\(r.stdout)")
        #expect(r.stdout.contains("listed 19 of 2,550"))
        #expect(r.stdout.contains("national      Russian exposition · id cre-4-russia"))
        #expect(r.stdout.contains("—             Vi Holding Group · id cre-4-vi-holding-group"))
        // Lines are wrapped at 100 columns and carry no trailing spaces.
        for line in r.stdoutLines {
            #expect(DisplayWidth.of(line) <= 100, "too wide: \(line)")
            #expect(!line.hasSuffix(" "), "trailing space: \(line.debugDescription)")
        }
    }

    @Test func expoJSONCountsListedBooths() throws {
        let r = try ProcessRunner.pavilion(["show", "cre-4", "--json"])
        #expect(r.status == 0, "\(r)")
        let object = try #require(try parseJSON(r.stdout) as? [String: Any])
        #expect(object["type"] as? String == "expo")
        #expect((object["listed_booths"] as? NSNumber)?.intValue == 19)
        let delegations = (object["delegations"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(delegations.count == 6 && delegations.contains("cre-4-russia"), "\(delegations)")
        let booths = (object["booths"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(booths.count == 19 && booths.contains("cre-4-vi-holding-group"), "\(booths)")
        let figures = try #require((object["expo"] as? [String: Any])?["figures"] as? [String: Any])
        #expect((figures["booths"] as? NSNumber)?.intValue == 2550)
    }

    @Test func exhibitorDelegationAndSourceCanBeShown() throws {
        let exhibitor = try ProcessRunner.pavilion(["show", "vi-holding-group"])
        #expect(exhibitor.status == 0, "\(exhibitor)")
        #expect(exhibitor.stdoutLines.first == "exhibitor vi-holding-group")
        #expect(exhibitor.stdout.contains("— · 4th China–Russia Expo (2017) · 84 m² · id cre-4-vi-holding-group"))

        let delegation = try ProcessRunner.pavilion(["show", "cre-4-russia"])
        #expect(delegation.status == 0, "\(delegation)")
        #expect(delegation.stdoutLines.first == "delegation cre-4-russia")
        #expect(delegation.stdout.contains("Expo          4th China–Russia Expo"))

        let source = try ProcessRunner.pavilion(["show", "seed-000"])
        #expect(source.status == 0, "\(source)")
        #expect(source.stdoutLines.first == "source seed-000")
        #expect(source.stdout.contains("Cited by"))
        #expect(source.stdout.contains("booth cre-4-vi-holding-group"))
    }

    @Test func unknownIdExits1AndSuggestsSearch() throws {
        let r = try ProcessRunner.pavilion(["show", "no-such-record"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines == [
            "pavilion: no record with id \"no-such-record\" in (bundled) china-russia-expo.json; try `pavilion search no-such-record`",
        ], "\(r)")
    }

    @Test func wrongKindExits1() throws {
        let r = try ProcessRunner.pavilion(["show", "cre-4", "--kind", "booth"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("no booth with id \"cre-4\""), "\(r)")
    }

    @Test func anIdSharedByTwoKindsShowsTheFirstAndSaysSo() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("shared-id.json", catalogJSON(body: """
              "expos": [{"id": "f1", "name": "Fair"}],
              "exhibitors": [{"id": "acme", "name": "Acme Exhibitor"}],
              "booths": [{"id": "acme", "expo": "f1", "exhibitor": "acme", "code": "A-1"}]
            """))
        let r = try ProcessRunner.pavilion(["show", "--catalog", file, "acme"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdoutLines.first == "booth acme")
        #expect(r.stderrLines == ["pavilion: \"acme\" is the id of a booth and an exhibitor; showing the booth (choose with --kind)"], "\(r)")

        let chosen = try ProcessRunner.pavilion(["show", "--catalog", file, "acme", "--kind", "exhibitor"])
        #expect(chosen.status == 0, "\(chosen)")
        #expect(chosen.stdoutLines.first == "exhibitor acme")
        #expect(chosen.stderr.isEmpty, "\(chosen)")
    }
}
