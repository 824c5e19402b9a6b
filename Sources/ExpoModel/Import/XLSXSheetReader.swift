/// Reads a worksheet part in one pass: its non-empty rows (each with its sheet row number and
/// its cells' texts by column, empty cells and skipped columns as empty texts) and its merged
/// ranges.
struct XLSXSheetReader {
    /// A merged range: rows and columns, 1-based and inclusive.
    struct Range: Equatable {
        var firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int
    }

    /// Excel's largest sheet: 1,048,576 rows of 16,384 columns (A…XFD).
    static let maxRow = 1_048_576, maxColumn = 16_384
    /// The most cells kept, counting the empty ones before a row's last cell: far more than an
    /// exhibitor list has, and few enough to stay within the memory.
    static let maxCells = 20_000_000

    var rows: [CSVReader.Record] = []
    var merges: [Range] = []

    private enum Tag {
        static let row = Array("row".utf8), c = Array("c".utf8), v = Array("v".utf8), t = Array("t".utf8)
        static let rPh = Array("rPh".utf8), mergeCell = Array("mergeCell".utf8), r = Array("r".utf8), s = Array("s".utf8)
        static let ref = Array("ref".utf8), sheetData = Array("sheetData".utf8)
    }

    /// Reads `bytes`, the part at `part`.
    // Over 60 lines: one pass of a state machine over the part's tokens.
    init(_ bytes: [UInt8], part: String, context: XLSXCellValue.Context) throws(ListReadError) {
        var s = XMLScanner(bytes, part: part)
        var fields: [String] = []
        var value: [UInt8] = []
        var rowNumber = 0, column = 0, cells = 0
        var type = XLSXCellValue.CellType.number, style = 0
        var inSheetData = false, inCell = false, capture = false, phonetic = 0
        while true {
            switch try s.next() {
            case .endOfDocument:
                return
            case .start:
                if s.nameIs(Tag.sheetData) {
                    inSheetData = true
                } else if inSheetData, s.nameIs(Tag.row) {
                    let r = s.rawAttribute(Tag.r).flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? rowNumber + 1
                    guard r >= 1, r <= Self.maxRow else { throw s.failure("row number \(r) is outside 1–\(Self.maxRow)") }
                    rowNumber = r
                    column = 0
                    fields.removeAll(keepingCapacity: true)
                } else if inSheetData, s.nameIs(Tag.c) {
                    inCell = true
                    value.removeAll(keepingCapacity: true)
                    type = XLSXCellValue.CellType(s.rawAttribute(Tag.t))
                    style = s.rawAttribute(Tag.s).flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 0
                    let c = s.rawAttribute(Tag.r).flatMap { Self.column(of: $0) } ?? column + 1
                    guard c <= Self.maxColumn else { throw s.failure("a cell beyond the last column XFD") }
                    column = max(c, 1)
                } else if s.nameIs(Tag.rPh) {
                    phonetic += 1
                } else if inCell, phonetic == 0, s.nameIs(Tag.v) || s.nameIs(Tag.t) {
                    capture = true
                } else if s.nameIs(Tag.mergeCell), let ref = s.attribute(Tag.ref), let range = Self.range(ref) {
                    if merges.count < 100_000 { merges.append(range) }
                }
            case .end:
                if s.nameIs(Tag.v) || s.nameIs(Tag.t) {
                    capture = false
                } else if s.nameIs(Tag.rPh) {
                    phonetic -= 1
                } else if inCell, s.nameIs(Tag.c) {
                    inCell = false
                    let text = XLSXCellValue.text(type, value, style: style, context)
                    if !text.isEmpty {
                        if fields.count < column { fields.append(contentsOf: repeatElement("", count: column - fields.count)) }
                        fields[column - 1] = text
                    }
                } else if inSheetData, s.nameIs(Tag.row) {
                    guard !fields.isEmpty else { continue }
                    cells += fields.count
                    guard cells <= Self.maxCells else { throw s.failure("the sheet has over \(Self.maxCells) cells; Pavilion reads lists of up to that size") }
                    rows.append(CSVReader.Record(line: rowNumber, fields: fields))
                } else if s.nameIs(Tag.sheetData) {
                    inSheetData = false
                }
            case .text:
                if capture { try s.appendText(to: &value) }
            }
        }
    }

    /// The 1-based column of a cell reference such as `C5` or `$AB$12`; nil when it has no letters.
    static func column(of ref: ArraySlice<UInt8>) -> Int? {
        var c = 0, letters = 0
        for b in ref {
            if b == 0x24 { continue }
            let upper = b >= 0x61 && b <= 0x7A ? b - 0x20 : b
            guard upper >= 0x41 && upper <= 0x5A else { break }
            c = c * 26 + Int(upper - 0x40)
            letters += 1
            if letters > 3 { return maxColumn + 1 }
        }
        return letters == 0 ? nil : c
    }

    /// The 1-based row of a cell reference such as `C5`.
    static func row(of ref: Substring) -> Int? {
        let digits = ref.drop { !$0.isNumber }
        guard let r = Int(digits), r >= 1, r <= maxRow else { return nil }
        return r
    }

    /// A range such as `A1:C2` (or a single cell `B4`).
    static func range(_ ref: String) -> Range? {
        let parts = ref.split(separator: ":")
        guard let a = parts.first, parts.count <= 2 else { return nil }
        let b = parts.last ?? a
        guard let c1 = column(of: ArraySlice(a.utf8)), let c2 = column(of: ArraySlice(b.utf8)), let r1 = row(of: a), let r2 = row(of: b),
              c1 <= maxColumn, c2 <= maxColumn else { return nil }
        return Range(firstRow: min(r1, r2), lastRow: max(r1, r2), firstColumn: min(c1, c2), lastColumn: max(c1, c2))
    }

    /// The column letters of a 1-based column: 1 → A, 28 → AB.
    static func letters(_ column: Int) -> String {
        var c = column, out: [Character] = []
        while c > 0 {
            let r = (c - 1) % 26
            out.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            c = (c - 1) / 26
        }
        return String(out)
    }
}
