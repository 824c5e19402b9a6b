import ExpoModel

/// A grid of styled cells: what `render` returns and the terminal draws.
public struct Screen: Sendable, Equatable {
    /// Its size.
    public let size: Size
    /// Cells, row by row.
    public private(set) var cells: [Cell]

    /// A blank screen.
    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// The cell at (x, y).
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes text at (x, y), clipped to `maxWidth` columns and the screen's edge. Control
    /// characters are made visible first. A wide character that does not fit is replaced by a
    /// space. Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int = .max,
                             highlights: Set<Int> = [], highlightStyle: Style? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let limit = maxWidth >= size.width - x ? size.width : max(x, x + maxWidth)
        var col = x
        var index = 0
        for ch in SafeText.visible(text) {
            let w = TextWidth.of(ch)
            defer { index += 1 }
            if w == 0 {
                // A lone zero-width grapheme: attach nothing, skip.
                continue
            }
            if col + w > limit {
                if col < limit { self[col, y] = Cell(" ", style: style); col += 1 }
                break
            }
            let st = highlights.contains(index) ? (highlightStyle ?? style) : style
            if ch.unicodeScalars.count == 1 {
                if col >= 0 { putCell(String(ch), width: w, x: col, y: y, style: st) }
            } else {
                // A grapheme of several code points takes one cell per spacing character, as
                // the terminal draws it (see GraphemeCells).
                var cx = col
                for cell in GraphemeCells.of(ch) {
                    if cx >= 0 { putCell(cell.text, width: cell.width, x: cx, y: y, style: st) }
                    cx += cell.width
                }
            }
            col += w
        }
        return col - x
    }

    /// One cell of text, and its continuation cell when it is two columns wide.
    private mutating func putCell(_ text: String, width: Int, x: Int, y: Int, style: Style) {
        clearWide(at: x, y)
        self[x, y] = Cell(text, style: style)
        if width == 2 {
            clearWide(at: x + 1, y)
            self[x + 1, y] = Cell("", style: style, isContinuation: true)
        }
    }

    /// Keeps wide characters whole when a cell under them is overwritten.
    private mutating func clearWide(at x: Int, _ y: Int) {
        let i = y * size.width + x
        if cells[i].isContinuation {
            if x > 0 { cells[i - 1] = Cell(" ", style: cells[i - 1].style) }
        } else if x + 1 < size.width, cells[i + 1].isContinuation, TextWidth.of(cells[i].text) == 2 {
            // Only a cell followed by a continuation can be the left half of a wide character.
            cells[i + 1] = Cell(" ", style: cells[i].style)
        }
    }

    /// One border character (always one column wide) at (x, y), if on screen.
    private mutating func putBorder(_ text: String, x: Int, y: Int, style: Style) {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
        clearWide(at: x, y)
        cells[y * size.width + x] = Cell(text, style: style)
    }

    /// Fills a rectangle with a character.
    public mutating func fill(_ rect: Rect, with text: String = " ", style: Style = .plain) {
        for yy in max(0, rect.y)..<min(size.height, rect.y + rect.height) {
            for xx in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
                clearWide(at: xx, yy)
                self[xx, yy] = Cell(text, style: style)
            }
        }
    }

    /// Draws a box border with a title on the top edge and an optional footer on the bottom edge.
    public mutating func box(_ r: Rect, title: String, style: Style, titleStyle: Style, footer: String? = nil) {
        guard r.width >= 2, r.height >= 2 else { return }
        let right = r.x + r.width - 1, bottom = r.y + r.height - 1
        for xx in r.x...right {
            putBorder("─", x: xx, y: r.y, style: style)
            putBorder("─", x: xx, y: bottom, style: style)
        }
        for yy in r.y...bottom {
            putBorder("│", x: r.x, y: yy, style: style)
            putBorder("│", x: right, y: yy, style: style)
        }
        putBorder("┌", x: r.x, y: r.y, style: style)
        putBorder("┐", x: right, y: r.y, style: style)
        putBorder("└", x: r.x, y: bottom, style: style)
        putBorder("┘", x: right, y: bottom, style: style)
        if r.width > 4 {
            put(" " + TextWidth.truncate(title, to: r.width - 4) + " ", x: r.x + 1, y: r.y, style: titleStyle, maxWidth: r.width - 2)
        }
        if let footer, r.width > 4 {
            put(" " + TextWidth.truncate(footer, to: r.width - 4) + " ", x: r.x + 1, y: bottom, style: style, maxWidth: r.width - 2)
        }
    }

    /// The screen's text, one string per row, trailing spaces kept; continuation cells are
    /// skipped so each line reads as the terminal shows it.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var s = ""
            for x in 0..<size.width where !self[x, y].isContinuation { s += self[x, y].text }
            return s
        }
    }

    /// `lines()` with trailing spaces removed, joined by newlines: handy for golden tests.
    public var text: String {
        lines().map { line in
            var l = Substring(line)
            while l.last == " " { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
    }
}
