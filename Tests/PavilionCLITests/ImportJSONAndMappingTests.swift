import Foundation
import Testing

/// `pavilion import` on JSON exports, `--map-file`, `--print-map`, and the 20-line cap on
/// diagnostics (`--all-errors`).
@Suite("pavilion import: JSON, saved mappings, capped diagnostics")
struct ImportJSONAndMappingTests {
    static let export = #"""
    {"total": 2, "data": {"items": [
      {"company": {"title": "Acme"}, "stands": [{"ref": "A-1", "zone": "North"}, {"ref": "A-2", "zone": "South"}]},
      {"company": {"title": "Globex"}, "stands": []}
    ]}}
    """#

    /// A CSV with `bad` rows whose area is not a number and `unknown` rows with an unknown country.
    static func csv(bad: Int, unknown: Int) -> String {
        var s = "Company,Booth,Area,Country\n"
        for i in 0..<bad { s += "Bad \(i),B-\(i),ten,DE\n" }
        for i in 0..<unknown { s += "Odd \(i),O-\(i),10,Atlantis\n" }
        return s + "Good,G-1,12,DE\n"
    }

    @Test func jsonExportWithDottedMap() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("export.json", Self.export)
        let r = try ProcessRunner.pavilion(["import", file, "--map", "company.title=name", "--map", "stands.ref=code", "--map", "stands.zone=hall"])
        #expect(r.status == 0, "\(r)")
        let json = try #require(try parseJSON(r.stdout) as? [String: Any])
        let booths = try #require(json["booths"] as? [[String: Any]])
        #expect(booths.compactMap { $0["code"] as? String } == ["A-1", "A-2"])
        #expect(booths.compactMap { $0["hall"] as? String } == ["North", "South"])
        #expect((json["exhibitors"] as? [Any])?.count == 2)
        #expect(r.stderr.contains("read 2 records from \"data.items\"; one row per element of \"stands\""), "\(r)")
    }

    @Test func catalogOptionRefusesOtherJSONInOneLine() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("export.json", Self.export)
        let r = try ProcessRunner.pavilion(["stats", "--catalog", file])
        #expect(r.status == 65, "\(r)")
        #expect(r.stderrLines.count == 1, "\(r)")
        #expect(r.stderr.contains("the file is JSON but not a Pavilion catalogue"), "\(r)")
        #expect(r.stderr.contains("run `pavilion import \(file)`"), "\(r)")
        let v = try ProcessRunner.pavilion(["validate", file])
        #expect(v.status == 65, "\(v)")
        #expect(v.stdoutLines.count == 2, "the line and the summary: \(v)")
    }

    @Test func importOnACatalogueSaysSoInOneLine() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("fair.json", #"{"format": "pavilion-catalog", "version": 1, "title": "T", "booths": [\#(String(repeating: "{\"x\": 1},", count: 5000)){}]}"#)
        let r = try ProcessRunner.pavilion(["import", file])
        #expect(r.status == 65, "\(r)")
        #expect(r.stderrLines == ["pavilion: \(file): error: this already is a Pavilion catalogue; open it with --catalog, or check it with `pavilion validate`"], "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test func atMostTwentyLinesThenTheRestCounted() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("list.csv", Self.csv(bad: 12, unknown: 30))
        let r = try ProcessRunner.pavilion(["import", file])
        #expect(r.status == 0, "\(r)")
        let lines = r.stderrLines
        #expect(lines.count == 22, "20 problems, the count of the rest, the summary: \(r)")
        // Errors come first: all 12, then 8 of the 30 warnings.
        #expect(lines.prefix(20).filter { $0.contains(": error: ") }.count == 12)
        #expect(lines[20] == "pavilion: … and 22 more (22 warnings); --all-errors shows them all", "\(r)")
        #expect(lines[21].hasSuffix("imported 31 rows, skipped 12, 30 warnings"), "\(r)")
        let all = try ProcessRunner.pavilion(["import", file, "--all-errors"])
        #expect(all.stderrLines.count == 43, "\(all)")

        let v = try ProcessRunner.pavilion(["validate", file])
        #expect(v.status == 65)
        #expect(v.stdoutLines.count == 22, "\(v)")
        #expect(v.stdoutLines[20] == "… and 22 more (22 warnings); --all-errors shows them all", "\(v)")
        let vAll = try ProcessRunner.pavilion(["validate", file, "--all-errors"])
        #expect(vAll.stdoutLines.count == 43, "\(vAll)")

        let many = try dir.write("many.csv", Self.csv(bad: 30, unknown: 5))
        let m = try ProcessRunner.pavilion(["validate", many])
        #expect(m.stdoutLines[20] == "… and 15 more (10 errors, 5 warnings); --all-errors shows them all", "\(m)")
    }

    @Test func printMapRoundTrips() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        // Windows-1252, a title line, semicolons, a column Pavilion does not know.
        var bytes = Array("Ausstellerliste 2026\nFirma;Stand Nr;Halle;Land;Notiz\n".utf8)
        bytes += [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72] + Array(";A-1;H1;DE;x\nAcme;B-2;H2;FR;y\n".utf8)
        let file = try dir.write("liste.csv", Data(bytes))
        let printed = try ProcessRunner.pavilion(["import", file, "--print-map", "--expo-name", "Messe"])
        #expect(printed.status == 0, "\(printed)")
        let toml = printed.stdout
        for line in ["encoding = \"windows-1252\"", "header_line = 2", "delimiter = \";\"", "expo_name = \"Messe\"", "[columns]", "\"Firma\" = \"name\"",
                     "\"Stand Nr\" = \"code\"", "\"Halle\" = \"hall\"", "\"Land\" = \"country\"", "\"Notiz\" = \"extra\""] {
            #expect(toml.contains(line + "\n"), "\(line) in \(toml)")
        }
        let mapFile = try dir.write("liste.toml", toml)
        let again = try ProcessRunner.pavilion(["import", file, "--print-map", "--map-file", mapFile])
        #expect(again.status == 0, "\(again)")
        #expect(again.stdout == toml)
        let plain = try ProcessRunner.pavilion(["import", file, "--expo-name", "Messe"])
        let mapped = try ProcessRunner.pavilion(["import", file, "--map-file", mapFile])
        #expect(plain.status == 0 && mapped.status == 0, "\(plain) \(mapped)")
        #expect(mapped.stdout == plain.stdout)
        #expect(mapped.stdout.contains("Müller"))
    }

    @Test func printMapOfAJSONExportRoundTrips() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("export.json", Self.export)
        let first = try dir.write("first.toml", "[columns]\n\"company.title\" = \"name\"\nstands.ref = \"code\"\n")
        let printed = try ProcessRunner.pavilion(["import", file, "--print-map", "--map-file", first])
        #expect(printed.status == 0, "\(printed)")
        #expect(printed.stdout.contains("\"stands.ref\" = \"code\"\n"), "an unquoted dotted key reads as the path: \(printed)")
        #expect(!printed.stdout.contains("encoding"), "\(printed)")
        let saved = try dir.write("saved.toml", printed.stdout)
        let again = try ProcessRunner.pavilion(["import", file, "--print-map", "--map-file", saved])
        #expect(again.stdout == printed.stdout)
    }

    @Test func commandLineOverridesTheMappingFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("l.csv", "Firma,Stand\nAcme,A-1\n")
        let map = try dir.write("m.toml", "title = \"From file\"\n[columns]\nFirma = \"name\"\nStand = \"ignore\"\n")
        let r = try ProcessRunner.pavilion(["import", file, "--map-file", map, "--title", "From flag", "--map", "stand=code"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("\"title\": \"From flag\""), "\(r)")
        #expect(r.stdout.contains("\"code\": \"A-1\""), "\(r)")
    }

    @Test(arguments: [
        ("colums = 1\n", "unknown key \"colums\"; a mapping file may have: columns, encoding, header_line, delimiter, sheet, expo_name, expo_id, title"),
        ("[columns]\nFirma = \"company\"\n", "columns.\"Firma\": unknown field \"company\"; use one of name, local_name"),
        ("[columns]\nFirma = 3\n", "columns.\"Firma\": expected a field name in quotes"),
        ("header_line = 0\n", "header_line: expected a whole number of 1 or more, found 0"),
        ("header_line = \"two\"\n", "header_line: expected a whole number of 1 or more, found \"two\""),
        ("encoding = \"ebcdic\"\n", "encoding: unknown encoding"),
        ("delimiter = \"::\"\n", "delimiter: expected one character such as"),
        ("title = \"  \"\n", "title: must not be empty or only spaces"),
        ("columns = \"x\"\n", "columns: expected a table"),
        ("[columns\n", "line 1, column"),
    ])
    func mappingFileErrorsAreOneLine(text: String, message: String) throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("l.csv", "Firma,Stand\nAcme,A-1\n")
        let map = try dir.write("m.toml", text)
        let r = try ProcessRunner.pavilion(["import", file, "--map-file", map])
        #expect(r.status == 64, "\(r)")
        #expect(r.stderrLines.count == 1, "\(r)")
        #expect(r.stderr.contains("\(map): \(message)"), "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test func missingMappingFileCannotBeOpened() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("l.csv", "Firma,Stand\nAcme,A-1\n")
        let r = try ProcessRunner.pavilion(["import", file, "--map-file", dir.url.appendingPathComponent("none.toml").path])
        #expect(r.status == 66, "\(r)")
        #expect(r.stderr.contains("cannot open: no such file"), "\(r)")
    }
}
