import Testing
@testable import ExpoModel

/// Checks one diagnostic: severity, path, line:column and a part of the message.
private func check(_ d: Diagnostic?, _ severity: Diagnostic.Severity = .error, path: String, at position: String,
                   says part: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let d else {
        Issue.record("missing diagnostic for \(path)", sourceLocation: sourceLocation)
        return
    }
    #expect(d.severity == severity, sourceLocation: sourceLocation)
    #expect(d.path == path, sourceLocation: sourceLocation)
    #expect(d.position?.description == position, sourceLocation: sourceLocation)
    #expect(d.message.contains(part), "message: \(d.message)", sourceLocation: sourceLocation)
}

/// The only diagnostic of an edited template (and fails when there is not exactly one).
private func only(_ edits: [Int: String] = [:], removing: Set<Int> = [],
                  sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
    let r = Template.decode(edits, removing: removing)
    #expect(r.diagnostics.count == 1, "diagnostics: \(r.diagnostics)", sourceLocation: sourceLocation)
    return r.diagnostics.first
}

private let F = Template.field
private let T = Template.top

@Suite struct CatalogDecoderTemplateTests {
    @Test func templateIsValidAndComplete() {
        let r = Template.decode()
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.isValid)
        let c = r.catalog
        #expect(c.title == "Test fair")
        #expect(c.sources.map(\.id) == ["s1"])
        #expect(c.expos.map(\.id) == ["e1", "e2"])
        #expect(c.delegations.map(\.id) == ["d1", "d2"])
        #expect(c.exhibitors.map(\.id) == ["x1"])
        #expect(c.booths.map(\.id) == ["b1"])
        #expect(c.expo("e1")?.figures?.booths == 2550)
        #expect(c.delegation("d1")?.kind == .regional)
        #expect(c.booth("b1")?.areaSqm == 84)
        #expect(c.booth("b1")?.delegation == "d1")
    }
}

@Suite struct CatalogDecoderHeaderTests {
    @Test func missingFormat() {
        check(only(removing: [2]), path: "", at: "1:1", says: "missing required key \"format\"")
    }

    @Test func wrongFormat() {
        check(only([2: T("\"format\": \"other-catalog\",")]), path: "format", at: "2:13",
              says: "unsupported format \"other-catalog\"; a Pavilion catalogue declares \"format\": \"pavilion-catalog\"")
    }

    @Test func formatOfTheWrongType() {
        check(only([2: T("\"format\": 1,")]), path: "format", at: "2:13",
              says: "expected the string \"pavilion-catalog\", found a number")
    }

    @Test func unsupportedVersion() {
        check(only([3: T("\"version\": 2,")]), path: "version", at: "3:14",
              says: "unsupported version 2; this pavilion reads version 1")
    }

    @Test func versionAsAString() {
        check(only([3: T("\"version\": \"1\",")]), path: "version", at: "3:14",
              says: "expected the number 1, found a string")
    }

    @Test func missingVersion() {
        check(only(removing: [3]), path: "", at: "1:1", says: "missing required key \"version\"")
    }

    @Test func missingTitle() {
        check(only(removing: [4]), path: "", at: "1:1", says: "missing required key \"title\"")
    }

    @Test func blankTitle() {
        check(only([4: T("\"title\": \"  \",")]), path: "title", at: "4:12", says: "must not be empty")
    }

    @Test func titleOfTheWrongType() {
        check(only([4: T("\"title\": [\"x\"],")]), path: "title", at: "4:12", says: "expected a string, found an array")
    }

    @Test func syntheticMustBeABoolean() {
        check(only([4: T("\"title\": \"T\", \"synthetic\": \"yes\",")]), path: "synthetic", at: "4:30",
              says: "expected true or false, found a string")
        #expect(Template.decode([4: T("\"title\": \"T\", \"synthetic\": true,")]).catalog.synthetic)
    }

    @Test func rootMustBeAnObject() {
        let r = CatalogDecoder().decode(Array("\n  [1, 2]".utf8))
        #expect(r.diagnostics.count == 1)
        check(r.diagnostics.first, path: "", at: "2:3", says: "expected a catalogue (an object), found an array")
    }

    @Test func recordListMustBeAnArray() {
        check(only([51: T("\"booths\": {}")], removing: Set(52...60)), path: "booths", at: "51:13",
              says: "expected an array of records, found an object")
    }

