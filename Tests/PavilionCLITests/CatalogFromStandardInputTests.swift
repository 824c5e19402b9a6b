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
        let bundled = try Data(contentsOf: PackagePaths.bundledCatalog)
        let search = try ProcessRunner.pavilion(["--catalog", "-", "search", "vi", "holding", "--csv"], stdin: bundled)
        #expect(search.status == 0, "\(search)")
        #expect(search.stdout == "booth code,exhibitor,local name,expo,delegation,hall,area,country,id\r\n,Vi Holding Group,,4th China–Russia Expo,,,84,RU,cre-4-vi-holding-group\r\n", "\(search)")
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
        // On a pseudo-terminal standard input is a terminal: the command must not wait for typing.
        let pty = try PseudoTerminal(arguments: ["stats", "--catalog", "-"], width: 200)
        try pty.readUntil("pavilion stats --catalog - < fair.json")
        // A wait status: the exit code is in its second byte.
        #expect(pty.waitFor(exitWithin: 10).map { ($0 >> 8) & 0xFF } == 66)
        #expect(String(decoding: pty.output, as: UTF8.self).contains("standard input: cannot open: it is a terminal"))
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
