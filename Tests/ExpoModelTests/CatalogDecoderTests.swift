import Testing
@testable import ExpoModel

/// Checks one diagnostic: severity, path, line:column and a part of the message.
func check(_ d: Diagnostic?, _ severity: Diagnostic.Severity = .error, path: String, at position: String,
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
func only(_ edits: [Int: String] = [:], removing: Set<Int> = [],
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
        check(only([3: T("\"version\": 3,")]), path: "version", at: "3:14",
              says: "unsupported version 3; this pavilion reads versions 1 and 2 (a newer Pavilion wrote it; update Pavilion to open it)")
    }

    @Test func versionAsAString() {
        check(only([3: T("\"version\": \"1\",")]), path: "version", at: "3:14",
              says: "expected the number 2, found a string")
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
