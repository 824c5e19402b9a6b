import Testing
@testable import ExpoModel

/// Double quotes keep a term with spaces whole (issue 16: the facet panel writes them).
@Suite("query quoting")
struct QueryQuotingTests {
    func terms(_ q: String) throws -> [QueryTerm.Kind] {
        try SearchQuery.parse(q).groups.flatMap { $0.map(\.kind) }
    }

    @Test func aQuotedFieldValueKeepsItsSpaces() throws {
        #expect(try terms(#"sector:"Food processing" amur"#) == [.field(.sector, "Food processing"), .text("amur", .fuzzy)])
        #expect(try terms(#"!country:"Korea, Republic of""#) == [.field(.country, "Korea, Republic of")])
        #expect(try SearchQuery.parse(#"!country:"Korea, Republic of""#).groups[0][0].negated)
    }

    @Test func aQuotedTermIsOneExactTermWithoutOperators() throws {
        #expect(try terms(#""harbin electric""#) == [.text("harbin electric", .exact)])
        #expect(try terms(#""^x$" "|" "a | b""#) == [.text("^x$", .exact), .text("|", .exact), .text("a | b", .exact)])
        #expect(try terms(#""""#).isEmpty)
    }

    @Test func anOpenQuoteRunsToTheEnd() throws {
        #expect(try terms(#"amur sector:"food pro"#) == [.text("amur", .fuzzy), .field(.sector, "food pro")])
    }

    @Test func quotesInsideAWordAreKept() throws {
        // A name such as ООО "Ромашка" typed whole: the quoted part is one exact term.
        #expect(try terms(#"ооо "ромашка""#) == [.text("ооо", .fuzzy), .text("ромашка", .exact)])
    }

    @Test func aLoneOperatorIsTheSameErrorForAllFour() {
        for op in ["$", "^", "'", "!"] {
            #expect(throws: QueryError.self, "\(op)") { try SearchQuery.parse("amur \(op)") }
        }
        // Quoted, an operator is found as itself.
        #expect((try? SearchQuery.parse(#""$""#)) != nil)
    }
}
