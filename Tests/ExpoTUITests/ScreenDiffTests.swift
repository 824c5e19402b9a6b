import Testing
import ExpoModel
@testable import ExpoTUI

/// `Screen.diff`: which cells the terminal writes between two frames.
@Suite struct ScreenDiffTests {
    /// A one-row screen holding `text`.
    func row(_ text: String, width: Int, style: Style = .plain) -> Screen {
        var sc = Screen(size: Size(width: width, height: 1))
        sc.put(text, x: 0, y: 0, style: style)
        return sc
    }

    /// The changes as "x:text" (row 0), for short expectations.
    func written(_ d: ScreenDiff) -> [String] {
        d.changes.map { "\($0.x):\($0.cell.text)" }
    }

    @Test func identicalScreensGiveNoChanges() {
        var sc = Screen(size: Size(width: 30, height: 4))
        sc.put("Harbin 哈尔滨 Амур", x: 1, y: 1, style: Style(color: .accent, bold: true))
        sc.box(Rect(x: 0, y: 0, width: 30, height: 4), title: "Expos", style: .plain, titleStyle: Style(bold: true))
        let d = sc.diff(from: sc)
        #expect(!d.erasesFirst)
        #expect(d.changes.isEmpty)
        #expect(d.isEmpty)
    }

    @Test func oneChangedCellIsTheOnlyChange() {
        let before = row("abcdef", width: 8)
        var after = before
        after[3, 0] = Cell("X")
        let d = after.diff(from: before)
        #expect(!d.erasesFirst)
        #expect(d.changes == [CellChange(x: 3, y: 0, cell: Cell("X"))])
    }

    @Test func changesOnSeveralRowsComeInRowOrder() {
        var before = Screen(size: Size(width: 4, height: 3))
        before.put("aaaa", x: 0, y: 0)
        var after = before
        after[2, 2] = Cell("z")
        after[1, 0] = Cell("y")
        let d = after.diff(from: before)
        #expect(d.changes.map { [$0.x, $0.y] } == [[1, 0], [2, 2]])
    }

    @Test func aChangeOfStyleAloneIsAChange() {
        let before = row("abc", width: 3)
        var after = before
        after[1, 0] = Cell("b", style: Style(reverse: true))
        #expect(written(after.diff(from: before)) == ["1:b"])
        #expect(after.diff(from: before).changes.first?.cell.style.reverse == true)

        // On a wide character: the whole character is written again from its left cell.
        let plain = row("哈x", width: 3)
        let bold = row("哈x", width: 3, style: Style(bold: true))
        let d = bold.diff(from: plain)
        #expect(written(d) == ["0:哈", "2:x"])
        #expect(d.changes.allSatisfy { $0.cell.style.bold })
    }

    @Test func onlyTheRightHalfOfAWideCharacterChangedStyle() {
        let before = row("哈", width: 2)
        var after = before
        after[1, 0] = Cell("", style: Style(underline: true), isContinuation: true)
        #expect(written(after.diff(from: before)) == ["0:哈"], "the continuation cell is written through its wide character")
    }

    @Test func wideCharacterOverTwoNarrowOnes() {
        let before = row("abcd", width: 4)
        let after = row("a哈d", width: 4)
        let d = after.diff(from: before)
        #expect(written(d) == ["1:哈"], "one write covers columns 1 and 2; the continuation is never written on its own")
        #expect(!d.changes.contains { $0.cell.isContinuation })
    }

    @Test func wideCharacterShiftedOneColumn() {
        // "a哈 " → "哈bc": the wide character now starts at 0; column 2 (its old right half)
        // is a narrow character again and must be written.
        let before = row("a哈 ", width: 4)
        let after = row("哈bc", width: 4)
        #expect(written(after.diff(from: before)) == ["0:哈", "2:b", "3:c"])
    }

    @Test func narrowCharactersOverAWideOne() {
        let before = row("x哈y", width: 4)
        let after = row("xaby", width: 4)
        #expect(written(after.diff(from: before)) == ["1:a", "2:b"])

        // Only the left half replaced: the right half becomes a space (Screen.put keeps wide
        // characters whole) and is written too, as the terminal blanks the whole character.
        var half = before
        half.put("a", x: 1, y: 0)
        #expect(half.lines() == ["xa y"])
        #expect(written(half.diff(from: before)) == ["1:a", "2: "])

        // Only the right half replaced: the left half becomes a space.
        var right = before
        right.put("b", x: 2, y: 0)
        #expect(right.lines() == ["x by"])
        #expect(written(right.diff(from: before)) == ["1: ", "2:b"])
    }

    @Test func oneWideCharacterReplacedByAnother() {
        let before = row("哈尔", width: 4)
        let after = row("哈滨", width: 4)
        #expect(written(after.diff(from: before)) == ["2:滨"])
    }

    @Test func sizeChangeOrNoPreviousScreenWritesEverything() {
        let after = row("a哈b", width: 4)
        for previous in [nil, row("a哈b", width: 5), Screen(size: Size(width: 4, height: 2))] as [Screen?] {
            let d = after.diff(from: previous)
            #expect(d.erasesFirst)
            #expect(written(d) == ["0:a", "1:哈", "3:b"], "every cell but the continuation")
        }
    }

    @Test func emptyScreens() {
        let empty = Screen(size: Size(width: 0, height: 0))
        #expect(empty.diff(from: empty).isEmpty)
        #expect(empty.diff(from: nil) == ScreenDiff(erasesFirst: true, changes: []))
    }

    @Test func applyingTheDiffReproducesTheScreen() {
        // Replaying the changes on the old screen's text, the way a terminal does (a wide
        // character takes two columns, and writing over either half blanks the other), gives
        // the new screen's text, for every pair of rows drawn from narrow and wide characters.
        let pieces = ["a", "b", "哈", "尔", " "]
        var rows: [String] = []
        func build(_ prefix: String, _ width: Int) {
            if width >= 4 { rows.append(prefix); return }
            for p in pieces { build(prefix + p, width + TextWidth.of(p)) }
        }
        build("", 0)
        for old in rows.prefix(60) {
            for new in rows.suffix(60) {
                let before = row(old, width: 4), after = row(new, width: 4)
                var terminal = before
                for c in after.diff(from: before).changes {
                    terminal.put(c.cell.text, x: c.x, y: c.y, style: c.cell.style)
                }
                #expect(terminal.lines() == after.lines(), "\(old) → \(new)")
            }
        }
    }
}
