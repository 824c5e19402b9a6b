import Foundation
import Testing

/// `pavilion import`, `pavilion demo`, `--demo`, and the bundled catalogue from a copied binary.
@Suite("pavilion import and demo")
struct ImportAndDemoCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Assets/samples")

    @Test func importWritesACatalogueThatValidatesAndSearches() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("fair.json").path
        let sample = Self.samples.appendingPathComponent("exhibitors.csv").path
        let r = try ProcessRunner.pavilion(["import", sample, "--output", out, "--expo-name", "Sample Fair", "--title", "Samples"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderrLines.last?.hasSuffix("imported 6 rows, skipped 0, 0 warnings") == true, "\(r)")
        try expectValidCatalogue(out)
        let s = try ProcessRunner.pavilion(["search", "--catalog", out, "松花江"])
        #expect(s.status == 0, "\(s)")
        #expect(s.stdout.contains("Songhua Dairy (sample)"))
        #expect(s.stdout.contains("Sample Fair"))
    }

    @Test func badRowsAreReportedSkippedAndCounted() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let csv = try dir.write("list.csv", "Company,Booth,Area\nGood,A-1,10\n,A-2,5\nBad,A-3,ten\n")
        let r = try ProcessRunner.pavilion(["import", csv])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.contains("list.csv:3:1: error: row at line 3, column 1 (Company): no exhibitor name; row skipped"), "\(r)")
        #expect(r.stderr.contains("list.csv:4:3: error: row at line 4, column 3 (Area): area \"ten\" is not a number of square metres; row skipped"), "\(r)")
        #expect(r.stderrLines.last?.hasSuffix("imported 1 row, skipped 2, 0 warnings") == true, "\(r)")
        let json = try #require(try parseJSON(r.stdout) as? [String: Any])
        #expect((json["booths"] as? [Any])?.count == 1)
        try expectValidCatalogue(text: r.stdout)

        let strict = try ProcessRunner.pavilion(["import", csv, "--strict"])
        #expect(strict.status == 65, "\(strict)")
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderrLines.last?.contains("--strict: nothing written") == true, "\(strict)")
    }

    @Test func mapAndItsErrors() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let csv = try dir.write("firms.csv", "Firma;Stand Nr\nAcme;12\n")
        let r = try ProcessRunner.pavilion(["import", csv, "--map", "Firma=name", "--map", "Stand Nr=code"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("\"code\": \"12\""), "\(r)")
        try expectValidCatalogue(text: r.stdout)
        let bad = try ProcessRunner.pavilion(["import", csv, "--map", "Firma=company"])
        #expect(bad.status == 64, "\(bad)")
        #expect(bad.stderr.contains("unknown field \"company\""), "\(bad)")
        let missing = try ProcessRunner.pavilion(["import", dir.url.appendingPathComponent("none.csv").path])
        #expect(missing.status == 66, "\(missing)")
    }

    @Test func csvOpensDirectlyWithCatalog() throws {
        let sample = Self.samples.appendingPathComponent("exhibitors-semicolon.csv").path
        let r = try ProcessRunner.pavilion(["stats", "--catalog", sample, "--json"])
        #expect(r.status == 0, "\(r)")
        let json = try #require(try parseJSON(r.stdout) as? [String: Any])
        #expect(json["booths"] as? Int == 6)
        #expect(json["exhibitors"] as? Int == 5)
    }

    @Test func demoIsDeterministicSyntheticAndValid() throws {
        let a = try ProcessRunner.pavilion(["demo", "--booths", "300", "--seed", "9"])
        let b = try ProcessRunner.pavilion(["demo", "--booths", "300", "--seed", "9"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.stdout == b.stdout)
        let json = try #require(try parseJSON(a.stdout) as? [String: Any])
        #expect(json["synthetic"] as? Bool == true)
        #expect((json["title"] as? String)?.contains("Synthetic") == true)
        #expect((json["booths"] as? [Any])?.count == 300)
        try expectValidCatalogue(text: a.stdout)
        let stats = try ProcessRunner.pavilion(["stats", "--demo", "--json"])
        let s = try #require(try parseJSON(stats.stdout) as? [String: Any])
        #expect(s["booths"] as? Int == 2550)
        #expect(s["synthetic"] as? Bool == true)
        let neg = try ProcessRunner.pavilion(["demo", "--booths", "-1"])
        #expect(neg.status == 64, "\(neg)")
    }

    @Test func aCopiedBinaryWorksFromAnyDirectory() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let copy = dir.url.appendingPathComponent("pavilion-copy").path
        // Copied by a child process: a writable descriptor open in this (multi-threaded) test
        // process could leak into a concurrent spawn and make exec fail with ETXTBSY.
        let cp = try ProcessRunner.run("/bin/cp", [try PavilionBinary.path(), copy])
        #expect(cp.status == 0, "\(cp)")
        let r = try ProcessRunner.run(copy, ["search", "vi", "hold"], currentDirectory: "/")
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("Vi Holding Group"))
        #expect(r.stdout.contains("4th China–Russia Expo"))
    }

    @Test func outputNeverReplacesDevicesAndFollowsLinks() throws {
        let before = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(before == .typeCharacterSpecial)
        let r = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", "/dev/null"])
        #expect(r.status == 0, "\(r)")
        let after = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(after == .typeCharacterSpecial, "/dev/null must stay a device")

        let dir = try TempDirectory()
        defer { dir.remove() }
        let target = try dir.write("real.json", "old")
        #expect(chmod(target, 0o600) == 0)
        let link = dir.url.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let w = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", link, "--force"])
        #expect(w.status == 0, "\(w)")
        try expectValidCatalogue(target)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target, "the link is still a link")
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("\"synthetic\": true"))
        let mode = (try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600, "the file keeps its permissions")
        let intoDir = try ProcessRunner.pavilion(["demo", "--booths", "3", "--output", dir.path])
        #expect(intoDir.status == 73, "\(intoDir)")
    }

    @Test func mapNamingNoColumnIsAUsageError() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let csv = try dir.write("firms.csv", "Company,Booth\nAcme,12\n")
        let r = try ProcessRunner.pavilion(["import", csv, "--map", "Nope=name"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("no column is called \"Nope\""), "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test func csvOpenedWithSkippedRowsCountsThemApart() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let csv = try dir.write("odd.csv", "Company,Country\nA,RU\n,RU\nB,Atlantis\n")
        let r = try ProcessRunner.pavilion(["stats", "--catalog", csv])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderrLines.first?.contains("imported 2 rows, skipped 1, 1 warning (run") == true, "\(r)")
    }

    @Test func encodingIsDetectedAndOverriddenAndATitleLineIsSkipped() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        // Windows-1252 "für" under a title line.
        let bytes = Data("Fair 2026 - Exhibitors\nExhibitor;Booth\nVerband f".utf8) + Data([0xFC]) + Data("r Technik;A1\n".utf8)
        let csv = try dir.write("list.csv", bytes)
        let out = dir.url.appendingPathComponent("fair.json").path
        let r = try ProcessRunner.pavilion(["import", csv, "--output", out])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderrLines.filter { $0.contains("read as Windows-1252") }.count == 1, "\(r)")
        #expect(r.stderrLines.filter { $0.contains("the header is on line 2") }.count == 1, "\(r)")
        #expect(r.stderrLines.last?.hasSuffix("imported 1 row, skipped 0, 2 warnings") == true, "\(r)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("Verband für Technik"))

        let forced = try ProcessRunner.pavilion(["import", csv, "--encoding", "macintosh", "--header-line", "2", "--output", "-"])
        #expect(forced.status == 0, "\(forced)")
        #expect(forced.stdout.contains("Verband f¸r Technik"), "\(forced)")
        #expect(forced.stderrLines.contains { $0.contains("read as Mac Roman (as --encoding says)") }, "\(forced)")
    }

    @Test func unknownEncodingAndBadHeaderLineAreUsageErrors() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let csv = try dir.write("list.csv", "Company,Booth\nAcme,A1\n")
        let r = try ProcessRunner.pavilion(["import", csv, "--encoding", "ebcdic"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("unknown encoding \"ebcdic\"; use one of utf-8"), "\(r)")
        let zero = try ProcessRunner.pavilion(["import", csv, "--header-line", "0"])
        #expect(zero.status == 64, "\(zero)")
        let far = try ProcessRunner.pavilion(["import", csv, "--header-line", "9"])
        #expect(far.status == 65, "\(far)")
        #expect(far.stderr.contains("--header-line 9: the file has 2 lines"), "\(far)")
    }
}
