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
