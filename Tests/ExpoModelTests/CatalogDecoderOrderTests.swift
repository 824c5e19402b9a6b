import Testing
@testable import ExpoModel

/// References are checked at once when their target is already known and at the end otherwise;
/// both give the same verdicts whatever order the arrays come in.
@Suite struct CatalogDecoderOrderTests {
    static let head = #""format": "pavilion-catalog", "version": 1, "title": "t""#
    static let expos = #""expos": [{"id": "e1", "name": "E1"}, {"id": "e2", "name": "E2"}]"#
    static let delegations = #""delegations": [{"id": "d1", "expo": "e1", "name": "D1"}]"#
    static let exhibitors = #""exhibitors": [{"id": "x", "name": "X"}]"#

    func decode(_ parts: [String]) -> CatalogDecoder.Result {
        CatalogDecoder().decode(Array(("{" + ([Self.head] + parts).joined(separator: ", ") + "}").utf8))
    }

    @Test func boothsBeforeTheirTargetsAreValid() {
        let booths = #""booths": [{"id": "b", "expo": "e1", "exhibitor": "x", "delegation": "d1"}]"#
        let first = decode([booths, Self.delegations, Self.exhibitors, Self.expos])
        let last = decode([Self.expos, Self.delegations, Self.exhibitors, booths])
        #expect(first.isValid && first.diagnostics.isEmpty)
        #expect(last.isValid && last.diagnostics.isEmpty)
        #expect(first.catalog.booths == last.catalog.booths)
    }

    @Test(arguments: [true, false])
    func aDelegationOfAnotherExpoIsAnErrorInEitherOrder(boothsFirst: Bool) {
        let booths = #""booths": [{"id": "b", "expo": "e2", "exhibitor": "x", "delegation": "d1"}, {"id": "c", "expo": "e1", "exhibitor": "nobody"}]"#
        let parts = boothsFirst ? [booths, Self.delegations, Self.exhibitors, Self.expos] : [Self.expos, Self.delegations, Self.exhibitors, booths]
        let r = decode(parts)
        let messages = r.diagnostics.map { "\($0.path): \($0.message)" }
        #expect(messages == [
            "booths[0].delegation: delegation \"d1\" came to expo \"e1\", not to this booth's expo \"e2\"",
            "booths[1].exhibitor: refers to exhibitor \"nobody\", which is not defined in exhibitors",
        ])
    }
}
