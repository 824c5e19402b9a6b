import Foundation
import Testing

@Suite("search table with Chinese and Cyrillic text")
struct WideTextAlignmentTests {
    static let catalogue = catalogJSON(title: "Международная ярмарка 国际博览会", body: """
          "expos": [{"id": "f1", "name": "Fair", "start": "2020-01-01"}],
          "delegations": [{"id": "d1", "expo": "f1", "name": "Делегация Амурской области", "kind": "regional"}],
          "exhibitors": [
            {"id": "x1", "name": "哈尔滨电气集团", "local_name": "哈尔滨电气集团有限公司"},
            {"id": "x2", "name": "Ростех"},
            {"id": "x3", "name": "Acme Trading"},
            {"id": "x4", "name": "中俄 Trade Ltd"},
            {"id": "x5", "name": "黑龙江省黑龙江省黑龙江省黑龙江省黑龙江省黑龙江省黑龙江省"},
            {"id": "x6", "name": "Очень длинное название компании Дальний Восток"},
            {"id": "x7", "name": "e\\u0301cole combining"}
          ],
          "booths": [
            {"id": "b1", "expo": "f1", "exhibitor": "x1", "code": "A-1", "hall": "1", "area_sqm": 36},
            {"id": "b2", "expo": "f1", "exhibitor": "x2", "delegation": "d1", "code": "B-22", "hall": "2", "area_sqm": 120.5},
            {"id": "b3", "expo": "f1", "exhibitor": "x3", "code": "C-3", "area_sqm": 9},
            {"id": "b4", "expo": "f1", "exhibitor": "x4", "code": "D-4"},
            {"id": "b5", "expo": "f1", "exhibitor": "x5", "code": "E-5", "area_sqm": 1},
            {"id": "b6", "expo": "f1", "exhibitor": "x6", "code": "F-6", "area_sqm": 2},
            {"id": "b7", "expo": "f1", "exhibitor": "x7", "code": "G-7", "area_sqm": 3}
          ]
        """)

    /// The display column at which `needle` starts in `line`, or nil.
    static func column(of needle: String, in line: String) -> Int? {
        guard let r = line.range(of: needle) else { return nil }
        return DisplayWidth.of(String(line[..<r.lowerBound]))
    }

    @Test func columnsAfterTheNameStartAtTheSameDisplayColumn() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("intl.json", Self.catalogue)
        let r = try ProcessRunner.pavilion(["search", "--catalog", "intl.json", "--limit", "0"], currentDirectory: dir.path)
        #expect(r.status == 0, "\(r)")
        let lines = r.stdoutLines
        try #require(lines.count == 8, "header and seven booths:\n\(r.stdout)")

        // Every exhibitor appears, the wide ones too.
        for name in ["哈尔滨电气集团", "Ростех", "Acme Trading", "中俄 Trade Ltd", "école combining"] {
            #expect(lines.contains { $0.precomposedStringWithCanonicalMapping.contains(name.precomposedStringWithCanonicalMapping) }, "\(name) missing:\n\(r.stdout)")
        }

        // The EXPO column ("Fair") starts at the same display column on every row as in the header.
        let expoColumn = try #require(Self.column(of: "EXPO", in: lines[0]))
        for line in lines.dropFirst() {
            #expect(Self.column(of: "  Fair  ", in: line).map { $0 + 2 } == expoColumn, "misaligned EXPO column:\n\(r.stdout)")
        }
        // So does the DELEGATION column, after the Cyrillic delegation name.
        let delegationColumn = try #require(Self.column(of: "DELEGATION", in: lines[0]))
        for line in lines.dropFirst() {
            let at = Self.column(of: "Fair  ", in: line).map { $0 + 6 }
            #expect(at == delegationColumn, "misaligned DELEGATION column:\n\(r.stdout)")
        }
        // Right-aligned areas end in the same column: every line has the same display width.
        let widths = Set(lines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "lines of different display widths \(widths):\n\(r.stdout)")
    }

    @Test func longWideNamesAreWholeIntoAPipeAndCutOnATerminal() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("intl.json", Self.catalogue)
        let r = try ProcessRunner.pavilion(["search", "--catalog", "intl.json", "code:E-5"], currentDirectory: dir.path)
        #expect(r.status == 0, "\(r)")
        let row = try #require(r.stdoutLines.last)
        let name = try #require(row.split(separator: "  ", omittingEmptySubsequences: true).dropFirst().first.map(String.init))
        #expect(name.hasPrefix("黑龙江省") && !name.contains("…"), "a pipe gets the whole name: \(row)")
        #expect(DisplayWidth.of(name) > 40, "\(row)")
        // On a terminal the column is cut with "…" at 40 columns.
        let pty = try PseudoTerminal(arguments: ["search", "--catalog", file, "code:E-5"], width: 200)
        try pty.readUntil("…")
        _ = pty.waitFor(exitWithin: 10)
        let shown = String(decoding: pty.output, as: UTF8.self)
        // A terminal's lines end in CRLF.
        let cut = try #require(shown.components(separatedBy: "\r\n").last { $0.contains("…") }, "\(shown)")
        let cell = try #require(cut.split(separator: "  ", omittingEmptySubsequences: true).dropFirst().first.map(String.init))
        #expect(cell.hasPrefix("黑龙江省") && cell.hasSuffix("…") && DisplayWidth.of(cell) <= 40, "\(cut)")
    }

    @Test func jsonKeepsTheTextAsIs() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        try dir.write("intl.json", Self.catalogue)
        let r = try ProcessRunner.pavilion(["search", "--catalog", "intl.json", "ростех", "--json"], currentDirectory: dir.path)
        #expect(r.status == 0, "\(r)")
        let hits = try #require(try parseJSON(r.stdout) as? [[String: Any]])
        #expect((hits.first?["exhibitor"] as? [String: Any])?["name"] as? String == "Ростех")
        #expect((hits.first?["delegation"] as? [String: Any])?["name"] as? String == "Делегация Амурской области")
    }
}
