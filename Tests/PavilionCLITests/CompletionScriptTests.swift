import Foundation
import Testing

/// Shell completions: the scripts swift-argument-parser writes, and the completion of record
/// ids for `show` and `plan add`, run as the shells run it (`pavilion ---completion …`).
@Suite("shell completions")
struct CompletionScriptTests {
    static let subcommands = ["browse", "search", "show", "events", "stats", "validate", "import", "demo", "plan"]

    @Test(arguments: ["bash", "zsh", "fish"])
    func eachShellGetsAScriptNamingTheCommands(_ shell: String) throws {
        let r = try ProcessRunner.pavilion(["--generate-completion-script", shell])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r)")
        for command in Self.subcommands {
            #expect(r.stdout.contains(command), "\(shell): \(command)")
        }
        // Ids are completed by calling the program back.
        #expect(r.stdout.contains("---completion show -- positional@0"), "\(shell)")
        #expect(r.stdout.contains("---completion plan add -- positional@0"), "\(shell)")
    }

    /// What bash asks for when Tab is pressed after `words`, the cursor at the end of the last.
    static func complete(_ command: [String], _ words: [String]) throws -> ProcessResult {
        let last = words.last ?? ""
        return try ProcessRunner.pavilion(["---completion"] + command + ["--", "positional@0", "\(words.count - 1)", "\(last.count)"] + words)
    }

    @Test func showCompletesIdsOfEveryKindFromTheBundledCatalogue() throws {
        let r = try Self.complete(["show"], ["pavilion", "show", "cre-4"])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r)")
        let ids = r.stdoutLines
        #expect(ids.contains("cre-4"), "the expo: \(ids.prefix(5))")
        #expect(ids.contains("cre-4-vi-holding-group"), "a booth")
        #expect(ids.allSatisfy { $0.hasPrefix("cre-4") } && ids == ids.sorted())
    }

    @Test func planAddCompletesBoothsAndExhibitorsOfTheNamedCatalogue() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("fair.csv", "Company,Country,Booth\nAcme Mills,Russia,A-1\nBeta Steel,China,B-2\n")
        let r = try Self.complete(["plan", "add"], ["pavilion", "plan", "add", "--catalog", file, ""])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r)")
        let listed = try ProcessRunner.pavilion(["search", "--catalog", file, "--csv", "--columns", "id", "--limit", "0", ""])
        // CSV lines end in CRLF.
        let booths = Array(listed.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty })
        #expect(booths.count == 2 && booths.allSatisfy(r.stdoutLines.contains), "\(r.stdout)")
        #expect(r.stdoutLines.count > 2, "exhibitors too: \(r.stdout)")
        // Only ids that start with the word typed, and none of the expo (plan add takes booths).
        let show = try Self.complete(["show"], ["pavilion", "show", "--catalog=" + file, ""])
        let expos = Set(show.stdoutLines).subtracting(r.stdoutLines)
        #expect(!expos.isEmpty, "show offers more kinds: \(show.stdout)")
        let acme = try Self.complete(["plan", "add"], ["pavilion", "plan", "add", "--catalog=" + file, booths[0].prefix(3).description])
        #expect(!acme.stdoutLines.isEmpty && acme.stdoutLines.allSatisfy { $0.hasPrefix(booths[0].prefix(3)) }, "\(acme.stdout)")
    }

    @Test(arguments: [["--catalog", "/nonexistent/fair.json"], ["--catalog", "-"], ["--catalog"]])
    func anUnreadableCatalogueCompletesNothingAndSaysNothing(_ options: [String]) throws {
        let r = try Self.complete(["show"], ["pavilion", "show"] + options + ["cre"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.isEmpty && r.stderr.isEmpty, "\(r)")
    }

    @Test func completionIsQuick() throws {
        let r = try Self.complete(["show"], ["pavilion", "show", "--demo", "d"])
        #expect(r.status == 0 && !r.stdoutLines.isEmpty, "\(r)")
        // The demo is generated for each Tab: well under a second even in a debug build.
        #expect(r.seconds < 2, "\(r.seconds) s")
    }
}
