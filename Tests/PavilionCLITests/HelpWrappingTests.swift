import Foundation
import Testing

/// `--help` wraps to the terminal's width (`COLUMNS`, or 80 in a pipe) without splitting an
/// example or a quoted argument.
@Suite("--help wrapping")
struct HelpWrappingTests {
    static let examples = [
        "pavilion search 'country:ru area>=50' --json",
        "pavilion plan add cre-4-chalco --note 'ask about mills'",
        "pavilion --catalog fair.json stats",
        "pavilion import exhibitors.csv --output fair.json",
        "pavilion show cre-4",
    ]

    @Test(arguments: [nil, 100, 80, 60])
    func examplesStayWholeAndLinesFit(_ columns: Int?) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = columns.map(String.init)
        let r = try ProcessRunner.run(try PavilionBinary.path(), ["--help"], environment: environment)
        #expect(r.status == 0, "\(r)")
        let width = columns ?? 80
        for line in r.stdoutLines {
            #expect(line.count <= width, "wider than \(width): \(line)")
        }
        for example in Self.examples {
            #expect(r.stdoutLines.contains { $0 == "  " + example || $0.hasPrefix("  " + example + "  ") }, "split at \(width): \(example)\n\(r.stdout)")
        }
        // A note that does not fit beside its example goes on the next line, not into the example.
        let show = try #require(r.stdoutLines.firstIndex { $0.hasPrefix("  pavilion show cre-4") })
        let note = "one record with its relations and sources"
        #expect(r.stdoutLines[show].hasSuffix(note) || r.stdoutLines[show + 1] == "      " + note, "\(r.stdout)")
    }

    @Test func searchHelpProseIsWrappedAsParagraphs() throws {
        let r = try ProcessRunner.pavilion(["search", "--help"], extraEnvironment: ["COLUMNS": "80"])
        // The parser wraps a paragraph; a hard break in mid-sentence would leave a short line.
        #expect(r.stdout.contains("speakers, venues; kind:forum,") || r.stdout.contains("venues; kind:forum"), "\(r.stdout)")
        #expect(r.stdoutLines.contains("  pavilion search kind:event forum 'date>=2017-06-16'"), "\(r.stdout)")
    }
}
