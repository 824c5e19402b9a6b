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
        let file = try EventsTestCatalogue.write(in: dir)
        let r = try Self.complete(["plan", "add"], ["pavilion", "plan", "add", "--catalog", file, ""])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r)")
        let shown = try ProcessRunner.pavilion(["search", "--catalog", file, "--csv", "--columns", "id", "--limit", "0", ""])
        let booths = shown.stdoutLines.dropFirst().map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(!booths.isEmpty && booths.allSatisfy(r.stdoutLines.contains), "\(r.stdout)")
        let expoOnly = try Self.complete(["plan", "add"], ["pavilion", "plan", "add", "--catalog=" + file, "expo-"])
        #expect(expoOnly.stdoutLines.allSatisfy { !$0.hasPrefix("expo-") || booths.contains($0) }, "no expo ids for plan add: \(expoOnly.stdout)")
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
