import Foundation
import Testing

/// Negative and malformed numbers get a message about the value (then the usage) and exit 64,
/// never the argument parser's "Missing value" or "is invalid for".
@Suite("number arguments")
struct NumberArgumentTests {
    @Test(arguments: [
        (["search", "vi", "--limit", "abc"], "--limit \"abc\" is not a number; it must be 0 (all) or more"),
        (["search", "vi", "--limit", "-1"], "--limit must be 0 (all) or more, not -1"),
        (["search", "vi", "--limit=-7"], "--limit must be 0 (all) or more, not -7"),
        (["search", "vi", "--limit", "1.5"], "--limit \"1.5\" is not a number; it must be 0 (all) or more"),
        (["demo", "--booths", "-5"], "--booths must be 0 or more, not -5"),
        (["demo", "--booths", "many"], "--booths \"many\" is not a number; it must be 0 or more"),
        (["import", "list.csv", "--header-line", "-2"], "--header-line must be 1 or more, not -2"),
        (["import", "list.csv", "--header-line", "x"], "--header-line \"x\" is not a number; it must be 1 or more"),
        (["plan", "set", "cre-4-vi-holding-group", "--duration", "-30"], "--duration must be 1 to 1440 minutes, not -30"),
        (["plan", "set", "cre-4-vi-holding-group", "--priority", "high"], "--priority \"high\" is not a number; it must be 1 to 3 (0 clears it)"),
    ])
    func aBadNumberGetsOneLineAboutTheValue(_ arguments: [String], _ message: String) throws {
        let r = try ProcessRunner.pavilion(arguments, extraEnvironment: ["PAVILION_DB": "/nonexistent/never-created.sqlite"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stderrLines.first == "Error: " + message, "\(r)")
        #expect(r.stderr.contains("Usage: pavilion") && !r.stderr.contains("Missing value") && !r.stderr.contains("is invalid for"), "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test func aGoodNumberStillWorksAndTheDefaultShowsInHelp() throws {
        let r = try ProcessRunner.pavilion(["search", "--demo", "a", "--limit", "+2"])
        #expect(r.status == 0 && r.stdoutLines.count == 3, "\(r)")
        let help = try ProcessRunner.pavilion(["search", "--help"], extraEnvironment: ["COLUMNS": "200"])
        #expect(help.stdout.contains("--limit <n>") && help.stdout.contains("(default: 50)"), "\(help.stdout)")
    }
}
