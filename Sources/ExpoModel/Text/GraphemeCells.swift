/// How a grapheme is drawn on a terminal: the cells it takes and what each one holds.
///
/// Terminals lay text out per code point, not per grapheme: each spacing character takes one
/// or two cells (as glibc's `wcwidth` says) and zero-width marks join the cell before them.
/// So a grapheme is drawn as one cell per spacing character: a flag is two regional indicators
/// of one column each, Thai "จำ" is two cells and Devanagari "क्ष" too (a consonant with its
/// virama, then the next consonant). A curses cell holds at most five code points, so at most
/// four marks are kept on a cell.
///
/// Where terminals disagree (a ZWJ sequence such as 👨‍👩‍👧 takes 2, 6 or 4 columns depending
/// on the terminal; a skin-tone modifier; a tag sequence; the width an emoji variation
/// selector gives), a replacement that every terminal draws alike is used: the sequence's
/// first emoji alone, and variation selectors and other zero-width joiners left out.
public enum GraphemeCells {
    /// One cell of a drawn grapheme: a spacing character with the marks that follow it.
    public struct Cell: Sendable, Equatable {
        /// The code points sent to the terminal for this cell.
        public var text: String
        /// Columns it takes: 1 or 2.
        public var width: Int
    }

    /// The most code points in one cell: a spacing character and four marks (curses' CCHARW_MAX).
    public static let maxScalarsPerCell = 5

    /// The cells a grapheme is drawn as, left to right; empty for a grapheme that takes no
    /// column (a lone mark or a control character).
    public static func of(_ c: Character) -> [Cell] {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return [] }
        if scalars.count == 1 {
            let w = TextWidth.scalarWidth(first)
            return w == 0 ? [] : [Cell(text: String(c), width: w)]
        }
        if isEmojiSequenceTerminalsDisagreeOn(scalars) {
            return [Cell(text: String(first), width: max(1, TextWidth.scalarWidth(first)))]
        }
        var cells: [Cell] = []
        var scalarsInLast = 0
        for u in scalars {
            // Variation selectors change the width on some terminals only; a zero-width joiner
            // outside emoji makes tmux fold the next character into the cell before it.
            if u.value == 0xFE0E || u.value == 0xFE0F || u.value == 0x200D { continue }
            let w = TextWidth.scalarWidth(u)
            if w == 0 {
                // A mark: on the cell before it, if there is one and it has room.
                if !cells.isEmpty, scalarsInLast < maxScalarsPerCell {
                    cells[cells.count - 1].text.unicodeScalars.append(u)
                    scalarsInLast += 1
                }
                continue
            }
            cells.append(Cell(text: String(u), width: w))
            scalarsInLast = 1
        }
        return cells
    }

    /// Columns a grapheme takes as drawn by `of`.
    public static func width(_ c: Character) -> Int {
        var w = 0
        for cell in of(c) { w += cell.width }
        return w
    }

    /// Emoji ZWJ sequences, emoji with a skin-tone modifier, and tag sequences (subdivision
    /// flags): terminals draw these at different widths.
    static func isEmojiSequenceTerminalsDisagreeOn(_ scalars: Character.UnicodeScalarView) -> Bool {
        guard let first = scalars.first, first.properties.isEmoji, first.value > 0x7F else { return false }
        for u in scalars.dropFirst() {
            let v = u.value
            if v == 0x200D || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v) { return true }
        }
        return false
    }
}
