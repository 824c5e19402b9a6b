import ExpoModel

/// A column of a table: its header, how a row's cell reads, and how it is sized.
struct Column {
    /// The header row's text.
    var header: String
    /// The cell of a row.
    var value: (Row) -> String
    /// Right-aligned (numbers).
    var alignRight = false
    /// Takes the room the other columns leave (a name); several share it.
    var flexible = false
    /// Dropped first when the table is too narrow: lower goes first.
    var priority = 1
    /// The narrowest a flexible column gets before others are dropped: a name keeps 14 columns
    /// before a country or a count gives way.
    var minWidth = 14
    /// The widest a fixed column gets.
    var maxWidth = 24
    /// The filter's matches are highlighted in this column (the row's name).
    var isName = false
}

/// One table widget for every list and the search's results: columns sized from the content
/// of the visible rows (ColumnSizer), a header row, the selected row marked, matches
/// highlighted. It draws; the list's cursor and scroll live in `ListState`.
struct TableView {
    var columns: [Column]
    var rows: ArraySlice<Row>
    /// Index in `rows` of the selected row, if visible.
    var selected: Int?
    /// The list has the focus (reverse video on the selection) or not (bold).
    var focused: Bool
    /// Highlighted positions of the name of a row, when they are not in the row already.
    var highlights: (Row) -> Set<Int>

    static let match = Style(color: .match, underline: true)
    static let header = Style(color: .muted, bold: true)

    /// Draws the header row and the rows inside `rect`: two columns for the selection mark, the
    /// columns one apart, and one column free at the right edge.
    func draw(on screen: inout Screen, in rect: Rect) {
        guard rect.width > 2, rect.height > 0 else { return }
        let cells = rows.map { row in columns.map { SafeText.visible($0.value(row)) } }
        let specs = columns.enumerated().map { i, c in
            let content = cells.reduce(TextWidth.of(c.header)) { max($0, TextWidth.of($1[i])) }
            return ColumnSpec(contentWidth: content, minWidth: c.flexible ? c.minWidth : 1, maxWidth: c.flexible ? nil : c.maxWidth,
                              flexible: c.flexible, alignment: c.alignRight ? .right : .left, priority: c.isName ? nil : c.priority)
        }
        let widths = ColumnSizer.widths(for: specs, total: rect.width - 3)
        drawLine(columns.map(\.header), widths: widths, on: &screen, x: rect.x, y: rect.y, width: rect.width, style: Self.header)
        for (line, row) in rows.enumerated() where line + 1 < rect.height {
            var base = Style()
            let isSelected = selected == line
            if isSelected { if focused { base.reverse = true } else { base.bold = true } }
            if row.ref == .allBooths { base.bold = true }
            var hl = Self.match
            hl.reverse = base.reverse
            hl.bold = base.bold
            let y = rect.y + 1 + line
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base)
            screen.put(isSelected ? "▸" : " ", x: rect.x, y: y, style: base)
            drawLine(cells[line], widths: widths, on: &screen, x: rect.x, y: y, width: rect.width, style: base,
                     highlights: highlights(row), highlightStyle: hl)
        }
    }

    private func drawLine(_ texts: [String], widths: [Int], on screen: inout Screen, x: Int, y: Int, width: Int,
                          style: Style, highlights: Set<Int> = [], highlightStyle: Style? = nil) {
        var cx = x + 2
        for (i, c) in columns.enumerated() where widths[i] > 0 {
            let w = widths[i]
            let text = TextWidth.truncate(texts[i], to: w)
            let shown = c.alignRight ? TextWidth.pad(text, to: w, alignRight: true) : text
            screen.put(shown, x: cx, y: y, style: style, maxWidth: w,
                       highlights: c.isName ? highlights : [], highlightStyle: highlightStyle)
            cx += w + 1
        }
    }
}
