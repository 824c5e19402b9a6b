import Foundation
import Testing

@Suite("pavilion --version and --help")
struct VersionAndHelpTests {
    @Test func versionPrintsTheVersionAndExitsZero() throws {
        let r = try ProcessRunner.pavilion(["--version"])
        #expect(r.status == 0, "\(r)")
        expectGolden(r.stdout, "0.1.0")
        #expect(r.stderr.isEmpty)
    }

    @Test func helpListsEveryCommandAndTheExitCodes() throws {
        let r = try ProcessRunner.pavilion(["--help"])
        #expect(r.status == 0, "\(r)")
        for command in ["browse", "search", "show", "events", "stats", "validate", "import", "demo"] {
            #expect(r.stdout.contains(command), "help does not mention \(command)")
        }
        // The help is wrapped to the terminal width (80 when there is none), so compare words.
        let words = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Exit codes: 0 ok, 1 nothing found, 64 usage, 65 invalid catalogue, 66 cannot open input, 73 output refused or cannot be created, 74 writing output failed, 128+N ended by signal N"), "\(r)")
    }

    @Test func theBinaryUnderTestIsTheOneBuiltBesideTheTestProduct() throws {
        let path = try PavilionBinary.path()
        guard ProcessInfo.processInfo.environment["PAVILION_BIN"] == nil else { return }
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        let entries = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(entries.contains { $0.hasSuffix(".xctest") }, "\(path) is not beside a test product: \(entries)")
    }

    @Test(arguments: [["search", "--limit", "abc", "x"], ["search", "--limit", "-1", "x"], ["show"], ["show", "cre-4", "--kind", "banana"], ["stats", "--bogus"], ["events", "--bogus"], ["events", "--kind"]])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let r = try ProcessRunner.pavilion(arguments)
        #expect(r.status == 64, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderr.contains("Usage: pavilion"), "\(r)")
    }
}
