/// A list read from any kind of file, before its columns are mapped: a header row and the rows
/// under it, each with the line (CSV), sheet row (Excel) or record number (JSON) it came from.
///
/// Every reader (CSV, Excel, a directory's JSON export) produces one; `CSVImporter` maps it to a
/// catalogue the same way whatever the file was.
public struct ListTable: Sendable {
    /// The header row; nil when the file has none.
    public var header: CSVReader.Record?
    /// The rows under the header, in file order. A `broken` row is counted as skipped.
    public var rows: [CSVReader.Record]
    /// What the reader noticed (encoding, skipped title lines, rows it could not read), by line.
    public var notes: [Diagnostic]
    /// The delimiter, for CSV.
    public var delimiter: UInt8
    /// The encoding the text was read in.
    public var encoding: TextEncoding
    /// How diagnostics name a row's place: "line" (CSV), "row" (Excel), "record" (JSON).
    public var unit: String

    /// Creates a table.
    public init(header: CSVReader.Record?, rows: [CSVReader.Record], notes: [Diagnostic] = [], delimiter: UInt8 = UInt8(ascii: ","),
                encoding: TextEncoding = .utf8, unit: String = "line") {
        self.header = header
        self.rows = rows
        self.notes = notes
        self.delimiter = delimiter
        self.encoding = encoding
        self.unit = unit
    }
}
