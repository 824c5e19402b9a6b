import Testing
@testable import ExpoModel

/// Inputs the fuzzers found that once broke an invariant; each stays fixed.
@Suite struct FuzzRegressionTests {
    /// query-parser crash-be815a92: "'\r\n\n\r\n". The ASCII fast path of TextFolding gave two codes
    /// for the one grapheme CR LF, so highlight positions pointed past the end of the name.
    @Test func crlfHighlightsStayInsideTheName() throws {
        let query = try SearchQuery.parse("'\r\n")
        for name in ["\r\n", "a\r\nb", "x\r\n\r\ny"] {
            let m = query.match(SearchRecord(texts: [name]))
            let positions = try #require(m).namePositions
            #expect(positions.allSatisfy { $0 >= 0 && $0 < name.count }, "\(positions) in \(name.count) graphemes")
        }
        let folded = TextFolding.fold("a\r\nb")
        #expect(folded.lower.count == 3)
        #expect(folded.cased.count == 3)
    }
}

/// catalog-loader crash-36ff8663: a booth with an unknown key ("qroducts") did not equal itself
/// after a round trip, because equality compared the key's byte offset in the file.
@Suite struct FuzzRoundTripRegressionTests {
    @Test func unknownKeysSurviveARoundTripEqual() {
        let text = #"{"format":"pavilion-catalog","version":1,"title":"t","expos":[{"id":"e","name":"E"}],"exhibitors":[{"id":"x","name":"X"}],"booths":[{"id":"b","expo":"e","exhibitor":"x","qroducts":["a"]}]}"#
        let first = CatalogDecoder().decode(Array(text.utf8))
        #expect(first.isValid)
        let again = CatalogDecoder().decode(Array(JSONWriter().string(CatalogEncoder.json(first.catalog)).utf8))
        #expect(again.isValid)
        #expect(again.catalog.booths == first.catalog.booths)
        #expect(again.catalog.booths.first?.extra.first?.key == "qroducts")
        #expect(JSONNode(.string("a"), offset: 3) == JSONNode(.string("a"), offset: 99))
        #expect(JSONNode(.string("a")) != JSONNode(.string("b")))
    }
}
