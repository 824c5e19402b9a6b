import Foundation
import Testing

/// `pavilion search` with hostile queries: lone operators and pasted pages are refused with
/// exit 64 and one line saying what to write instead.
@Suite("pavilion search: query limits")
struct QueryLimitCommandTests {
    @Test(arguments: ["$", "^", "'", "!"])
    func aLoneOperatorIsAClearError(op: String) throws {
        let r = try ProcessRunner.pavilion(["search", op])
        #expect(r.status == 64, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("alone has no word to act on"), "\(r)")
        #expect(r.stderr.contains("write '\(op)"), "\(r)")
    }

    @Test func aQuotedOperatorFindsTheCharacter() throws {
        // No booth of the bundled catalogue has a "$" in it: exit 1, not an error.
        let r = try ProcessRunner.pavilion(["search", "'$"])
        #expect(r.status == 1, "\(r)")
    }

    @Test func thirtyThousandTermsAreRefusedAtOnce() throws {
        let query = Array(repeating: "w", count: 30_000).joined(separator: " ")
        let r = try ProcessRunner.pavilion(["search", "--demo", query])
        #expect(r.status == 64, "\(r.status) \(r.stderr.prefix(300))")
        #expect(r.stderr.contains("a query may have at most 1,000"), "\(r.stderr.prefix(300))")
        let terms = Array(repeating: "w", count: 65).joined(separator: " ")
        let t = try ProcessRunner.pavilion(["search", terms])
        #expect(t.status == 64)
        #expect(t.stderr.contains("the query has 65 terms; a query may have at most 64"), "\(t.stderr)")
    }
}
