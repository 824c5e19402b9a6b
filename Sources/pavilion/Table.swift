import ExpoModel
import ExpoTUI

/// A plain-text table whose columns stay aligned by display width, so Chinese (two columns a
/// character) and Cyrillic (one) line up. Columns are sized by the browser's `ColumnSizer`:
/// each takes its content's width, capped at `maxWidth`.
struct Table {
    var headers: [String]
    var rightAligned: Set<Int> = []
    var maxWidth = 40
    var rows: [[String]] = []

    /// The table's lines, cells cut with "…" at `maxWidth` columns.
    func lines() -> [String] {
        let all = [headers] + rows.map { $0.map { SafeText.visible($0) } }
        let specs = headers.indices.map { i in
            ColumnSpec(contentWidth: all.reduce(0) { i < $1.count ? max($0, TextWidth.of($1[i])) : $0 }, maxWidth: maxWidth,
                       alignment: rightAligned.contains(i) ? .right : .left)
        }
        // No terminal width applies to a command's output: the total never binds.
        let widths = ColumnSizer.widths(for: specs, total: Int.max / 4, separator: 2)
        return all.map { r in
            var parts: [String] = []
            for i in headers.indices {
                let cell = TextWidth.truncate(i < r.count ? r[i] : "", to: widths[i])
                let last = i == headers.count - 1
                parts.append(last && !rightAligned.contains(i) ? cell : specs[i].pad(cell, to: widths[i]))
            }
            return parts.joined(separator: "  ")
        }
    }
}
