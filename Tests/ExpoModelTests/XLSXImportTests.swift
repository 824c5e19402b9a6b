import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import ExpoModel

/// Workbooks through `CSVImporter`: the header row, merged cells, the sheet, errors.
@Suite struct XLSXImportTests {
    static func run(_ book: WorkbookBuilder, _ options: CSVImporter.Options = .init()) throws -> CSVImporter.Result {
        CSVImporter(options: options).run(try book.bytes(), fileName: "list.xlsx")
    }

    static func errors(_ r: CSVImporter.Result) -> [String] { r.diagnostics.filter { $0.severity == .error }.map(\.message) }

    @Test func titleRowsAboveTheHeaderAreSkippedOnce() throws {
        let book = WorkbookBuilder(rows: WorkbookBuilder.row(1, ["Natural Products Expo West 2025"]) + WorkbookBuilder.row(2, ["Updated 1 March"])
            + WorkbookBuilder.row(4, ["Company Name", "Booth#", "Notes"]) + WorkbookBuilder.row(5, ["Acme", "N101", "x"])
            + #"<row r="6"><c r="A6" t="inlineStr"><is><t>Beta</t></is></c><c r="B6"><v>4691</v></c></row>"#)
        let r = try Self.run(book)
        #expect(r.imported == 2)
        #expect(r.headerLine == 4)
        #expect(r.catalog.booths.map(\.code) == ["N101", "4691"])
        #expect(r.catalog.exhibitors.map(\.name) == ["Acme", "Beta"])
        let notes = r.diagnostics.map(\.message)
        #expect(notes == [#"the header is on row 4; rows 1–2 above it skipped ("Natural Products Expo West 2025" and 1 more); use --header-line N to choose another row"#])
    }

    @Test func headerLineAndMappedColumnsChooseTheHeader() throws {
        let book = WorkbookBuilder(rows: WorkbookBuilder.row(1, ["Firma X", "Platz"]) + WorkbookBuilder.row(2, ["Acme", "A1"]) + WorkbookBuilder.row(3, ["Beta", "B2"]))
        var options = CSVImporter.Options(mapping: ["Firma X": .name, "Platz": .code])
        #expect(try Self.run(book, options).imported == 2)
        options.headerLine = 2
        options.mapping = ["Acme": .name]
        let r = try Self.run(book, options)
        #expect(r.headerLine == 2)
        #expect(r.catalog.exhibitors.map(\.name) == ["Beta"])
        options.headerLine = 9
        #expect(Self.errors(try Self.run(book, options)) == [#"--header-line 9: row 9 of the sheet "Sheet1" is empty or beyond its last row (3)"#])
    }

    /// A header merged over two rows names both; a company merged over its booths' rows names each.
    @Test func mergedCellsFillTheCellsBelowThem() throws {
        let rows = WorkbookBuilder.row(1, ["Company", "Stand", ""]) + WorkbookBuilder.row(2, ["", "Hall", "Booth"])
            + WorkbookBuilder.row(3, ["Acme", "7", "E374"]) + WorkbookBuilder.row(4, ["", "7", "E380"]) + WorkbookBuilder.row(5, ["Beta", "9", "A1"])
        let book = WorkbookBuilder(rows: rows, after: #"<mergeCells count="3"><mergeCell ref="A1:A2"/><mergeCell ref="B1:C1"/><mergeCell ref="A3:A4"/></mergeCells>"#)
        let r = try Self.run(book)
        #expect(r.headerLine == 2)
        #expect(r.columns.map(\.header) == ["Company", "Hall", "Booth"])
        #expect(r.catalog.exhibitors.map(\.name) == ["Acme", "Beta"])
        #expect(r.catalog.booths.map(\.code) == ["E374", "E380", "A1"])
        #expect(Set(r.catalog.booths.prefix(2).map(\.exhibitor)) == [r.catalog.exhibitors[0].id])
    }

    @Test func emptyHeaderCellsAndCellsBeyondTheHeader() throws {
        let book = WorkbookBuilder(rows: WorkbookBuilder.row(1, ["Company", "", "Booth"]) + WorkbookBuilder.row(2, ["Acme", "note", "A1", "", "stray"])
            + WorkbookBuilder.row(3, ["Beta", "", "B1"]))
        let r = try Self.run(book)
        #expect(r.imported == 2)
        #expect(r.columns.map(\.header) == ["Company", "Column B", "Booth"])
        #expect(r.diagnostics.map(\.message) == ["1 cell in 1 row to the right of the header's last column (C) ignored; give their column a name in the header row to import them"])
    }

    @Test func aSecondSheetByNameAndANoteOnTheFirst() throws {
        let book = WorkbookBuilder(sheets: [
            .init(name: "Read me", rows: WorkbookBuilder.row(1, ["This list is provisional"])),
            .init(name: "List", rows: WorkbookBuilder.row(1, ["Exhibitor", "Stand"]) + WorkbookBuilder.row(2, ["Acme", "A1"])),
        ])
        let first = try Self.run(book)
        #expect(first.imported == 0)
        #expect(first.diagnostics.first?.message == #"read the first of 2 sheets, "Read me"; use --sheet NAME for another ("List")"#)
        var options = CSVImporter.Options()
        options.sheet = "LIST"
        let r = try Self.run(book, options)
        #expect(r.imported == 1)
        #expect(r.diagnostics.isEmpty)
        options.sheet = "Booths"
        #expect(Self.errors(try Self.run(book, options)) == [#"the workbook has no sheet called "Booths"; its sheets are: "Read me", "List""#])
    }

    @Test func brokenWorkbooksGetOneLine() throws {
        let notWorkbook = try WorkbookBuilder.zip([("readme.txt", Array("hello".utf8))])
        var broken = WorkbookBuilder(rows: WorkbookBuilder.row(1, ["Company"]))
        broken.overrides["xl/worksheets/sheet1.xml"] = Array("<?xml version=\"1.0\"?>\n<worksheet>\n<sheetData><row r=\"1\"><c r=\"A1\"></row>\n</sheetData></worksheet>".utf8)
        var missingSheet = WorkbookBuilder(rows: WorkbookBuilder.row(1, ["Company"]))
        missingSheet.omit = ["xl/worksheets/sheet1.xml"]
        var badEntity = WorkbookBuilder(rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>A &nbsp; B</t></is></c></row>"#)
        badEntity.sharedStrings = []
        var cut = try WorkbookBuilder(rows: WorkbookBuilder.row(1, ["Company"])).bytes()
        cut.removeLast(cut.count / 2)
        let cases: [([UInt8], String)] = [
            (notWorkbook, "the file is a ZIP archive but not an Excel workbook (it has no xl/workbook.xml); open the list in a spreadsheet and save it as .xlsx or CSV"),
            (try broken.bytes(), "xl/worksheets/sheet1.xml, line 3: </row> closes <c>"),
            (try missingSheet.bytes(), #"the workbook lists the sheet "Sheet1" but has no part xl/worksheets/sheet1.xml; it may be damaged"#),
            (try badEntity.bytes(), "xl/worksheets/sheet1.xml, line 3: unknown entity &nbsp;"),
            (cut, "the file starts like a ZIP archive (.xlsx) but is not a readable one; it may be damaged or cut short"),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], ListReadError.oldExcel.description),
        ]
        for (bytes, message) in cases {
            let r = CSVImporter().run(bytes, fileName: "list.xlsx")
            #expect(r.diagnostics.map(\.message) == [message])
            #expect(r.imported == 0)
        }
    }
}

/// `expo-west.xlsx` from ../shared/exhibitor-lists, checked against Foundation's XMLParser.
@Suite struct RealWorkbookTests {
    /// Reads the shared strings and column A and B of the first sheet with `XMLParser`.
    final class Collector: NSObject, XMLParserDelegate {
        var strings: [String] = []
        var cells: [(ref: String, type: String?, value: String)] = []
        private var text = "", ref = "", type: String?, inValue = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "si": text = ""
            case "c": ref = attributes["r"] ?? ""; type = attributes["t"]; text = ""
            case "v", "t": inValue = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { text += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "si": strings.append(text)
            case "c": cells.append((ref, type, text))
            case "v", "t": inValue = false
            default: break
            }
        }
    }

    static func part(_ archive: Archive, _ path: String) throws -> Data {
        var data = Data()
        let entry = try #require(archive[path])
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    @Test func expoWestImportsEveryRow() throws {
        let bytes = try RealExhibitorListTests.bytes("expo-west.xlsx")
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        let collector = Collector()
        for path in ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"] {
            let parser = XMLParser(data: try Self.part(archive, path))
            parser.delegate = collector
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
        func value(_ c: (ref: String, type: String?, value: String)) -> String {
            c.type == "s" ? Int(c.value).map { collector.strings[$0] } ?? "" : c.value
        }
        let names = collector.cells.filter { $0.ref.hasPrefix("A") && $0.ref != "A1" && !value($0).isEmpty }.map(value)
        let booths = collector.cells.filter { $0.ref.hasPrefix("B") && $0.ref != "B1" && !value($0).isEmpty }.map(value)
        #expect(names.count == 3243)

        let r = CSVImporter().run(bytes, fileName: "expo-west.xlsx")
        #expect(r.imported == names.count)
        #expect(r.skipped == 0)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics.prefix(3))")
        #expect(r.columns.map(\.header) == ["COMPANY NAME", "BOOTH#"])
        // Every name is an exhibitor's (how rows of one company are grouped is the row mapper's
        // business, so only the set of names is compared).
        let expected = Set(names.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \t")) })
        let got = Set(r.catalog.exhibitors.map(\.name))
        #expect(expected.subtracting(got).sorted().prefix(5) == [])
        #expect(got.subtracting(expected).sorted().prefix(5) == [])
        #expect(r.catalog.exhibitors.count <= names.count)
        // Cells naming two booths ("N2215, F22") may become one booth or two; the others are one each.
        let codes = r.catalog.booths.compactMap(\.code)
        #expect(codes.count >= booths.count)
        #expect(booths.filter { !$0.contains(",") }.allSatisfy(Set(codes).contains))
        #expect(booths.filter { $0.contains(", ") }.count == 106)
        for name in ["100% Organic New Zealand", "4th & Heart", "A&B VIETNAM INVEST.,JSC", "(re)zip"] {
            #expect(r.catalog.exhibitors.contains { $0.name == name }, "\(name)")
        }
        #expect(r.catalog.booths.contains { $0.code == "4691" })
    }
}
