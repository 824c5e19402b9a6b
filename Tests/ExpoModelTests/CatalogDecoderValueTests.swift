import Testing
@testable import ExpoModel

private let F = Template.field
private let T = Template.top

@Suite struct CatalogDecoderValueTests {
    @Test func negativeArea() {
        check(only([57: F("\"area_sqm\": -5,")]), path: "booths[0].area_sqm", at: "57:19",
              says: "area must not be negative (got -5)")
    }

    @Test func areaAsAString() {
        check(only([57: F("\"area_sqm\": \"84\",")]), path: "booths[0].area_sqm", at: "57:19",
              says: "expected a number of square metres, found a string \"84\"; write the number without quotes")
    }

    @Test func fractionalAreaIsFine() {
        let r = Template.decode([57: F("\"area_sqm\": 12.5,")])
        #expect(r.diagnostics.isEmpty)
        #expect(r.catalog.booth("b1")?.areaSqm == 12.5)
    }

    @Test func endBeforeStart() {
        check(only([17: F("\"end\": \"2017-06-14\",")]), path: "expos[0].end", at: "17:14",
              says: "end date 2017-06-14 is before the start date 2017-06-15")
    }

    @Test func endBeforeStartAtCoarserPrecision() {
        check(only([17: F("\"end\": \"2016\",")]), path: "expos[0].end", at: "17:14", says: "is before the start date")
        // "2017-06" may well be after 15 June: not an error.
        #expect(Template.decode([17: F("\"end\": \"2017-06\",")]).diagnostics.isEmpty)
        #expect(Template.decode([17: F("\"end\": \"2017-06-15\",")]).diagnostics.isEmpty)
    }

    @Test(arguments: ["2017-13-01", "2017-02-30", "2017-02-29", "1900-02-29", "2017-6-15", "17-06-15", "2017-06-15T10:00", "2017-00", "2017/06/15", ""])
    func invalidDate(date: String) {
        check(only([16: F("\"start\": \"\(date)\",")]), path: "expos[0].start", at: "16:16",
              says: "\"\(date)\" is not an ISO 8601 date: use YYYY-MM-DD, YYYY-MM or YYYY")
    }

    @Test(arguments: ["2016-02-29", "2000-02-29", "2017-06", "2017", "2017-01-31", "2017-04-30"])
    func validDate(date: String) {
        let r = Template.decode([16: F("\"start\": \"\(date)\","), 17: F("\"end\": \"2018\",")])
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.catalog.expo("e1")?.start == date)
    }

    @Test func invalidSourceDate() {
        check(only([8: F("\"title\": \"A source\", \"date\": \"2017-02-30\"")]), path: "sources[0].date", at: "8:36",
              says: "\"2017-02-30\" is not an ISO 8601 date")
    }

    @Test(arguments: ["ru", "RUS", "R", "Ru", "РУ"])
    func invalidCountry(code: String) {
        check(only([33: F("\"country\": \"\(code)\",")]), path: "delegations[0].country", at: "33:18",
              says: "\"\(code)\" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as \"CN\" or \"RU\")")
    }

    @Test func unknownDelegationKind() {
        check(only([32: F("\"kind\": \"regionl\",")]), path: "delegations[0].kind", at: "32:15",
              says: "unknown kind \"regionl\"; use one of: national, regional, agency, business, organisation")
    }

    @Test func duplicateKeyInOneObject() {
        let r = Template.decode([31: F("\"name\": \"Amur\", \"name\": \"Amur again\",")])
        #expect(r.diagnostics.count == 1)
        check(r.diagnostics.first, path: "delegations[0].name", at: "31:23",
              says: "duplicate key \"name\"; each key may appear once")
        // The first one counts.
        #expect(r.catalog.delegations.first?.name == "Amur")
    }

    @Test func duplicateTopLevelKey() {
        check(only([4: T("\"title\": \"A\", \"title\": \"B\",")]), path: "title", at: "4:17",
              says: "duplicate key \"title\"")
    }
}

@Suite struct CatalogDecoderUnknownKeyTests {
    @Test func unknownKeyIsAWarningAndIsKept() {
        let r = Template.decode([46: F("\"name\": \"Vi Holding Group\", \"founded\": 1999,")])
        #expect(r.isValid)
        #expect(r.diagnostics.count == 1)
        check(r.diagnostics.first, .warning, path: "exhibitors[0].founded", at: "46:35",
              says: "unknown key \"founded\" (kept, but not part of format version 2)")
        let extra = r.catalog.exhibitors.first?.extra ?? []
        #expect(extra.map(\.key) == ["founded"])
        #expect(extra.first?.node.value == .number(1999, isInteger: true))
    }

    @Test func unknownKeysAtEveryLevelAreKept() {
        let r = Template.decode([
            4: T("\"title\": \"Test fair\", \"editor\": {\"name\": \"Ann\"},"),
            18: F("\"figures\": {\"booths\": 2550, \"halls\": 8},"),
            53: F("\"id\": \"b1\", \"my key\": [1, \"two\"],"),
        ])
        #expect(r.isValid)
        #expect(r.diagnostics.map(\.severity) == [.warning, .warning, .warning])
        #expect(r.diagnostics.map(\.path) == ["editor", "expos[0].figures.halls", "booths[0][\"my key\"]"])
        #expect(r.catalog.extra.map(\.key) == ["editor"])
        #expect(r.catalog.expos.first?.figures?.extra.map(\.key) == ["halls"])
        #expect(r.catalog.expos.first?.figures?.booths == 2550)
        let boothExtra = r.catalog.booths.first?.extra.first
        #expect(boothExtra?.key == "my key")
        #expect(Offsets.strip(boothExtra?.node.value ?? .null) == .array([JSONNode(.number(1, isInteger: true)), JSONNode(.string("two"))]))
    }
}
