import Foundation
import Testing
@testable import ExpoModel

@Suite struct PlanCSVTests {
    static let script = """
    import csv, json, sys
    raw = open(sys.argv[1], "rb").read()
    rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline=""), strict=True))
    print(json.dumps({"bom": raw.startswith(b"\\xef\\xbb\\xbf"), "rows": rows}))
    """

    static func rows(_ text: String) throws -> (bom: Bool, rows: [[String]]) {
        let doc = try #require(PythonCheck.json(script, on: text))
        return (doc["bom"] == .bool(true), doc["rows"]?.elements.map { $0.elements.compactMap(\.text) } ?? [])
    }

    @Test func pythonsCSVModuleReadsEveryCellBack() throws {
        let csv = PlanSample.exporter.render(.csv)
        let (bom, rows) = try Self.rows(csv)
        #expect(bom)
        try #require(rows.count == 8)
        #expect(rows[0] == PlanExporter.csvColumns)
        #expect(rows.dropFirst().map { $0[5] } == ["b5", "b2", "b3", "b1", "b6", "b4", "b99"])
        #expect(rows[4] == ["2017-06-16 10:30", "2017-06-16 11:00", "Asia/Harbin", "to-visit", "1", "b1", "B12", "2", "Vi Holding Group",
                            "Harbin Fair 2017", PlanSample.trickyNote, "2017-06-10T09:00:00Z"])
        #expect(rows[2] == ["2017-06-16 09:00", "2017-06-16 09:45", "Asia/Harbin", "visited", "", "b2", "A-3", "10", "Амурская *Звезда*",
                            "Harbin Fair 2017", "", "2017-06-10T09:00:00Z"])
        #expect(rows[3][10] == PlanSample.chineseNote)
        #expect(rows[5][0...2] == ["2017-06-17 14:00", "2017-06-17 14:30", ""])
        #expect(rows[6] == ["", "", "", "to-visit", "", "b4", "", "", "Vi Holding Group", "Harbin Fair 2017",
                            "'=HYPERLINK(\"http://example.com\")", "2017-06-10T09:00:00Z"])
        #expect(rows[7][3...10] == ["skipped", "", "b99", "", "", "(not in this catalogue any more)", "", "Moved?"])
        // Records end with CRLF; the note's own line break stays inside its quotes.
        #expect(csv.utf8.count > 0 && csv.hasSuffix("\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 9)
    }

    @Test func withoutTheByteOrderMark() throws {
        var exporter = PlanSample.exporter
        exporter.byteOrderMark = false
        let csv = exporter.render(.csv)
        #expect(!csv.hasPrefix("\u{FEFF}"))
        #expect(csv.hasPrefix("start,end,time zone,"))
        #expect(PlanSample.exporter.render(.csv).utf8.prefix(3).elementsEqual([0xEF, 0xBB, 0xBF]))
        let (bom, rows) = try Self.rows(csv)
        #expect(!bom)
        #expect(rows.count == 8)
    }

    @Test func cellsThatASpreadsheetWouldRunAsAFormulaGetAnApostrophe() {
        for text in ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            #expect(PlanExporter.textCell(text) == "'" + text)
        }
        for text in ["1-2", "a=b", "'quoted", "Ж", ""] {
            #expect(PlanExporter.textCell(text) == text)
        }
        #expect(PlanExporter.textCell(nil) == "")
    }

    @Test func fieldsAreQuotedOnlyWhenNeeded() {
        var out = ""
        PlanExporter.csvRow(["plain", "a,b", "say \"hi\"", "two\nlines", "Кириллица"], into: &out)
        #expect(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",Кириллица\r\n")
    }
}
