import Testing
@testable import ExpoModel

private let F = Template.field
private let T = Template.top

@Suite struct CatalogDecoderAllAtOnceTests {
    /// Every problem, in file order (references are checked last but listed where they stand).
    @Test func everyProblemIsReportedInOnePass() {
        let r = Template.decode([
            3: T("\"version\": 3,"),
            15: F("\"country\": \"cn\","),
            17: F("\"end\": \"2017-06-01\","),
            32: F("\"kind\": \"regionl\","),
            46: F("\"name\": \"Vi Holding Group\", \"founded\": 1999,"),
            55: F("\"exhibitor\": \"x9\","),
            57: F("\"area_sqm\": \"84\","),
            58: F("\"sources\": [\"s2\"]"),
        ])
        #expect(!r.isValid)
        let got = r.diagnostics.map { "\($0.severity.rawValue) \($0.path) \($0.position?.description ?? "-")" }
        #expect(got == [
            "error version 3:14",
            "error expos[0].country 15:18",
            "error expos[0].end 17:14",
            "error delegations[0].kind 32:15",
            "warning exhibitors[0].founded 46:35",
            "error booths[0].exhibitor 55:20",
            "error booths[0].area_sqm 57:19",
            "error booths[0].sources[0] 58:19",
        ])
    }

    @Test func diagnosticsFormatAsFileLineColumn() {
        let r = Template.decode([57: F("\"area_sqm\": -5,")])
        let d = r.diagnostics.first
        #expect(d?.description == "57:19: error: booths[0].area_sqm: area must not be negative (got -5)")
        #expect(d?.formatted(file: "fair.json") == "fair.json:57:19: error: booths[0].area_sqm: area must not be negative (got -5)")
    }

    @Test func decodingAParsedTreeHasNoPositions() throws {
        var parser = JSONParser()
        let root = try parser.parse(Array(Template.text([57: F("\"area_sqm\": -5,")]).utf8))
        let r = CatalogDecoder().decode(root: root)
        #expect(r.diagnostics.count == 1)
        #expect(r.diagnostics.first?.path == "booths[0].area_sqm")
        #expect(r.diagnostics.first?.position == nil)
        #expect(r.diagnostics.first?.description == "error: booths[0].area_sqm: area must not be negative (got -5)")
    }

    @Test func duplicateIdWithoutPositionsNamesThePath() throws {
        var parser = JSONParser()
        let root = try parser.parse(Array(Template.text([37: F("\"id\": \"d1\",")]).utf8))
        let r = CatalogDecoder().decode(root: root)
        #expect(r.diagnostics.first?.message == "duplicate delegation id \"d1\" (first defined at delegations[0].id)")
    }
}