    @Test func recordMustBeAnObject() {
        check(only([52: "    \"b1\"", 53: "", 54: "", 55: "", 56: "", 57: "", 58: "", 59: ""]),
              path: "booths[0]", at: "52:5", says: "expected a booth (an object), found a string")
    }
}

@Suite struct CatalogDecoderSyntaxTests {
    @Test func syntaxErrorIsOneDiagnosticWithAPosition() {
        let r = Template.decode([57: F("\"area_sqm\": 84,,")])
        #expect(!r.isValid)
        #expect(r.diagnostics.count == 1)
        check(r.diagnostics.first, path: "", at: "57:22", says: "an object key in double quotes was expected")
        #expect(r.catalog.booths.isEmpty)
    }

    @Test func byteOrderMarkIsAWarning() {
        let r = CatalogDecoder().decode([0xEF, 0xBB, 0xBF] + Array(Template.text().utf8))
        #expect(r.isValid)
        #expect(r.diagnostics.count == 1)
        check(r.diagnostics.first, .warning, path: "", at: "1:1", says: "byte-order mark")
        #expect(r.catalog.booths.count == 1)
    }

    @Test func emptyFile() {
        let r = CatalogDecoder().decode([])
        check(r.diagnostics.first, path: "", at: "1:1", says: "the file is empty")
    }
}

@Suite struct CatalogDecoderTypeTests {
    @Test func stringWhereAWholeNumberIsExpected() {
        check(only([15: F("\"edition\": \"4\",")]), path: "expos[0].edition", at: "15:18",
              says: "expected a whole number, found a string \"4\"; write the number without quotes")
    }

    @Test func fractionWhereAWholeNumberIsExpected() {
        check(only([18: F("\"figures\": {\"booths\": 2.5},")]), path: "expos[0].figures.booths", at: "18:29",
              says: "expected a whole number of zero or more, found 2.5")
    }

    @Test func negativeCount() {
        check(only([18: F("\"figures\": {\"booths\": -1},")]), path: "expos[0].figures.booths", at: "18:29",
              says: "expected a whole number of zero or more, found -1")
    }

    @Test func numberWhereAStringIsExpected() {
        check(only([14: F("\"name\": 7,")]), path: "expos[0].name", at: "14:15", says: "expected a string, found a number")
        // The expo is dropped from the catalogue.
        #expect(Template.decode([14: F("\"name\": 7,")]).catalog.expo("e1") == nil)
    }

    @Test func stringWhereAnArrayIsExpected() {
        check(only([15: F("\"hosts\": \"Harbin\",")]), path: "expos[0].hosts", at: "15:16",
              says: "expected an array of strings, found a string")
    }

    @Test func numberInsideAStringArray() {
        check(only([19: F("\"topics\": [\"trade\", 3], \"sources\": [\"s1\"]")]), path: "expos[0].topics[1]", at: "19:27",
              says: "expected a string, found a number")
    }

    @Test func figuresMustBeAnObject() {
        check(only([18: F("\"figures\": 2550,")]), path: "expos[0].figures", at: "18:18",
              says: "expected figures (an object), found a number")
    }

    @Test func contractsAreChecked() {
        let r = Template.decode([18: F("\"figures\": {\"contracts\": [{\"amount\": -1, \"currency\": \"CNY\"}, {\"amount\": 5}]},")])
        #expect(r.diagnostics.count == 2, "\(r.diagnostics)")
        check(r.diagnostics.first, path: "expos[0].figures.contracts[0].amount", at: "18:44", says: "amount must not be negative")
        check(r.diagnostics.dropFirst().first, path: "expos[0].figures.contracts[1]", at: "18:68",
              says: "missing required key \"currency\"")
    }

    @Test func currencyMustBeAnISO4217Code() {
        check(only([18: F("\"figures\": {\"contracts\": [{\"amount\": 5, \"currency\": \"cny\"}]},")]),
              path: "expos[0].figures.contracts[0].currency", at: "18:59",
              says: "\"cny\" is not an ISO 4217 currency code (three capital letters, such as \"CNY\" or \"USD\")")
        let ok = Template.decode([18: F("\"figures\": {\"contracts\": [{\"amount\": 5, \"currency\": \"CNY\", \"note\": \"n\"}]},")])
        #expect(ok.diagnostics.isEmpty)
        #expect(ok.catalog.expo("e1")?.figures?.contracts == [Contract(amount: 5, currency: "CNY", note: "n")])
    }

