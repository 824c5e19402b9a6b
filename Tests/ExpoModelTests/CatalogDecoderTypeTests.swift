import Testing
@testable import ExpoModel

private let F = Template.field

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
