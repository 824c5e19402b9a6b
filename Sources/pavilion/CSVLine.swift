import ExpoModel

/// Lines of RFC 4180 CSV for `pavilion search --csv`, written as `plan export --format csv`
/// writes them (`PlanExporter.csvRow`): fields quoted when they hold a comma, a double quote or
/// a line break, CRLF line ends, and a text cell that starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return given a leading apostrophe, so a spreadsheet shows it as text instead of
/// running it as a formula.
enum CSVLine {
    /// One record, ended by CRLF.
    static func record(_ fields: [String]) -> String {
        var out = ""
        PlanExporter.csvRow(fields, into: &out)
        return out
    }

    /// Catalogue text made safe from formula injection.
    static func text(_ s: String) -> String { PlanExporter.textCell(s) }
}
