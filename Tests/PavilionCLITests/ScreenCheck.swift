import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Checks on a screen captured from tmux, measured the way tmux measures: glibc's `wcwidth`
/// per code point (in a UTF-8 locale), so a grapheme the browser counts differently from the
/// terminal shows up as a row of the wrong width.
enum ScreenCheck {
    typealias WCWidth = @convention(c) (Int32) -> Int32

    /// glibc's `wcwidth` (Glibc's module leaves it out), with the character type set to UTF-8
    /// so it knows non-ASCII.
    private static let wcwidth: WCWidth? = {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth") else { return nil }
        return unsafeBitCast(symbol, to: WCWidth.self)
    }()

    /// Columns a row takes in the terminal.
    static func width(_ row: Substring) -> Int {
        var w = 0
        for u in row.unicodeScalars {
            let c = wcwidth.map { $0(Int32(bitPattern: u.value)) } ?? 1
            w += max(0, Int(c))
        }
        return w
    }

    /// The display column of each character of `set` in a row.
    static func columns(of set: Set<Character>, in row: String) -> [Int] {
        var out: [Int] = []
        var col = 0
        for ch in row {
            if set.contains(ch) { out.append(col) }
            col += width(Substring(String(ch)))
        }
        return out
    }

    /// Why the panes' borders are not whole, or nil when they are. Whole means: the first pane
    /// row starts with ┌ and ends with ┐ in the last column, every row below it down to the
    /// bottom border starts with │ and ends with │ in the last column, the bottom border row
    /// starts with └ and ends with ┘ in the last column, and every one of those rows is exactly
    /// `width` columns wide. Overlays sit inside the panes, so the outer edges stay. Screens too
    /// small for panes ("Terminal too small") pass.
    static func bordersProblem(_ screen: String, width: Int, height: Int) -> String? {
        let rows = ProcessResult.lines(screen)
        if screen.contains("Terminal too small") || width < 40 || height < 10 { return nil }
        guard rows.count == height else { return "the screen has \(rows.count) rows, not \(height)" }
        let top = 1, bottom = height - 2
        for y in top...bottom {
            let row = rows[y]
            let (first, last): (Character, Character) = y == top ? ("┌", "┐") : y == bottom ? ("└", "┘") : ("│", "│")
            let w = Self.width(Substring(row))
            if row.first != first || row.last != last || w != width {
                return "row \(y) is \(w) columns wide (should be \(width)) and runs from \(row.first.map { String($0) } ?? "nothing") to \(row.last.map { String($0) } ?? "nothing") (should be \(first)…\(last)): \(row)"
            }
        }
        return nil
    }

    /// The rows of the panes whose inner borders (│ between panes) are not in the columns of the
    /// top border's corners (┐┌): for screens without an overlay.
    static func innerBordersProblem(_ screen: String, height: Int) -> String? {
        let rows = ProcessResult.lines(screen)
        guard rows.count == height else { return "the screen has \(rows.count) rows, not \(height)" }
        let corners = columns(of: ["┌", "┐"], in: rows[1])
        for y in 2..<(height - 2) {
            let bars = columns(of: ["│"], in: rows[y])
            if bars != corners { return "row \(y) has borders at \(bars), the top border at \(corners): \(rows[y])" }
        }
        return nil
    }

    /// Why the box whose top border holds `title` is not whole, or nil when it is: its top
    /// row's ┐ after the title is in the same column as the │ of every row below it and the ┘
    /// of its bottom row (the first row below starting └ in the box's left column).
    static func boxProblem(_ screen: String, titled title: String) -> String? {
        let rows = ProcessResult.lines(screen)
        guard let top = rows.firstIndex(where: { $0.contains("┌ " + title) }) else { return "no box titled \(title)" }
        let topRow = rows[top]
        // The ┌ that starts the title, and the first ┐ after it.
        let upToTitle = topRow.range(of: "┌ " + title).map { String(topRow[..<$0.upperBound]) } ?? topRow
        guard let leftOfTitle = columns(of: ["┌"], in: upToTitle).last else { return "no ┌ in \(topRow)" }
        guard let right = columns(of: ["┐"], in: topRow).first(where: { $0 > leftOfTitle }) else { return "no ┐ after the title: \(topRow)" }
        var y = top + 1
        while y < rows.count {
            let row = rows[y]
            let bottom = character(at: leftOfTitle, in: row) == "└"
            let want: Character = bottom ? "┘" : "│"
            if character(at: right, in: row) != want {
                return "row \(y) has \(character(at: right, in: row).map { String($0) } ?? "nothing") in column \(right), not \(want): \(row)"
            }
            if bottom { return nil }
            y += 1
        }
        return "the box titled \(title) has no bottom border"
    }

    /// The character that starts at a display column of a row.
    static func character(at column: Int, in row: String) -> Character? {
        var col = 0
        for ch in row {
            if col == column { return ch }
            col += width(Substring(String(ch)))
            if col > column { return nil }
        }
        return nil
    }
}
