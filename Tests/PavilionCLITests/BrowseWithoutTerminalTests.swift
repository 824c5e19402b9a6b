import Foundation
import Testing

@Suite("the browser without a terminal")
struct BrowseWithoutTerminalTests {
    @Test(arguments: [[], ["browse"], ["--catalog", "/nonexistent/fair.json"]])
    func exits64AndPointsToSearch(_ arguments: [String]) throws {
        // stdin is /dev/null and stdout a file: neither is a terminal.
        let r = try ProcessRunner.pavilion(arguments, timeout: 10)
        #expect(!r.timedOut, "the browser waited for input that never comes")
        #expect(r.status == 64, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderrLines.count == 1, "\(r)")
        #expect(r.stderr.contains("pavilion search"), "\(r)")
        #expect(!r.stderr.contains("\u{1b}"), "no terminal escapes were written")
    }

    @Test func pipedInputIsNotATerminalEither() throws {
        let r = try ProcessRunner.pavilion([], stdin: Data("q\n".utf8), timeout: 10)
        #expect(r.status == 64, "\(r)")
    }
}