    @Test func nullIsAcceptedForOptionalKeys() {
        let r = Template.decode([15: F("\"country\": null, \"hosts\": null,"), 18: F("\"figures\": null,")])
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.catalog.expo("e1")?.country == nil)
        #expect(r.catalog.expo("e1")?.figures == nil)
    }
}

@Suite struct CatalogDecoderRequiredKeyTests {
    @Test func expoWithoutName() {
        check(only(removing: [14]), path: "expos[0]", at: "12:5", says: "missing required key \"name\"")
    }

    @Test func delegationWithoutExpo() {
        check(only(removing: [30]), path: "delegations[0]", at: "28:5", says: "missing required key \"expo\"")
    }

    @Test func boothWithoutExhibitor() {
        check(only(removing: [55]), path: "booths[0]", at: "52:5", says: "missing required key \"exhibitor\"")
    }

    @Test func exhibitorWithoutIdLeavesItsBoothUnresolved() {
        let r = Template.decode(removing: [45])
        #expect(r.diagnostics.count == 2, "\(r.diagnostics)")
        check(r.diagnostics.first, path: "exhibitors[0]", at: "44:5", says: "missing required key \"id\"")
        // Line 55 moved up to 54 when line 45 was removed.
        check(r.diagnostics.dropFirst().first, path: "booths[0].exhibitor", at: "54:20",
              says: "refers to exhibitor \"x1\", which is not defined in exhibitors")
    }

    @Test func sourceWithoutTitle() {
        check(only([7: F("\"id\": \"s1\"")], removing: [8]), path: "sources[0]", at: "6:5",
              says: "missing required key \"title\"")
    }

    @Test func emptyId() {
        let r = Template.decode([37: F("\"id\": \"\",")])
        check(r.diagnostics.first, path: "delegations[1].id", at: "37:13", says: "must not be empty")
    }
}

@Suite struct CatalogDecoderReferenceTests {
    @Test func duplicateIdMentionsTheFirstDefinition() {
        let r = Template.decode([22: F("\"id\": \"e1\",")])
        #expect(r.diagnostics.count == 2, "\(r.diagnostics)")
        check(r.diagnostics.first, path: "expos[1].id", at: "22:13",
              says: "duplicate expo id \"e1\" (first defined at 13:13, expos[0].id)")
        // The second expo is dropped, so d2's reference to e2 no longer resolves.
        check(r.diagnostics.dropFirst().first, path: "delegations[1].expo", at: "38:15",
              says: "refers to expo \"e2\", which is not defined in expos")
        #expect(r.catalog.expos.count == 1)
        #expect(r.catalog.expo("e1")?.name == "Expo One")
    }

    @Test func idsOfDifferentKindsMayBeEqual() {
        let r = Template.decode([53: F("\"id\": \"x1\",")])
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    }

    @Test func unknownExpoInADelegation() {
        check(only([38: F("\"expo\": \"e9\",")]), path: "delegations[1].expo", at: "38:15",
              says: "refers to expo \"e9\", which is not defined in expos")
    }

    @Test func unknownExpoInABooth() {
        check(only([54: F("\"expo\": \"e9\","), 56: F("\"code\": \"A-1\",")]), path: "booths[0].expo", at: "54:15",
              says: "refers to expo \"e9\", which is not defined in expos")
    }

    @Test func unknownExhibitor() {
        check(only([55: F("\"exhibitor\": \"x9\",")]), path: "booths[0].exhibitor", at: "55:20",
              says: "refers to exhibitor \"x9\", which is not defined in exhibitors")
    }

    @Test func unknownDelegation() {
        check(only([56: F("\"delegation\": \"d9\",")]), path: "booths[0].delegation", at: "56:21",
              says: "refers to delegation \"d9\", which is not defined in delegations")
    }

    @Test func unknownSource() {
        check(only([58: F("\"sources\": [\"s1\", \"s9\"]")]), path: "booths[0].sources[1]", at: "58:25",
              says: "refers to source \"s9\", which is not defined in sources")
    }

    @Test func boothDelegationFromAnotherExpo() {
        check(only([56: F("\"delegation\": \"d2\",")]), path: "booths[0].delegation", at: "56:21",
              says: "delegation \"d2\" came to expo \"e2\", not to this booth's expo \"e1\"")
    }
}

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
              says: "unknown key \"founded\" (kept, but not part of format version 1)")
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

@Suite struct CatalogDecoderAllAtOnceTests {
    /// Every problem, in file order (references are checked last but listed where they stand).
    @Test func everyProblemIsReportedInOnePass() {
        let r = Template.decode([
            3: T("\"version\": 2,"),
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
