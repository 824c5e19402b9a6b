import Testing
import ExpoModel
@testable import ExpoTUI

/// Cells, widths, highlights and the run loop.
@Suite struct ScreenTests {
    @Test func wideCharactersTakeTwoCellsWithContinuation() {
        var sc = Screen(size: Size(width: 10, height: 1))
        let w = sc.put("哈a", x: 0, y: 0)
        #expect(w == 3)
        #expect(sc[0, 0].text == "哈")
        #expect(sc[1, 0].isContinuation)
        #expect(sc[2, 0].text == "a")
    }

    @Test func wideCharacterNeverSplitAtTheEdge() {
        var sc = Screen(size: Size(width: 3, height: 1))
        sc.put("a哈尔", x: 0, y: 0)
        #expect(sc.lines() == ["a哈"])
        var sc2 = Screen(size: Size(width: 4, height: 1))
        sc2.put("ab哈", x: 1, y: 0)
        #expect(sc2.lines() == [" ab "], "no room for the second column: a space, not half a character")
    }

    @Test func overwritingHalfAWideCharacterClearsTheOtherHalf() {
        var sc = Screen(size: Size(width: 4, height: 1))
        sc.put("哈哈", x: 0, y: 0)
        sc.put("x", x: 1, y: 0)
        #expect(sc.lines() == [" x哈"])
    }

    @Test func controlCharactersAreShownNotSent() {
        var sc = Screen(size: Size(width: 20, height: 1))
        sc.put("a\u{1b}[2Jb", x: 0, y: 0)
        #expect(sc.lines()[0].hasPrefix("a␛[2Jb"))
        #expect(!sc.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func cjkAndCyrillicRowsStayAligned() throws {
        let s = press(Fixtures.state(120, 24), .enter, .enter)
        let rect = try #require(Layout.of(s).rect(of: .list(.booths)))
        let sc = render(s)
        // The area column ends at the same cell on every row, and every row is the pane's width.
        for row in 0..<3 {
            let y = rect.y + 2 + row
            var line = ""
            for x in rect.x..<(rect.x + rect.width) where !sc[x, y].isContinuation { line += sc[x, y].text }
            #expect(TextWidth.of(line) == rect.width)
            #expect(line.hasSuffix(" │"))
            let digit = sc[rect.x + rect.width - 3, y].text
            #expect(digit.first?.isNumber == true, "row \(row) ends with its area in the same column")
        }
    }

    @Test func cutNamesEndWithEllipsis() {
        let s = press(Fixtures.state(120, 24), .enter, .enter)
        let text = render(s).text
        #expect(text.contains("A-101 Амурский металл… 54"))
        #expect(text.contains("C-003 哈尔滨啤酒        9"), "the area column stays aligned after wide characters")
    }

    @Test func matchesAreHighlightedExactly() throws {
        let s = type(press(Fixtures.state(120, 24), .enter, .enter, .char("/")), "vhg")
        let sc = render(s)
        let rect = try #require(Layout.of(s).rect(of: .list(.booths)))
        let y = rect.y + 2
        // The name column starts where the row's "V" is.
        let nameX = try #require((rect.x..<(rect.x + rect.width)).first { sc[$0, y].text == "V" })
        let styled = (0..<16).filter { sc[nameX + $0, y].style.underline }
        #expect(styled == [0, 3, 11], "V, H and G of 'Vi Holding Group'")
        #expect(sc[nameX, y].style.color == .match)
    }

    @Test func focusedPaneIsBoldNotOnlyColoured() throws {
        let s = Fixtures.state(120, 24)
        let sc = render(s)
        #expect(sc[0, 1].style.bold, "the focused border is bold, so it shows without colour")
        let d = try #require(Layout.of(s).rect(of: .list(.delegations)))
        #expect(!sc[d.x, d.y].style.bold)
        // The selected row of the focused pane is in reverse video.
        #expect(sc[2, 3].style.reverse)
        #expect(!sc[2, 2].style.reverse, "the header row is not selected")
    }

    @Test func runLoopDrawsOncePerBatchAndQuits() {
        let paste = Array(repeating: Event.key(.char("x")), count: 10_000)
        let term = RecordingTerminal(size: Size(width: 100, height: 30), batches: [
            [.key(.char("/"))], paste, [.key(.escape)], [.resize(Size(width: 70, height: 20))], [.key(.char("q"))],
        ])
        let final = runBrowser(BrowserState(catalog: Fixtures.catalog, size: Size(width: 1, height: 1)), on: term)
        #expect(term.pending.isEmpty, "q ended the loop")
        #expect(final.list(.expos).filter.isEmpty)
        #expect(term.screens.count == 5, "initial frame + one per batch before quit")
        // Every key reached the filter in one frame; a query that long is refused with a message.
        #expect(term.screens[2].text.contains(" /…xxxx"), "\(term.screens[2].text)")
        #expect(term.screens[2].text.contains("the query is 10,000 characters long"), "\(term.screens[2].text)")
        #expect(term.screens[4].size == Size(width: 70, height: 20))
    }

    @Test func runLoopEndsWhenInputEnds() {
        let term = RecordingTerminal(size: Size(width: 100, height: 30), batches: [[.key(.down)]])
        let final = runBrowser(BrowserState(catalog: Fixtures.catalog, size: Size(width: 100, height: 30)), on: term)
        #expect(final.list(.expos).cursor == 1)
        #expect(term.screens.count == 2)
    }
}
