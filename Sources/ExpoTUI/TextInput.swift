import ExpoModel

/// A one-line text field: the text, a cursor, the editing keys and a horizontally scrolled view.
///
/// Used for the list filter, the search overlay and the `:` command line. The cursor counts
/// graphemes (`Character`s), so an accented letter written as a letter and a combining mark, a
/// flag or an emoji ZWJ sequence is one step and one deletion, and the cursor never lands inside
/// one. Text that reaches the field is one line: newlines and tabs become spaces, other control
/// characters and bidirectional formatting characters are dropped.
///
/// Every operation is linear in the text at worst, so a megabyte paste stays usable. Editing at
/// the end of the text (the usual case) only looks at the last few characters: the grapheme
/// boundaries before the character in front of an edit cannot change, so the count is kept
/// from there instead of recounted from the start.
public struct TextInput: Sendable, Equatable {
    /// The text in the field.
    public private(set) var text: String
    /// Where the cursor is, in graphemes from the start: `0...text.count`.
    public private(set) var cursor: Int
    /// `text.count`, kept up to date by every edit.
    private var length: Int

    /// A field holding `text` (made one line), with the cursor at the end.
    public init(_ text: String = "") {
        let clean = Self.sanitized(text)
        self.text = clean
        length = clean.count
        cursor = length
    }

    /// Replaces the text (made one line) and puts the cursor at the end.
    public mutating func setText(_ newText: String) {
        self = TextInput(newText)
    }

    /// Inserts `s` at the cursor and puts the cursor after it, as typing or a paste does.
    ///
    /// Newlines (CR, LF or CR LF), tabs and the other line and page breaks become one space
    /// each; other control characters and bidirectional formatting characters are dropped. A
    /// combining mark typed after a letter joins it, and the cursor goes after the joined
    /// grapheme.
    public mutating func insert(_ s: String) {
        let clean = Self.sanitized(s)
        guard !clean.isEmpty else { return }
        replace(cursor, cursor, with: clean, cursorAfterInsertion: true)
    }

