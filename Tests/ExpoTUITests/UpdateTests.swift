import Testing
import ExpoModel
@testable import ExpoTUI

/// `update` for every key binding, the typing modes, mouse and resize.
@Suite struct UpdateTests {
    let wide = Fixtures.state(120, 30)

    @Test func everyActionIsBoundAndDocumented() {
        for action in Action.allCases {
            let b = Keymap.bindings.filter { $0.action == action }
            #expect(b.count == 1, "action \(action) must have exactly one binding row")
            #expect(!(b.first?.keys.isEmpty ?? true))
            #expect(!(b.first?.help.isEmpty ?? true))
        }
        // No key is bound twice.
        let keys = Keymap.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func helpOverlayListsEveryBinding() {
        let s = press(Fixtures.state(160, 60), .char("?"))
        let text = render(s).text
        for b in Keymap.bindings {
            #expect(text.contains(b.help), "help lacks \(b.help)")
            #expect(text.contains(b.keys.map(\.label).joined(separator: " ")))
        }
        #expect(press(s, .escape).overlay == .none)
        #expect(press(s, .char("?")).overlay == .none)
    }

    @Test func downAndUpMoveOneRow() {
        for (down, up) in [(Key.down, Key.up), (.char("j"), .char("k"))] {
            let s = press(wide, down)
            #expect(s.lists[0].cursor == 1)
            #expect(s.selectedExpo?.id == "e2")
            #expect(press(s, up).lists[0].cursor == 0)
            // Clamped at the ends.
            #expect(press(wide, up).lists[0].cursor == 0)
            #expect(press(s, down, down).lists[0].cursor == 1)
        }
    }

    @Test func pageAndEndKeys() {
        // A catalogue with 100 expos in a 24-row terminal (page of 20 rows).
        let expos = (0..<100).map { i -> Expo in var e = Expo(id: "e\(i)", name: "Expo \(i)"); e.start = String(2100 - i); return e }
        let s = Fixtures.state(120, 24, catalog: Catalog(title: "Many", expos: expos))
        let page = Layout.of(s).pageSize(of: .expos)
        #expect(page == 20)
        for k in [Key.pageDown, .ctrl("d")] { #expect(press(s, k).lists[0].cursor == page) }
        for k in [Key.pageUp, .ctrl("u")] { #expect(press(s, .pageDown, .pageDown, k).lists[0].cursor == page) }
        for k in [Key.end, .char("G")] {
            let end = press(s, k)
            #expect(end.lists[0].cursor == 99)
            #expect(end.lists[0].scroll == 80, "the cursor stays on screen")
        }
        for k in [Key.home, .char("g")] { #expect(press(s, .end, k).lists[0].cursor == 0) }
    }

    @Test func panesChangeWithArrowsLettersAndTab() {
        #expect(press(wide, .right).focus == .delegations)
        #expect(press(wide, .char("l")).focus == .delegations)
        #expect(press(wide, .tab).focus == .delegations)
        #expect(press(wide, .tab, .tab, .tab).focus == .details)
        #expect(press(wide, .tab, .tab, .tab, .tab).focus == .expos, "Tab wraps in the wide layout")
        #expect(press(wide, .backTab).focus == .details)
        #expect(press(wide, .right, .left).focus == .expos)
        #expect(press(wide, .right, .char("h")).focus == .expos)
    }

    @Test func enterDrillsInAndEscGoesBack() {
        var s = press(wide, .enter)
        #expect(s.focus == .delegations)
        #expect(s.selectedRow(.delegations)?.ref == .allBooths)
        s = press(s, .enter)
        #expect(s.focus == .booths)
        #expect(s.rows[2].count == 3, "All booths lists booths with and without a delegation")
        s = press(s, .enter)
        #expect(s.focus == .details)
        #expect(s.selectedBooth?.id == "b1")
        #expect(press(s, .escape).focus == .booths)
        #expect(press(s, .backspace, .backspace).focus == .delegations)
        #expect(press(s, .escape, .escape, .escape, .escape).focus == .expos)
    }

    @Test func delegationShowsOnlyItsBooths() {
        let s = press(wide, .enter, .down)
        #expect(s.selectedDelegation?.id == "d1")
        #expect(s.rows[2].map(\.ref) == [.booth(2)])
        // An expo with no delegations still has "All booths" and says it is empty.
        let empty = press(wide, .down, .enter)
        #expect(empty.rows[1].map(\.ref) == [.allBooths])
        #expect(empty.rows[2].isEmpty)
        #expect(render(press(empty, .enter)).text.contains("No booths listed"))
    }

    @Test func filterTypesLiveKeepsAndClears() {
        var s = press(wide, .enter, .enter, .char("/"))
        #expect(s.editingFilter)
        s = type(s, "vi")
        #expect(s.list(.booths).filter == "vi")
        #expect(s.rows[2].count == 1)
        #expect(render(s).text.contains("/vi▏  1/3"))
        let kept = press(s, .enter)
        #expect(!kept.editingFilter)
        #expect(kept.list(.booths).filter == "vi")
        #expect(render(kept).text.contains("Booths 1/3 · filter /vi"))
        // Esc while typing clears.
        let cleared = press(s, .escape)
        #expect(cleared.list(.booths).filter.isEmpty)
        #expect(cleared.rows[2].count == 3)
        // Backspace edits; Ctrl-U erases.
        #expect(press(s, .backspace).list(.booths).filter == "v")
        #expect(press(s, .ctrl("u")).list(.booths).filter.isEmpty)
        // Esc in normal mode clears a kept filter before going back.
        let back = press(kept, .escape)
        #expect(back.focus == .booths)
        #expect(back.list(.booths).filter.isEmpty)
        // q while typing is text, not quit.
        #expect(!type(press(wide, .char("/")), "q").shouldQuit)
    }

    @Test func filterIsSmartCase() {
        let s = press(wide, .enter, .enter, .char("/"))
        #expect(type(s, "vi holding").rows[2].count == 1)
        #expect(type(s, "Vi").rows[2].count == 1)
        #expect(type(s, "VI").rows[2].isEmpty, "a capital letter makes the filter case-sensitive")
    }

    @Test func filterErrorShowsInStatusLine() {
        let s = type(press(wide, .enter, .enter, .char("/")), "bogus:x")
        #expect(s.message?.contains("unknown field") == true)
        #expect(render(s).text.contains("unknown field"))
    }

    @Test func sortCyclesAndShows() {
        var s = press(wide, .enter, .enter)
        #expect(s.sortOrder(.booths) == .name)
        s = press(s, .char("o"))
        #expect(s.sortOrder(.booths) == .area)
        #expect(s.rows[2].map(\.ref) == [.booth(0), .booth(2), .booth(1)], "84, 54, 9 m²")
        #expect(render(s).text.contains("sort: area"))
        s = press(s, .char("o"))
        #expect(s.sortOrder(.booths) == .code)
        #expect(s.rows[2].first?.ref == .booth(2), "A-101 first; no code last")
        #expect(press(s, .char("o")).sortOrder(.booths) == .name)
    }

    @Test func searchJumpsToTheBooth() {
        var s = press(wide, .char("s"))
        #expect(s.overlay == .search)
        s = type(s, "амур")
        #expect(s.search.hits.count == 1)
        s = press(s, .enter)
        #expect(s.overlay == .none)
        #expect(s.focus == .details)
        #expect(s.selectedExpo?.id == "e1")
        #expect(s.selectedDelegation?.id == "d1")
        #expect(s.selectedBooth?.id == "b3")
        #expect(render(s).text.contains("Harbin Fair 2017 › Amur Region › Амурский металлист"))
        // A booth with no delegation is reached through All booths.
        let v = press(type(press(wide, .char("s")), "vi hold"), .enter)
        #expect(v.selectedRow(.delegations)?.ref == .allBooths)
        #expect(v.selectedBooth?.id == "b1")
        // Esc closes without moving.
        #expect(press(press(wide, .char("s")), .escape).overlay == .none)
    }

    @Test func quitKeys() {
        #expect(press(wide, .char("q")).shouldQuit)
        #expect(press(wide, .ctrl("c")).shouldQuit)
        #expect(press(press(wide, .char("s")), .ctrl("c")).shouldQuit)
        #expect(press(press(wide, .char("/")), .ctrl("c")).shouldQuit)
    }

    @Test func mouseClickSelectsAndFocuses() throws {
        let s = press(wide, .enter)
        // Delegations pane starts at x = 26 in a 120-column layout; row 2 is the second item.
        let rect = try #require(Layout.of(s).rect(of: .delegations))
        let clicked = update(s, .mouse(MouseEvent(.press, x: rect.x + 3, y: rect.y + 2)))
        #expect(clicked.focus == .delegations)
        #expect(clicked.selectedDelegation?.id == "d1")
        let booths = try #require(Layout.of(s).rect(of: .booths))
        let c2 = update(clicked, .mouse(MouseEvent(.press, x: booths.x + 3, y: booths.y + 1)))
        #expect(c2.focus == .booths)
        #expect(c2.selectedBooth?.id == "b3")
        // Wheel scrolls the pane under the pointer.
        let expos = try #require(Layout.of(s).rect(of: .expos))
        let wheeled = update(s, .mouse(MouseEvent(.wheelDown, x: expos.x + 2, y: expos.y + 2)))
        #expect(wheeled.lists[0].cursor == 1)
    }

    @Test func resizeChangesLayoutAtOnce() {
        var s = press(wide, .enter, .enter, .enter)
        #expect(Layout.of(s).mode == .wide)
        s = update(s, .resize(Size(width: 90, height: 24)))
        #expect(Layout.of(s).mode == .medium)
        #expect(Layout.of(s).panes.map(\.pane) == [.expos, .delegations, .details])
        s = update(s, .resize(Size(width: 70, height: 24)))
        #expect(Layout.of(s).panes.map(\.pane) == [.details])
        s = update(s, .resize(Size(width: 1, height: 1)))
        #expect(render(s).size == Size(width: 1, height: 1))
        s = update(s, .resize(Size(width: 30, height: 8)))
        #expect(render(s).text.contains("Terminal too small"))
        s = update(s, .resize(Size(width: 120, height: 30)))
        #expect(render(s).text.contains("Vi Holding Group"))
    }

    @Test func emptyCatalogueSaysSo() {
        let s = Fixtures.state(120, 30, catalog: Catalog(title: "Nothing"))
        let text = render(s).text
        #expect(text.contains("No expos"))
        #expect(text.contains("This catalogue has no expos."))
        #expect(render(press(s, .char("s"), .char("x"))).text.contains("This catalogue lists no booths."))
        // Keys on an empty catalogue do nothing harmful.
        let after = press(s, .down, .enter, .enter, .pageDown, .end, .char("o"), .tab, .escape)
        #expect(after.rows.allSatisfy { $0.isEmpty })
    }

    @Test func scrollingStopsAtTheLastLine() {
        // Help at 80×24 has more lines than fit; j past the end, then k moves back at once.
        var h = press(Fixtures.state(80, 24), .char("?"))
        let maxScroll = HelpOverlay.layout(size: h.size).maxScroll
        #expect(maxScroll > 0)
        for _ in 0..<40 { h = press(h, .char("j")) }
        #expect(h.helpScroll == maxScroll)
        #expect(press(h, .char("k")).helpScroll == maxScroll - 1)
        // The details pane likewise.
        var b = Booth(id: "b", expo: "e", exhibitor: "x")
        b.summary = String(repeating: "A long summary that wraps over many lines. ", count: 30)
        let long = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [Exhibitor(id: "x", name: "X")], booths: [b])
        var d = press(Fixtures.state(120, 24, catalog: long), .enter, .enter, .enter)
        for _ in 0..<100 { d = press(d, .char("j")) }
        let stopped = d.detailsScroll
        #expect(stopped > 0)
        #expect(press(d, .char("k")).detailsScroll == stopped - 1)
        #expect(render(d).text.contains("No source is cited for this"), "the last line is on screen")
    }

    @Test func delegationCountLeavesOutAllBooths() {
        let s = press(Fixtures.state(120, 24), .enter)
        #expect(render(s).text.contains("Delegations 2/2"))
    }

    @Test func sortingKeepsTheRightPanesOnTheSelectedRow() {
        // Sorted by date, "Zeta Fair" (2020) comes first; by name it comes last.
        var a = Expo(id: "a", name: "Alpha Fair"); a.start = "2010"
        var z = Expo(id: "z", name: "Zeta Fair"); z.start = "2020"
        let c = Catalog(title: "t", expos: [a, z], delegations: [Delegation(id: "da", expo: "a", name: "Alpha Delegation"),
                                                                Delegation(id: "dz", expo: "z", name: "Zeta Delegation")])
        var s = Fixtures.state(120, 24, catalog: c)
        #expect(s.selectedExpo?.id == "z")
        s = press(s, .char("o"))
        #expect(s.sortOrder(.expos) == .name)
        #expect(s.selectedExpo?.id == "z", "the cursor follows the row it was on")
        #expect(s.rows[1].contains { $0.name == "Zeta Delegation" }, "the delegations are the selected expo's")
        #expect(!s.rows[1].contains { $0.name == "Alpha Delegation" })
    }
}
