import Foundation
import Testing

/// The command line forgives slips: a file named alone opens it, options before the command
/// move after it, a mistyped command gets a suggestion, a cut search result says so.
@Suite("forgiving command line")
struct ForgivingCommandLineTests {
    static let commands = ["browse", "search", "show", "events", "stats", "validate", "import", "demo", "plan", "help"]

    @Test(arguments: [
        (["serach", "vi"], "unknown command 'serach'; did you mean 'search'? (commands: browse, search, show, events, stats, validate, import, demo, plan, help)"),
        (["stat"], "unknown command 'stat'; did you mean 'stats'? (commands: browse, search, show, events, stats, validate, import, demo, plan, help)"),
        (["zzzzzzzz"], "unknown command or file 'zzzzzzzz' (commands: browse, search, show, events, stats, validate, import, demo, plan, help; a catalogue file opens in the browser)"),
    ])
    func aMistypedCommandGetsOneLineAndExit64(_ args: [String], _ message: String) throws {
        let r = try ProcessRunner.pavilion(args)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr == "pavilion: " + message + "\n", "\(r)")
    }

    /// `pavilion FILE` opens the file in the browser (in tmux, which gives it a terminal).
    @Test func aFileNamedAloneOpensInTheBrowser() throws {
        let t = try TmuxSession.browser(label: "file-alone", width: 100, height: 20, arguments: [TmuxEventsTests.catalogue])
        defer { t.kill() }
        let screen = try t.waitFor(all: ["Corpus fair with halls and events", "Expos 1/1"])
        #expect(screen.contains("Expo One"), "\(screen)")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func catalogueOptionsMayComeBeforeTheCommand() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        let before = try ProcessRunner.pavilion(["--catalog", file, "stats", "--json"])
        let after = try ProcessRunner.pavilion(["stats", "--json", "--catalog", file])
        #expect(before.status == 0 && before.stdout == after.stdout, "\(before)")
        #expect(before.stdout.contains("\"title\": \"Events fair\""), "\(before.stdout)")
        let demo = try ProcessRunner.pavilion(["--demo", "stats", "--json"])
        #expect(demo.stdout.contains("\"synthetic\": true"), "\(demo)")
    }

    @Test func aCutSearchResultSaysSoOnStderr() throws {
        let r = try ProcessRunner.pavilion(["search", "--demo", "a", "--limit", "5"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdoutLines.count == 6)
        let m = try #require(r.stderr.firstMatch(of: #/^pavilion: 5 of ([\d,]+) shown; --limit 0 for all\n$/#), "\(r.stderr)")
        #expect((Int(m.1.replacingOccurrences(of: ",", with: "")) ?? 0) > 5)
        let all = try ProcessRunner.pavilion(["search", "vi", "holding"])
        #expect(all.stderr.isEmpty, "nothing cut, nothing said: \(all)")
    }
}