    /// Applies an editing key and returns true when the key belongs to the field (whether or not
    /// the text changed); other keys return false and leave the field alone.
    ///
    /// - A printable `.char` inserts it.
    /// - `.left`/`.ctrl("b")` and `.right`/`.ctrl("f")` move one grapheme; `.home`/`.ctrl("a")`
    ///   and `.end`/`.ctrl("e")` go to the start and the end.
    /// - `.backspace` deletes the grapheme before the cursor (terminals send Ctrl-H as it);
    ///   `.delete` and `.ctrl("d")` the one at the cursor.
    /// - `.ctrl("w")` deletes the word before the cursor: the spaces, then the non-spaces, as
    ///   readline's unix-word-rubout.
    /// - `.ctrl("k")` deletes to the end, `.ctrl("u")` to the start.
    ///
    /// Enter, Esc, Tab, Up, Down and the other control keys are left to the caller, which may
    /// also take any of the keys above before the field sees them.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .char(c):
            guard !c.unicodeScalars.contains(where: SafeText.needsEscape) else { return false }
            insert(String(c))
        case .left, .ctrl("b"):
            cursor = max(0, cursor - 1)
        case .right, .ctrl("f"):
            cursor = min(length, cursor + 1)
        case .home, .ctrl("a"):
            cursor = 0
        case .end, .ctrl("e"):
            cursor = length
        case .backspace:
            if cursor > 0 { replace(cursor - 1, cursor, with: "", cursorAfterInsertion: false) }
        case .delete, .ctrl("d"):
            if cursor < length { replace(cursor, cursor + 1, with: "", cursorAfterInsertion: false) }
        case .ctrl("w"):
            let start = wordStart()
            if start < cursor { replace(start, cursor, with: "", cursorAfterInsertion: false) }
        case .ctrl("k"):
            if cursor < length { replace(cursor, length, with: "", cursorAfterInsertion: false) }
        case .ctrl("u"):
            if cursor > 0 { replace(0, cursor, with: "", cursorAfterInsertion: false) }
        default:
            return false
        }
        return true
    }

    /// What to draw in a field `width` columns wide: the text, scrolled so the cursor is in view,
    /// and the column of the cursor cell (where the caller draws the cursor block: on the
    /// grapheme at the cursor, or after the text when the cursor is at the end).
    ///
    /// Text that fits is shown whole. Otherwise the view starts at the beginning while the
    /// cursor fits there; past that, the cursor sits at the right edge with as much text before
    /// it as fits. A cut end shows `…` in one column. A wide character is never split, so the
    /// text may be a column narrower than the field. The cursor cell is always inside the field
    /// (`cursorColumn < width`) when `width > 0`.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        // The whole text, when it fits with the cursor cell (one more column at the end).
        var total = 0, prefix = 0, count = 0
        var i = text.startIndex
        while i < text.endIndex, total <= width {
            if count == cursor { prefix = total }
            total += TextWidth.of(text[i])
            i = text.index(after: i)
            count += 1
        }
        if i == text.endIndex {
            if cursor == length { prefix = total }
            if total + (cursor == length ? 1 : 0) <= width { return (text, prefix) }
        }

        let cursorIndex = index(cursor)
        let atEnd = cursor == length
        let cursorEnd = atEnd ? cursorIndex : text.index(after: cursorIndex)
        let cursorCell = atEnd ? 1 : max(1, TextWidth.of(text[cursorIndex]))
        // One column for what follows the cursor: a `…`, or a last one-column grapheme.
        let after = cursorEnd < text.endIndex ? 1 : 0

        // The view's left end: the start while the cursor fits, else as far back as fits.
        var start = text.startIndex
        var leftCut = false
        var leftWidth = columns(from: text.startIndex, to: cursorIndex, limit: width)
        if leftWidth + cursorCell + after > width {
            let room = width - 1 - cursorCell - after
            guard room >= 0 else {
                // Too narrow for anything but the cursor's grapheme.
                return (atEnd || cursorCell > width ? "" : String(text[cursorIndex]), 0)
            }
            var used = 0
            start = cursorIndex
            while start > text.startIndex {
                let previous = text.index(before: start)
                let w = TextWidth.of(text[previous])
                if used + w > room { break }
                used += w
                start = previous
            }
            leftCut = true
            leftWidth = 1 + used
        }

        let (end, rightCut) = rightEnd(after: cursorEnd, room: width - leftWidth - cursorCell)
        var out = leftCut ? "…" : ""
        out += text[start..<end]
        if rightCut { out += "…" }
        return (out, leftWidth)
    }

    /// The right end of the view: everything after the cursor if it fits in `room`, else what
    /// fits before a `…` (and true).
    private func rightEnd(after cursorEnd: String.Index, room: Int) -> (String.Index, Bool) {
        guard columns(from: cursorEnd, to: text.endIndex, limit: room) > room else { return (text.endIndex, false) }
        var end = cursorEnd
        var used = 0
        while end < text.endIndex {
            let w = TextWidth.of(text[end])
            if used + w > room - 1 { break }
            used += w
            end = text.index(after: end)
        }
        return (end, true)
    }

    // MARK: - Editing

    /// Replaces the graphemes `lo..<hi` with `s` (already one line) and places the cursor: after
    /// the inserted text, rounded up to the end of a grapheme it joined, or at the edit, rounded
    /// down to the start of a grapheme the neighbours joined into.
    ///
    /// Grapheme boundaries depend only on what precedes them and the next scalar, so every
    /// boundary up to the start of the grapheme before `lo` stays where it was: counting resumes
    /// there and walks only the rest of the text.
    private mutating func replace(_ lo: Int, _ hi: Int, with s: String, cursorAfterInsertion: Bool) {
        let loIndex = index(lo)
        let hiIndex = text.index(loIndex, offsetBy: hi - lo)
        let anchorCount = max(0, lo - 1)
        let anchor = lo > 0 ? text.index(before: loIndex) : text.startIndex
        let anchorOffset = text.utf8.distance(from: text.startIndex, to: anchor)
        let editOffset = text.utf8.distance(from: text.startIndex, to: loIndex)

        text.replaceSubrange(loIndex..<hiIndex, with: s)

        // Offsets into UTF-8 survive the edit where indices do not.
        let target = text.utf8.index(text.startIndex, offsetBy: editOffset + s.utf8.count)
        var j = text.utf8.index(text.startIndex, offsetBy: anchorOffset)
        var n = anchorCount
        var startsBefore = anchorCount, endsBefore = anchorCount
        while j < text.endIndex {
            let next = text.index(after: j)
            if j < target { startsBefore = n + 1 }
            if next <= target { endsBefore = n + 1 }
            n += 1
            j = next
        }
        length = n
        cursor = cursorAfterInsertion ? startsBefore : endsBefore
    }

    /// Where Ctrl-W's deletion starts: back over spaces, then over non-spaces.
    private func wordStart() -> Int {
        var k = cursor
        var i = index(cursor)
        while k > 0 {
            let previous = text.index(before: i)
            guard text[previous].isWhitespace else { break }
            i = previous
            k -= 1
        }
        while k > 0 {
            let previous = text.index(before: i)
            guard !text[previous].isWhitespace else { break }
            i = previous
            k -= 1
        }
        return k
    }

    // MARK: - Helpers

    /// The index of grapheme `k`, walked to from the nearer end.
    private func index(_ k: Int) -> String.Index {
        k <= length - k
            ? text.index(text.startIndex, offsetBy: k)
            : text.index(text.endIndex, offsetBy: k - length)
    }

    /// Columns of `text[from..<to]`, or a number above `limit` once it is clear it is above.
    private func columns(from: String.Index, to: String.Index, limit: Int) -> Int {
        var w = 0
        var i = from
        while i < to, w <= limit {
            w += TextWidth.of(text[i])
            i = text.index(after: i)
        }
        return w
    }

    /// The text made one line: CR LF, CR, LF, tab, vertical tab, form feed, NEL and the Unicode
    /// line and paragraph separators become one space each; other C0 and C1 controls, DEL and
    /// bidirectional formatting characters are dropped.
    static func sanitized(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for u in s.unicodeScalars {
            let v = u.value
            if v == 0x0A, afterCR { afterCR = false; continue }
            afterCR = v == 0x0D
            switch v {
            case 0x09...0x0D, 0x85, 0x2028, 0x2029:
                out.append(" ")
            default:
                if !SafeText.needsEscape(u) { out.append(u) }
            }
        }
        return String(out)
    }
}
