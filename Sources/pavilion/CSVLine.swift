/// Lines of RFC 4180 CSV for `pavilion search --csv`: fields quoted when they hold a comma, a
/// double quote or a line break, CRLF line ends. A text cell that starts with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text
/// instead of running it as a formula (as `plan export --format csv` does).
enum CSVLine {
    /// One record, ended by CRLF.
    static func record(_ fields: [String]) -> String {
        var out = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { out += "," }
            if f.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                out += "\"" + f.replacing("\"", with: "\"\"") + "\""
            } else {
                out += f
            }
        }
        return out + "\r\n"
    }

    /// Catalogue text made safe from formula injection.
    static func text(_ s: String) -> String {
        guard let first = s.unicodeScalars.first else { return s }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + s : s
    }
}
