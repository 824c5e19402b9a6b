import Foundation
import Testing
@testable import ExpoModel

/// The cells of hand-made workbooks, read by `XLSXReader`.
@Suite struct XLSXReaderTests {
    /// The rows of the first sheet of `book`.
    static func rows(_ book: WorkbookBuilder, sheet: String? = nil) throws -> [CSVReader.Record] {
        try XLSXReader(book.bytes()).sheet(sheet).rows
    }

    /// A date as Foundation writes it (UTC), for an independent check of serial numbers.
    static func foundationISO(_ serial: Double, date1904: Bool = false) -> String {
        let base = date1904 ? -24_107.0 : -25_569.0
        let date = Date(timeIntervalSince1970: (serial + base) * 86_400)
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = serial == serial.rounded() ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm"
        return f.string(from: date)
    }

    @Test func sharedInlineAndRichStrings() throws {
        var book = WorkbookBuilder(rows: """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Inline &amp; co</t></is></c>\
            <c r="D1" t="inlineStr"><is><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">inline</t></r></is></c><c r="E1" t="s"><v>2</v></c></row>
            """)
        book.sharedStrings = ["<t>Plain</t>", "<r><t>Bold</t></r><r><rPr><i/></rPr><t xml:space=\"preserve\"> and italic</t></r>",
                              "<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh>"]
        let rows = try Self.rows(book)
        #expect(rows.map(\.fields) == [["Plain", "Bold and italic", "Inline & co", "Rich inline", "東京"]])
        #expect(rows.map(\.line) == [1])
    }

    @Test func numbersBooleansFormulasAndErrors() throws {
        let book = WorkbookBuilder(rows: """
            <row r="1"><c r="A1"><v>4691</v></c><c r="B1"><v>12.0</v></c><c r="C1" t="n"><v>84.5</v></c><c r="D1"><v>0.30000000000000004</v></c>\
            <c r="E1"><v>1.5E+3</v></c><c r="F1"><v>-7</v></c></row>
            <row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="str"><f>A1&amp;"x"</f><v>4691x</v></c>\
            <c r="D2" t="e"><f>VLOOKUP(1,A:A,2)</f><v>#N/A</v></c><c r="E2" t="e"><v>#REF!</v></c><c r="F2"><f>A1*2</f><v>9382</v></c></row>
            """)
        let rows = try Self.rows(book)
        #expect(rows[0].fields == ["4691", "12", "84.5", "0.3", "1500", "-7"])
        // Errors read as empty; a trailing empty cell is not kept.
        #expect(rows[1].fields == ["TRUE", "FALSE", "4691x", "", "", "9382"])
    }

    @Test func emptyAndMissingCellsAndSkippedRows() throws {
        let book = WorkbookBuilder(rows: """
            <row r="2"><c r="B2" t="inlineStr"><is><t>b</t></is></c><c r="E2" t="inlineStr"><is><t>e</t></is></c></row>
            <row r="3"><c r="A3"/><c r="B3" t="inlineStr"><is><t></t></is></c></row>
            <row r="7" spans="1:3"><c t="inlineStr"><is><t>first</t></is></c><c t="inlineStr"><is><t>second</t></is></c><c r="D7"><v>4</v></c></row>
            <row><c r="A8"><v>8</v></c></row>
            """)
        let rows = try Self.rows(book)
        // Row 3 has only empty cells and is left out; a row without r follows the one before.
        #expect(rows.map(\.line) == [2, 7, 8])
        #expect(rows[0].fields == ["", "b", "", "", "e"])
        #expect(rows[1].fields == ["first", "second", "", "4"])
        #expect(rows[2].fields == ["8"])
    }

