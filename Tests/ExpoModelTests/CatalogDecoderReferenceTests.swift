import Testing
@testable import ExpoModel

private let F = Template.field

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
