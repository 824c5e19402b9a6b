import Foundation
import Testing

@Suite("pavilion search")
struct SearchCommandTests {
    /// A catalogue with five booths at one expo, for --limit.
    static let fiveBooths = catalogJSON(body: """
          "expos": [{"id": "f1", "name": "Fair", "start": "2020-01-01"}],
          "exhibitors": [
            {"id": "x1", "name": "Alpha Metals"}, {"id": "x2", "name": "Beta Metals"}, {"id": "x3", "name": "Gamma Metals"},
            {"id": "x4", "name": "Delta Metals"}, {"id": "x5", "name": "Epsilon Metals"}
          ],
          "booths": [
            {"id": "b1", "expo": "f1", "exhibitor": "x1", "code": "A-1", "area_sqm": 10},
            {"id": "b2", "expo": "f1", "exhibitor": "x2", "code": "A-2", "area_sqm": 20},
            {"id": "b3", "expo": "f1", "exhibitor": "x3", "code": "A-3", "area_sqm": 30},
            {"id": "b4", "expo": "f1", "exhibitor": "x4", "code": "A-4", "area_sqm": 40},
            {"id": "b5", "expo": "f1", "exhibitor": "x5", "code": "A-5", "area_sqm": 50}
          ]
        """)

    @Test func textTableForViHolding() throws {
        let r = try ProcessRunner.pavilion(["search", "vi", "holding"])
        #expect(r.status == 0, "\(r)")
        expectGolden(r.stdout, """
            BOOTH  EXHIBITOR         EXPO                   DELEGATION  HALL   AREA  ID
            —      Vi Holding Group  4th China–Russia Expo  —           —     84 m²  cre-4-vi-holding-group
            """)
        #expect(r.stderr.isEmpty, "\(r)")
    }

    @Test func wordsAreJoinedIntoOneQuery() throws {
        let separate = try ProcessRunner.pavilion(["search", "vi", "holding"])
        let joined = try ProcessRunner.pavilion(["search", "vi holding"])
        #expect(joined.status == 0)
        #expect(separate.stdout == joined.stdout)
    }

    @Test func jsonHasScoreBoothExhibitorExpoAndDelegation() throws {
        let r = try ProcessRunner.pavilion(["search", "vi", "holding", "--json"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        let array = try #require(try parseJSON(r.stdout) as? [[String: Any]], "not an array of objects:\n\(r.stdout)")
        #expect(array.count == 1)
        let hit = try #require(array.first)
        #expect(Set(hit.keys) == ["score", "booth", "exhibitor", "expo", "delegation"])
        #expect(hit["score"] is NSNumber)
        #expect(hit["delegation"] is NSNull, "this booth has no delegation, so the key holds null")
        let booth = try #require(hit["booth"] as? [String: Any])
        #expect(booth["id"] as? String == "cre-4-vi-holding-group")
        #expect((booth["area_sqm"] as? NSNumber)?.doubleValue == 84)
        #expect(booth["products"] as? [String] == ["aluminium-alloy continuous rolling products"])
        let exhibitor = try #require(hit["exhibitor"] as? [String: Any])
        #expect(exhibitor["name"] as? String == "Vi Holding Group")
        #expect(exhibitor["country"] as? String == "RU")
        let expo = try #require(hit["expo"] as? [String: Any])
        #expect(expo["id"] as? String == "cre-4")
        #expect(expo["name"] as? String == "4th China–Russia Expo")
    }

    @Test func limitCapsTheRowsAndZeroMeansAll() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("five.json", Self.fiveBooths)

        let two = try ProcessRunner.pavilion(["search", "--catalog", file, "metals", "--limit", "2"])
        #expect(two.status == 0, "\(two)")
        #expect(two.stdoutLines.count == 1 + 2, "header and two rows:\n\(two.stdout)")
        #expect(two.stdoutLines.first?.hasPrefix("BOOTH  EXHIBITOR") == true)

        let all = try ProcessRunner.pavilion(["search", "--catalog", file, "metals", "--limit", "0"])
        #expect(all.status == 0, "\(all)")
        #expect(all.stdoutLines.count == 1 + 5, "\(all.stdout)")

        let byDefault = try ProcessRunner.pavilion(["search", "--catalog", file, "metals"])
        #expect(byDefault.stdoutLines.count == 1 + 5)

        let json = try ProcessRunner.pavilion(["search", "--catalog", file, "metals", "--limit", "3", "--json"])
        #expect(json.status == 0, "\(json)")
        let array = try #require(try parseJSON(json.stdout) as? [Any])
        #expect(array.count == 3)
    }

    @Test func fieldQueriesFilterByArea() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("five.json", Self.fiveBooths)
        let r = try ProcessRunner.pavilion(["search", "--catalog", file, "area>=30", "--limit", "0", "--json"])
        #expect(r.status == 0, "\(r)")
        let array = try #require(try parseJSON(r.stdout) as? [[String: Any]])
        let ids = Set(array.compactMap { ($0["booth"] as? [String: Any])?["id"] as? String })
        #expect(ids == ["b3", "b4", "b5"])
    }

    @Test func noMatchExits1WithEmptyStdoutAndOneStderrLine() throws {
        let r = try ProcessRunner.pavilion(["search", "zzzqqqxx"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderrLines == ["pavilion: no booth matches \"zzzqqqxx\""], "\(r)")
    }

    @Test func noMatchWithJSONPrintsAnEmptyArrayAndExits1() throws {
        let r = try ProcessRunner.pavilion(["search", "zzzqqqxx", "--json"])
        #expect(r.status == 1, "\(r)")
        let array = try #require(try parseJSON(r.stdout) as? [Any])
        #expect(array.isEmpty)
    }

    @Test func nonNumericComparisonIsAUsageError() throws {
        let r = try ProcessRunner.pavilion(["search", "area>=abc"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines.count == 1, "\(r)")
        #expect(r.stderr.hasPrefix("pavilion: bad query: "), "\(r)")
        #expect(r.stderr.contains("\"abc\"") && r.stderr.contains("not a number"), "\(r)")
    }

    @Test func unknownFieldIsAUsageError() throws {
        let r = try ProcessRunner.pavilion(["search", "foo:bar"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines.count == 1, "\(r)")
        #expect(r.stderr.contains("unknown field \"foo:\""), "\(r)")
    }

    @Test func badQueryIsReportedBeforeTheCatalogueIsOpened() throws {
        // A malformed query is a usage error even when --catalog names a missing file.
        let r = try ProcessRunner.pavilion(["search", "--catalog", "/nonexistent/fair.json", "foo:bar"])
        #expect(r.status == 64, "\(r)")
    }

    @Test func negativeLimitIsAUsageError() throws {
        let r = try ProcessRunner.pavilion(["search", "--limit=-1", "vi"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--limit must be 0 (all) or more, not -1"), "\(r)")
    }

    /// Issue 10, item 13b: a negative number is a value with a message about it, not a
    /// "missing value".
    @Test(arguments: [(["search", "--limit", "-1", "vi"], "--limit must be 0 (all) or more, not -1"),
                      (["demo", "--booths", "-5"], "--booths must be 0 or more, not -5")])
    func negativeNumbersGetAMessageAboutTheValue(_ arguments: [String], _ message: String) throws {
        let r = try ProcessRunner.pavilion(arguments)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains(message), "\(r)")
        #expect(!r.stderr.contains("Missing value"), "\(r)")
    }
}
