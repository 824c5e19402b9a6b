/// Reads the sheets of an Excel workbook (.xlsx): the archive (its directory read and its parts
/// inflated in memory, see `XLSXPackage`), the workbook's sheet list and date system, its shared strings and number
/// formats, and a sheet's rows in one streaming pass over its XML.
///
/// Cells read as Excel shows them: shared, inline and rich strings (runs joined), numbers
/// (integers without `.0`, decimals to 15 significant digits), `TRUE`/`FALSE`, formula results,
/// dates and times in ISO 8601 (`2025-03-04`, `2025-03-04T10:30`, `10:30`) in the 1900 and
/// 1904 date systems; errors such as `#N/A` read as empty.
public struct XLSXReader {
    /// One sheet's content.
    public struct Sheet: Sendable {
        /// The sheet's name.
        public var name: String
        /// Its non-empty rows: the sheet row number (`line`) and the cells by column, from A.
        public var rows: [CSVReader.Record]
        /// Its merged ranges as `(first row, last row, first column, last column)`, 1-based.
        public var merges: [(firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int)]
    }

    private let package: XLSXPackage
    private let workbook: XLSXWorkbook

    /// The sheets' names, in the workbook's order.
    public var sheetNames: [String] { workbook.sheets.map(\.name) }

    /// Opens a workbook from its bytes.
    /// - Throws: `ListReadError.unreadable` when the bytes are not a readable workbook.
    public init(_ bytes: [UInt8]) throws(ListReadError) {
        package = try XLSXPackage(bytes)
        workbook = try XLSXWorkbook(package)
    }

    /// Reads the sheet called `name` (case-insensitive), or the first sheet when `name` is nil.
    /// - Throws: `ListReadError.unreadable` naming the sheets when there is no such sheet, or
    ///   naming the part and line when a part is broken.
    public func sheet(_ name: String? = nil) throws(ListReadError) -> Sheet {
        let sheet = try workbook.sheet(named: name)
        guard let bytes = try package.part(sheet.path) else {
            throw .unreadable("the workbook lists the sheet \"\(sheet.name)\" but has no part \(sheet.path); it may be damaged", position: nil)
        }
        let strings = try package.part(workbook.sharedStringsPath).map { b throws(ListReadError) in
            try XLSXSharedStrings.read(b, part: workbook.sharedStringsPath)
        } ?? []
        let styles = try package.part(workbook.stylesPath).map { b throws(ListReadError) in
            try XLSXStyles(b, part: workbook.stylesPath)
        } ?? XLSXStyles()
        let context = XLSXCellValue.Context(sharedStrings: strings, styles: styles, date1904: workbook.date1904)
        let read = try XLSXSheetReader(bytes, part: sheet.path, context: context)
        return Sheet(name: sheet.name, rows: read.rows,
                     merges: read.merges.map { ($0.firstRow, $0.lastRow, $0.firstColumn, $0.lastColumn) })
    }
}
