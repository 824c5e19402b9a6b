/// The plan as CSV (RFC 4180): a header row, one row per entry in plan order, CRLF line ends,
/// fields quoted when they hold a comma, a double quote or a line break (a multi-line note
/// stays in one quoted field). A UTF-8 byte-order mark comes first unless `byteOrderMark` is
/// false, so spreadsheets read the text as UTF-8.
///
/// Formula injection: a text cell (booth id, code, hall, exhibitor, expo, zone, note) that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a
/// spreadsheet shows it as text instead of running it (OWASP's advice); quoting alone does not
/// stop a formula. The JSON export keeps the text exactly.
extension PlanExporter {
    /// The CSV columns, in order.
    public static let csvColumns = ["start", "end", "time zone", "status", "priority", "booth id", "booth code", "hall",
                                    "exhibitor", "expo", "note", "added"]

    func renderCSV() -> String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        Self.csvRow(Self.csvColumns, into: &out)
        for row in PlanOrder.rows(entries, in: catalog) {
            let e = row.entry
            let cells: [String] = [
                e.start.map(Self.csvTime) ?? "", e.end.map(Self.csvTime) ?? "", Self.textCell(e.start == nil ? nil : e.timeZone),
                e.status.rawValue, e.priority.map(String.init) ?? "", Self.textCell(e.boothID), Self.textCell(row.booth?.code),
                Self.textCell(row.hall), Self.textCell(row.exhibitor ?? "(\(PlanRow.gone))"), Self.textCell(row.expo),
                Self.textCell(e.note), UTCTimestamp.iso(e.added),
            ]
            Self.csvRow(cells, into: &out)
        }
        return out
    }

    /// `2017-06-16 10:30`, which spreadsheets read as a date and time.
    static func csvTime(_ t: LocalDateTime) -> String {
        t.description.replacing("T", with: " ")
    }

    /// Text from the user or the catalogue, with an apostrophe before a leading `=`, `+`, `-`,
    /// `@`, tab or carriage return.
    public static func textCell(_ text: String?) -> String {
        guard let text, let first = text.unicodeScalars.first else { return "" }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
    }

    /// Appends one record, quoting fields as RFC 4180 asks, ended by CRLF.
    public static func csvRow(_ fields: [String], into out: inout String) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out += "," }
            if f.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                out += "\"" + f.replacing("\"", with: "\"\"") + "\""
            } else {
                out += f
            }
        }
        out += "\r\n"
    }
}
