import Foundation
import Testing

/// `--catalog -`: the catalogue is read from standard input.
@Suite("--catalog - (standard input)")
struct CatalogFromStandardInputTests {
    @Test func aPipedCatalogueGivesTheSameStatsAsTheFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        let piped = try ProcessRunner.pavilion(["stats", "--json", "--catalog", "-"], stdin: try Data(contentsOf: URL(fileURLWithPath: file)))
        let named = try ProcessRunner.pavilion(["stats", "--json", "--catalog", file])
        #expect(piped.status == 0 && piped.stderr.isEmpty, "\(piped)")
        #expect(piped.stdout == named.stdout && piped.stdout.contains("\"title\": \"Events fair\""), "\(piped)")
        // Before the command too, and for search.
        let search = try ProcessRunner.pavilion(["--catalog", "-", "search", "expo", "--limit", "1", "--csv"],
                                                stdin: try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(search.status == 0, "\(search)")
        #expect(search.stdoutLines.first == "booth code,exhibitor,local name,expo,delegation,hall,area,country,id\r", "\(search)")
    }

    @Test func aCSVListOnStandardInputIsImportedOnTheFly() throws {
        let list = "Company,Country,Booth\nAcme Mills,Russia,A-1\nBeta Steel,China,B-2\n"
        let r = try ProcessRunner.pavilion(["search", "--catalog", "-", "acme", "--columns", "exhibitor,booth,country"], stdin: Data(list.utf8))
        #expect(r.status == 0, "\(r)")
        expectGolden(r.stdout, """
            EXHIBITOR   BOOTH  COUNTRY
            Acme Mills  A-1    RU
            """)
    }

    @Test func emptyStandardInputGetsOneLineAndExit66() throws {
        let r = try ProcessRunner.pavilion(["stats", "--catalog", "-"], stdin: Data())
        #expect(r.status == 66, "\(r)")
        #expect(r.stderr == "pavilion: standard input: cannot open: it is empty; pipe or redirect a catalogue into it (pavilion stats --catalog - < fair.json)\n", "\(r)")
    }

    @Test func aTerminalOnStandardInputIsRefusedWithoutWaiting() throws {
        // In tmux standard input is a terminal: the command must not wait for typing.
        let t = try TmuxSession.browser(label: "catalog-tty", width: 200, height: 10, arguments: ["stats", "--catalog", "-"])
        defer { t.kill() }
        let screen = try t.waitFor(all: ["standard input: cannot open: it is a terminal"])
        #expect(screen.contains("pavilion stats --catalog - < fair.json"), "\(screen)")
        #expect(try t.waitForExit() == 66)
    }

    @Test func validateReadsStandardInput() throws {
        let r = try ProcessRunner.pavilion(["validate", "-"], stdin: Data("{\"format\": \"pavilion-catalog\", \"version\": 2".utf8))
        #expect(r.status == 65, "\(r)")
        #expect(r.stdout.hasPrefix("standard input:1:"), "\(r)")
    }

    @Test func theBrowserCannotReadItsCatalogueFromStandardInput() throws {
        let r = try ProcessRunner.pavilion(["browse", "--catalog", "-"], stdin: Data("{}".utf8))
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr == "pavilion: the browser reads keys from standard input, so --catalog - cannot open it; save the catalogue to a file and give its name\n", "\(r)")
    }
}
