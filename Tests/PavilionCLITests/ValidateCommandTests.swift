import Foundation
import Testing

@Suite("pavilion validate")
struct ValidateCommandTests {
    /// Seven errors and one warning, at known lines and columns.
    static let manyErrors = """
        {
          "format": "pavilion-catalog",
          "version": 1,
          "title": "Broken fair",
          "expos": [
            {"id": "e1", "name": "Fair One", "country": "china", "start": "2017-13-45"},
            {"id": "e1", "name": "Fair Dup"}
          ],
          "exhibitors": [
            {"id": "x1", "name": "Acme", "colour": "red"}
          ],
          "booths": [
            {"id": "b1", "expo": "nope", "exhibitor": "x1", "area_sqm": -5},
            {"id": "b2", "expo": "e1", "exhibitor": "ghost", "sources": ["missing-src"]}
          ]
        }

        """

    @Test func bundledCatalogueIsValid() throws {
        let path = PackagePaths.bundledCatalog.path
        let r = try ProcessRunner.pavilion(["validate", path])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdoutLines == ["\(path): valid"], "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
    }

    @Test func everyProblemIsReportedWithFileLineColumnAndPath() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("errors.json", Self.manyErrors)
        let r = try ProcessRunner.pavilion(["validate", "errors.json"], currentDirectory: dir.path)
        #expect(r.status == 65, "\(r)")
        let expected = [
            #"errors.json:6:49: error: expos[0].country: "china" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as "CN" or "RU")"#,
            #"errors.json:6:67: error: expos[0].start: "2017-13-45" is not an ISO 8601 date: use YYYY-MM-DD, YYYY-MM or YYYY; there is no month 13"#,
            #"errors.json:7:12: error: expos[1].id: duplicate expo id "e1" (first defined at 6:12, expos[0].id)"#,
            #"errors.json:10:34: warning: exhibitors[0].colour: unknown key "colour" (kept, but not part of format version 2)"#,
            #"errors.json:13:65: error: booths[0].area_sqm: area must not be negative (got -5)"#,
            #"errors.json:13:26: error: booths[0].expo: refers to expo "nope", which is not defined in expos"#,
            #"errors.json:14:45: error: booths[1].exhibitor: refers to exhibitor "ghost", which is not defined in exhibitors"#,
            #"errors.json:14:66: error: booths[1].sources[0]: refers to source "missing-src", which is not defined in sources"#,
        ]
        for line in expected {
            #expect(r.stdoutLines.contains(line), "missing: \(line)\n\(r)")
        }
        #expect(r.stdoutLines.last == "errors.json: invalid: 7 errors, 1 warning", "\(r)")
        #expect(r.stdoutLines.count == expected.count + 1, "\(r)")
        // Every problem line has the documented shape.
        let shape = #/^errors\.json:\d+:\d+: (error|warning): [A-Za-z_\[\]0-9.]+: .+$/#
        for line in r.stdoutLines.dropLast() {
            #expect(line.wholeMatch(of: shape) != nil, "not FILE:LINE:COL: SEVERITY: PATH: message: \(line)")
        }
    }

    @Test func reportedPositionsPointAtTheOffendingValue() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("errors.json", Self.manyErrors)
        let r = try ProcessRunner.pavilion(["validate", "errors.json"], currentDirectory: dir.path)
        let source = Self.manyErrors.components(separatedBy: "\n")
        let position = #/^errors\.json:(\d+):(\d+): /#
        var checked = 0
        for line in r.stdoutLines {
            guard let m = line.firstMatch(of: position), let l = Int(m.1), let c = Int(m.2) else { continue }
            let text = Array(source[l - 1].unicodeScalars)
            #expect(c >= 1 && c <= text.count, "column out of range: \(line)")
            // Each position starts a JSON token: a string, a number or a key.
            if c >= 1 && c <= text.count {
                #expect(text[c - 1] == "\"" || text[c - 1] == "-" || ("0"..."9").contains(text[c - 1]), "\(line)")
            }
            checked += 1
        }
        #expect(checked == 8)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let prefix = #"{"format": "pavilion-catalog", "version": 1, "title": "Ярмарка 中国", "#
        try dir.write("unicode.json", prefix + #""mascot": "panda"}"#)
        let r = try ProcessRunner.pavilion(["validate", "unicode.json"], currentDirectory: dir.path)
        #expect(r.status == 0, "\(r)")
        let column = prefix.unicodeScalars.count + 1
        #expect(r.stdoutLines.first == #"unicode.json:1:\#(column): warning: mascot: unknown key "mascot" (kept, but not part of format version 2)"#, "\(r)")
    }

    @Test func missingFileExits66() throws {
        let r = try ProcessRunner.pavilion(["validate", "/nonexistent/dir/fair.json"])
        #expect(r.status == 66, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderrLines == ["pavilion: /nonexistent/dir/fair.json: cannot open: no such file"], "\(r)")
    }

    @Test func directoryExits66() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let r = try ProcessRunner.pavilion(["validate", dir.path])
        #expect(r.status == 66, "\(r)")
        #expect(r.stderrLines == ["pavilion: \(dir.path): cannot open: it is a directory, not a catalogue file"], "\(r)")
    }

    @Test func emptyFileExits65() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("empty.json", Data())
        let r = try ProcessRunner.pavilion(["validate", "empty.json"], currentDirectory: dir.path)
        #expect(r.status == 65, "\(r)")
        #expect(r.stdoutLines == ["empty.json:1:1: error: the file is empty", "empty.json: invalid: 1 error, 0 warnings"], "\(r)")
    }

    @Test func invalidUTF8Exits65() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let bytes = Data(#"{"format": "pavilion-catalog", "title": "bad "#.utf8) + Data([0xFF, 0xFE, 0xC3]) + Data(#""}"#.utf8)
        try dir.write("latin1.json", bytes)
        let r = try ProcessRunner.pavilion(["validate", "latin1.json"], currentDirectory: dir.path)
        #expect(r.status == 65, "\(r)")
        #expect(r.stdoutLines.first?.hasPrefix("latin1.json:1:") == true, "\(r)")
        #expect(r.stdout.contains("invalid UTF-8"), "\(r)")
    }

    @Test func hundredThousandNestedBracketsFailQuicklyWithoutCrashing() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("open.json", String(repeating: "[", count: 100_000))
        try dir.write("balanced.json", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        try dir.write("objects.json", String(repeating: #"{"a":"#, count: 100_000))
        for name in ["open.json", "balanced.json", "objects.json"] {
            let r = try ProcessRunner.pavilion(["validate", name], currentDirectory: dir.path, timeout: 10)
            #expect(!r.signaled, "crashed: \(r)")
            #expect(r.status == 65, "\(name): \(r)")
            #expect(r.stdout.contains("nesting deeper than"), "\(name): \(r)")
            #expect(r.seconds < 5, "\(name) took \(r.seconds) s")
        }
        // Opening it as a catalogue fails the same way.
        let search = try ProcessRunner.pavilion(["search", "--catalog", "balanced.json", "x"], currentDirectory: dir.path, timeout: 10)
        #expect(search.status == 65, "\(search)")
    }

    @Test func unknownKeyAloneIsAWarningAndTheFileIsValid() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("mascot.json", """
            {
              "format": "pavilion-catalog",
              "version": 1,
              "title": "Tiny",
              "mascot": "panda"
            }

            """)
        let r = try ProcessRunner.pavilion(["validate", "mascot.json"], currentDirectory: dir.path)
        #expect(r.status == 0, "\(r)")
        expectGolden(r.stdout, """
            mascot.json:5:3: warning: mascot: unknown key "mascot" (kept, but not part of format version 2)
            mascot.json: valid (1 warning)
            """)
    }

    @Test func jsonOutputShape() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("errors.json", Self.manyErrors)
        try dir.write("ok.json", catalogJSON(body: ""))
        let r = try ProcessRunner.pavilion(["validate", "--json", "ok.json", "errors.json", "missing.json"], currentDirectory: dir.path)
        #expect(r.status == 66, "the worst outcome, cannot open, wins: \(r)")
        let reports = try #require(try parseJSON(r.stdout) as? [[String: Any]])
        try #require(reports.count == 3)

        let ok = reports[0]
        #expect(Set(ok.keys) == ["file", "valid", "errors", "warnings", "problems"])
        #expect(ok["file"] as? String == "ok.json")
        #expect((ok["valid"] as? NSNumber)?.boolValue == true)
        #expect((ok["problems"] as? [Any])?.isEmpty == true)

        let bad = reports[1]
        #expect((bad["valid"] as? NSNumber)?.boolValue == false)
        #expect((bad["errors"] as? NSNumber)?.intValue == 7)
        #expect((bad["warnings"] as? NSNumber)?.intValue == 1)
        let problems = try #require(bad["problems"] as? [[String: Any]])
        #expect(problems.count == 8)
        for p in problems {
            #expect(Set(p.keys) == ["severity", "line", "column", "path", "message"])
            #expect(["error", "warning"].contains(p["severity"] as? String))
            #expect(p["line"] is NSNumber && p["column"] is NSNumber)
        }
        let first = try #require(problems.first)
        #expect(first["path"] as? String == "expos[0].country")
        #expect((first["line"] as? NSNumber)?.intValue == 6)
        #expect((first["column"] as? NSNumber)?.intValue == 49)

        let missing = reports[2]
        #expect((missing["valid"] as? NSNumber)?.boolValue == false)
        #expect(missing["cannot_open"] as? String == "missing.json: cannot open: no such file")
    }

    @Test func invalidFileMakesTheExitCode65EvenAfterAValidOne() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("errors.json", Self.manyErrors)
        try dir.write("ok.json", catalogJSON(body: ""))
        let r = try ProcessRunner.pavilion(["validate", "ok.json", "errors.json"], currentDirectory: dir.path)
        #expect(r.status == 65, "\(r)")
        #expect(r.stdoutLines.first == "ok.json: valid")
    }

    @Test func noFilesIsAUsageError() throws {
        let r = try ProcessRunner.pavilion(["validate"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("give at least one catalogue file"), "\(r)")
    }
}
