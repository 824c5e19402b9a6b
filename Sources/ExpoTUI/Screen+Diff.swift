/// One cell the terminal must write to go from the last frame to the next.
public struct CellChange: Sendable, Equatable {
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int
    /// What to write there. Never a continuation cell: a wide character is written from its
    /// left cell, and the terminal fills the right one.
    public var cell: Cell

    /// Creates a change.
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

/// What the terminal must do to show a screen after another: erase first or not, then write
/// the changed cells (row by row, left to right).
public struct ScreenDiff: Sendable, Equatable {
    /// True when there was no last frame or it had another size: the terminal erases
    /// everything before writing, and `changes` then holds every cell of the new screen.
    public var erasesFirst: Bool
    /// The cells to write, in row-major order.
    public var changes: [CellChange]

    /// Creates a diff.
    public init(erasesFirst: Bool, changes: [CellChange]) {
        self.erasesFirst = erasesFirst
        self.changes = changes
    }

    /// True when there is nothing to do.
    public var isEmpty: Bool { !erasesFirst && changes.isEmpty }
}

extension Screen {
    /// The cells to write so that a terminal showing `previous` shows this screen.
    ///
    /// A cell is written when its text or its style changed (a change of style alone is a
    /// change). Continuation cells (the right half of a wide character) are never written on
    /// their own: a wide character is written from its left cell whenever either half of it
    /// changed, so the terminal redraws both columns. A narrow character that takes the place
    /// of either half of a wide one differs from the continuation cell or the wide cell it
    /// replaces, so it is written too; and since the terminal blanks the whole wide character
    /// when one half is overwritten, the neighbouring half is always rewritten in the same
    /// frame (it changed as well). Like ratatui's `Buffer::diff`, this relies on screens being
    /// well formed, as `Screen.put` and `fill` keep them: a continuation cell follows every
    /// wide character and nothing else.
    ///
    /// - Parameter previous: the screen the terminal shows now, or nil when unknown (first
    ///   frame, or after a resume): then, as after a change of size, everything is written
    ///   after an erase (`erasesFirst`).
    public func diff(from previous: Screen?) -> ScreenDiff {
        guard let previous, previous.size == size else {
            var all: [CellChange] = []
            all.reserveCapacity(cells.count)
            for y in 0..<size.height {
                for x in 0..<size.width where !self[x, y].isContinuation {
                    all.append(CellChange(x: x, y: y, cell: self[x, y]))
                }
            }
            return ScreenDiff(erasesFirst: true, changes: all)
        }
        var changes: [CellChange] = []
        let width = size.width
        for y in 0..<size.height {
            let row = y * width
            for x in 0..<width {
                let cell = cells[row + x]
                if cell.isContinuation { continue }
                var changed = cell != previous.cells[row + x]
                // A wide character whose right half changed (it was a narrow character, or
                // half of another wide one) is written again whole.
                if !changed, x + 1 < width {
                    let next = cells[row + x + 1]
                    changed = next.isContinuation && next != previous.cells[row + x + 1]
                }
                if changed { changes.append(CellChange(x: x, y: y, cell: cell)) }
            }
        }
        return ScreenDiff(erasesFirst: false, changes: changes)
    }
}
