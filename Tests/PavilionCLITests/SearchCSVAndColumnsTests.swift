import Foundation
import Testing

/// `pavilion search --csv` and `--columns`, and tables written whole into a pipe.
@Suite("pavilion search --csv and --columns")
struct SearchCSVAndColumnsTests {
    static let header = ["booth code", "exhibitor", "local name", "expo", "delegation", "hall", "area", "country", "id"]

    /// Reads CSV with Python's csv module (the reference reader) and returns the rows as JSON.
    static func pythonRows(_ csv: Data) throws -> [[String]] {
        let script = "import csv, io, json, sys; print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))))"
        let r = try ProcessRunner.run("/usr/bin/env", ["python3", "-c", script], stdin: csv)
        #expect(r.status == 0, "\(r)")
        return try #require(try JSONSerialization.jsonObject(with: r.stdoutData) as? [[String]], "\(r)")
    }

    @Test func csvIsRFC4180WithAHeaderAndOneRecordPerBooth() throws {
        let r = try ProcessRunner.pavilion(["search", "--demo", "a", "--csv", "--limit", "0"])
        #expect(r.status == 0 && r.stderr.isEmpty, "\(r)")
        #expect(r.stdout.hasSuffix("\r\n") && !r.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n\n"))
        let rows = try Self.pythonRows(r.stdoutData)
        #expect(rows.first == Self.header)
        #expect(rows.dropFirst().allSatisfy { $0.count == 9 })
        // The same booths, in the same order, as --json gives.
        let json = try ProcessRunner.pavilion(["search", "--demo", "a", "--json", "--limit", "0"])
        let items = try #require(try parseJSON(json.stdout) as? [[String: Any]])
        let ids = items.compactMap { ($0["booth"] as? [String: Any])?["id"] as? String }
        #expect(rows.count - 1 == ids.count && rows.dropFirst().map { $0[8] } == ids)
        // A name with a comma or a quote survives the round trip.
        let exhibitors = items.compactMap { ($0["exhibitor"] as? [String: Any])?["name"] as? String }
        #expect(rows.dropFirst().map { $0[1] } == exhibitors.map { "=+-@".contains($0.first ?? " ") ? "'" + $0 : $0 })
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() throws {
        let list = "Company,Country,Booth,Area\n\"Acme, \"\"Mills\"\"\",Russia,A-1,12.5\n=SUM(A1),China,B-2,\n"
        let r = try ProcessRunner.pavilion(["search", "--catalog", "-", "--csv", ""], stdin: Data(list.utf8))
        #expect(r.status == 0, "\(r)")
        let rows = try Self.pythonRows(r.stdoutData)
        #expect(rows.count == 3, "\(rows)")
        let acme = try #require(rows.first { $0[0] == "A-1" }, "\(rows)")
        #expect(acme[1] == "Acme, \"Mills\"" && acme[6] == "12.5" && acme[7] == "RU", "\(acme)")
        let formula = try #require(rows.first { $0[0] == "B-2" }, "\(rows)")
        #expect(formula[1] == "'=SUM(A1)" && formula[6] == "", "a formula is shown as text: \(formula)")
    }

    @Test func columnsChooseTheTableAndCSVColumns() throws {
        let table = try ProcessRunner.pavilion(["search", "vi", "holding", "--columns", "id,country,booth"])
        #expect(table.status == 0, "\(table)")
        expectGolden(table.stdout, """
            ID                      COUNTRY  BOOTH
            cre-4-vi-holding-group  RU       —
            """)
        let csv = try ProcessRunner.pavilion(["search", "vi", "holding", "--csv", "--columns", "exhibitor, area"])
        #expect(csv.stdout == "exhibitor,area\r\nVi Holding Group,84\r\n", "\(csv)")
    }

    @Test(arguments: [
        (["--columns", "booth,nmae"], "pavilion: --columns: \"nmae\" is not a column; use booth, exhibitor, local, expo, delegation, hall, area, country, id"),
        (["--columns", ""], "pavilion: --columns needs a list of columns separated by commas: booth, exhibitor, local, expo, delegation, hall, area, country, id"),
        (["--json", "--csv"], "Error: give either --json or --csv, not both"),
        (["kind:event", "--csv"], "pavilion: --csv and --columns are for booths; events found with kind:event come as a table or --json"),
    ])
    func mistakesAreUsageErrors(_ args: [String], _ firstLine: String) throws {
        let r = try ProcessRunner.pavilion(["search", "vi"] + args)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderrLines.first == firstLine, "\(r)")
        #expect(r.stdout.isEmpty)
    }

    @Test func theTableIncludesIdsAndFullNamesIntoAPipe() throws {
        // The bundled catalogue's expo names are longer than the 44 columns a terminal gets.
        let r = try ProcessRunner.pavilion(["stats"])
        #expect(!r.stdout.contains("…"), "\(r.stdout)")
        #expect(r.stdout.contains("China Harbin International Economic and Trade Fair"), "\(r.stdout)")
        let header = try #require(r.stdoutLines.first { $0.hasPrefix("EXPO") })
        #expect(header.hasSuffix("  ID"), "\(header)")
        let search = try ProcessRunner.pavilion(["search", "--demo", "a", "--limit", "3"])
        #expect(search.stdoutLines.first?.hasSuffix("  ID") == true, "\(search)")
    }
}
