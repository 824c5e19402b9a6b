import ExpoModel
import ExpoTUI

/// A plain-text table whose columns stay aligned by display width, so Chinese (two columns a
/// character) and Cyrillic (one) line up. Columns are sized by the browser's `ColumnSizer`:
/// each takes its content's width, capped at `maxWidth` when standard output is a terminal; into
/// a pipe or a file nothing is cut, so scripts get full names.
struct Table {
    var headers: [String]
    var rightAligned: Set<Int> = []
    var maxWidth = 40
    var rows: [[String]] = []

    /// The cap on a column's width: `maxWidth` on a terminal, none otherwise.
    var effectiveMaxWidth: Int { Console.isTerminal(1) ? maxWidth : 1_000_000 }

    /// The table's lines, cells cut with "…" at `maxWidth` columns on a terminal.
    func lines() -> [String] {
        let widths = columnWidths(rows)
        return ([headers] + rows).map { line($0, widths: widths) }
    }

    /// The widths of the columns for these rows (and the headers), read once: rows may be
    /// produced on demand and never kept (see `Search`).
    func columnWidths(_ rows: some Sequence<[String]>) -> [Int] {
        var content = headers.map { TextWidth.of(SafeText.visible($0)) }
        for r in rows {
            for i in headers.indices where i < r.count {
                content[i] = max(content[i], TextWidth.of(SafeText.visible(r[i])))
            }
        }
        let specs = headers.indices.map { i in
            ColumnSpec(contentWidth: content[i], maxWidth: effectiveMaxWidth, alignment: rightAligned.contains(i) ? .right : .left)
        }
        // No terminal width applies to a command's output: the total never binds.
        return ColumnSizer.widths(for: specs, total: Int.max / 4, separator: 2)
    }

    /// One row laid out in columns of `widths`, control characters made visible.
    func line(_ row: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for i in headers.indices {
            let cell = TextWidth.truncate(i < row.count ? SafeText.visible(row[i]) : "", to: widths[i])
            let last = i == headers.count - 1
            let spec = ColumnSpec(contentWidth: widths[i], maxWidth: widths[i], alignment: rightAligned.contains(i) ? .right : .left)
            parts.append(last && !rightAligned.contains(i) ? cell : spec.pad(cell, to: widths[i]))
        }
        return parts.joined(separator: "  ")
    }
}