    /// Built-in date formats (14–22, 45–47) and the East Asian ones (27–36, 50–58), in both date
    /// systems, checked against Foundation's calendar.
    @Test(arguments: [false, true])
    func builtInAndChineseDateFormats(date1904: Bool) throws {
        let ids = Array(14...17) + [22] + Array(27...36) + Array(50...58)
        let serial = date1904 ? 44_258.0 : 45_720.0
        var book = WorkbookBuilder(rows: "<row r=\"1\">" + ids.indices.map { #"<c r="\#(WorkbookBuilder.col($0 + 1))1" s="\#($0 + 1)"><v>\#(Int(serial))</v></c>"# }.joined() + "</row>")
        book.cellXfs = [0] + ids
        book.date1904 = date1904
        let fields = try #require(try Self.rows(book).first).fields
        let expected = Self.foundationISO(serial, date1904: date1904)
        #expect(expected == "2025-03-04")
        #expect(fields == Array(repeating: expected, count: ids.count))
    }

    @Test func datesWithTimesTimesAndCustomFormats() throws {
        var book = WorkbookBuilder(rows: """
            <row r="1"><c r="A1" s="1"><v>45720.4375</v></c><c r="B1" s="2"><v>0.4375</v></c><c r="C1" s="3"><v>45720</v></c>\
            <c r="D1" s="4"><v>45720</v></c><c r="E1" s="5"><v>45720</v></c><c r="F1" s="6"><v>45720.5</v></c><c r="G1" s="7"><v>61</v></c>\
            <c r="H1" s="1"><v>1</v></c><c r="I1" s="8"><v>0.5</v></c><c r="J1" s="3"><v>-3</v></c></row>
            """)
        book.numFmts = [(164, "yyyy\"年\"m\"月\"d\"日\""), (165, "0.00\" days\""), (166, "[Red]#,##0;[$-409]0"), (167, "dd/mm/yyyy hh:mm"),
                        (168, "h:mm AM/PM"), (169, "0.00E+00")]
        book.cellXfs = [0, 22, 20, 164, 165, 166, 167, 14, 168]
        let fields = try #require(try Self.rows(book).first).fields
        #expect(fields[0] == Self.foundationISO(45_720.4375))
        #expect(fields[0] == "2025-03-04T10:30")
        #expect(fields[1] == "10:30")
        #expect(fields[2] == "2025-03-04")
        // Letters inside quotes and brackets do not make a date.
        #expect(fields[3] == "45720")
        #expect(fields[4] == "45720")
        #expect(fields[5] == "2025-03-04T12:00")
        #expect(fields[6] == Self.foundationISO(61))
        #expect(fields[7] == "1900-01-01")
        #expect(fields[8] == "12:00")
        // Out of the calendar's range: the number is kept.
        #expect(fields[9] == "-3")
        #expect(XLSXDateFormat.kind(code: "0.00E+00") == .number)
        #expect(XLSXDateFormat.kind(code: "General") == .number)
        #expect(XLSXDateFormat.kind(code: "mmm-yy") == .date)
        #expect(XLSXDateFormat.kind(code: "[h]:mm:ss") == .time)
        #expect(XLSXDateFormat.kind(code: "[$-F800]dddd, mmmm dd, yyyy") == .date)
    }

    @Test func officeEscapesAndEntities() throws {
        var book = WorkbookBuilder(rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&#x41;&#66;&lt;&gt;&quot;&apos;</t></is></c><c r="C1" t="inlineStr"><is><t><![CDATA[<raw & text>]]></t></is></c></row>"#)
        book.sharedStrings = ["<t>Line_x000D_\nbreak _x005F_x0041_</t>"]
        let fields = try #require(try Self.rows(book).first).fields
        #expect(fields == ["Line\r\nbreak _x0041_", "AB<>\"'", "<raw & text>"])
    }

    @Test func sheetsByNameAndTheFirstByDefault() throws {
        let book = WorkbookBuilder(sheets: [
            .init(name: "Cover", rows: WorkbookBuilder.row(1, ["Title"])),
            .init(name: "Exhibitors 2025", rows: WorkbookBuilder.row(1, ["Company", "Booth"]) + WorkbookBuilder.row(2, ["Acme", "A1"])),
        ])
        let reader = try XLSXReader(book.bytes())
        #expect(reader.sheetNames == ["Cover", "Exhibitors 2025"])
        #expect(try reader.sheet().name == "Cover")
        #expect(try reader.sheet("exhibitors 2025").rows.map(\.fields) == [["Company", "Booth"], ["Acme", "A1"]])
        #expect(throws: ListReadError.unreadable("the workbook has no sheet called \"Booths\"; its sheets are: \"Cover\", \"Exhibitors 2025\"", position: nil)) {
            try reader.sheet("Booths")
        }
    }

    @Test func mergedRangesAreRead() throws {
        let book = WorkbookBuilder(rows: WorkbookBuilder.row(1, ["Company", "Booth"]), after: #"<mergeCells count="2"><mergeCell ref="A1:A3"/><mergeCell ref="B1:C1"/></mergeCells>"#)
        let sheet = try XLSXReader(book.bytes()).sheet()
        #expect(sheet.merges.map { [$0.firstRow, $0.lastRow, $0.firstColumn, $0.lastColumn] } == [[1, 3, 1, 1], [1, 1, 2, 3]])
    }

    @Test func cellReferencesAndNumbers() {
        #expect(XLSXSheetReader.column(of: ArraySlice("C5".utf8)) == 3)
        #expect(XLSXSheetReader.column(of: ArraySlice("$AB$12".utf8)) == 28)
        #expect(XLSXSheetReader.column(of: ArraySlice("XFD1".utf8)) == 16_384)
        #expect(XLSXSheetReader.letters(28) == "AB")
        #expect(XLSXCellValue.decimal(1.0 / 3.0) == "0.333333333333333")
        #expect(XLSXCellValue.decimal(-2.5) == "-2.5")
        #expect(XLSXCellValue.decimal(1e20) == "1e+20")
    }
}
