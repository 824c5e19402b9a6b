import Testing
import ExpoModel
@testable import ExpoTUI

/// `update` for every key binding, the typing modes, mouse and resize.
@Suite struct UpdateTests {
    let wide = Fixtures.state(120, 30)

    @Test func everyActionIsBoundAndDocumented() {
        let tables: [BrowserState.Mode: [Binding]] = [.normal: Keymap.normal, .filter: Keymap.filter, .search: Keymap.search,
                                                      .command: Keymap.command, .help: Keymap.help,
                                                      .note: Keymap.note, .time: Keymap.time, .facets: Keymap.facets]
        let all = tables.values.flatMap { $0 }
        for action in Action.allCases {
            #expect(all.contains { $0.action == action }, "action \(action) has no binding")
        }
        for (mode, table) in tables {
            for b in table {
                #expect(!b.keys.isEmpty && !b.help.isEmpty)
            }
            // No key is bound twice within a mode.
            let keys = table.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key is bound twice in \(mode)")
        }
    }

    @Test func helpOverlayListsEveryBinding() {
        let s = press(Fixtures.state(200, 90), .char("?"))
        let text = render(s).text
        for b in Keymap.normal + Keymap.filter + Keymap.command.dropLast() + Keymap.facets.dropLast() {
            #expect(text.contains(b.help), "help lacks \(b.help)")
            #expect(text.contains(b.keys.map(\.label).joined(separator: " ")))
        }
        for heading in ["Move", "Panes", "Views", "Find", "Copy and open", "Typing a filter or search", "Command line (:)", "Facet panel (F)", "Mouse"] {
            #expect(text.contains(heading), "help lacks the heading \(heading)")
        }
        #expect(press(s, .escape).mode == .normal)
        #expect(press(s, .char("?")).mode == .normal)
    }

    @Test func downAndUpMoveOneRow() {
        for (down, up) in [(Key.down, Key.up), (.char("j"), .char("k"))] {
            let s = press(wide, down)
            #expect(s.list(.expos).cursor == 1)
            #expect(s.selectedExpo?.id == "e2")
            #expect(press(s, up).list(.expos).cursor == 0)
            // Clamped at the ends.
            #expect(press(wide, up).list(.expos).cursor == 0)
            #expect(press(s, down, down).list(.expos).cursor == 1)
        }
    }

    @Test func pageAndEndKeys() {
        // A catalogue with 100 expos in a 24-row terminal (page of 19 rows below the header row).
        let expos = (0..<100).map { i -> Expo in var e = Expo(id: "e\(i)", name: "Expo \(i)"); e.start = String(2100 - i); return e }
        let s = Fixtures.state(120, 24, catalog: Catalog(title: "Many", expos: expos))
        let page = Layout.of(s).pageSize(of: .list(.expos))
        #expect(page == 19)
        for k in [Key.pageDown, .ctrl("d")] { #expect(press(s, k).list(.expos).cursor == page) }
        for k in [Key.pageUp, .ctrl("u")] { #expect(press(s, .pageDown, .pageDown, k).list(.expos).cursor == page) }
        for k in [Key.end, .char("G")] {
            let end = press(s, k)
            #expect(end.list(.expos).cursor == 99)
            #expect(end.list(.expos).scroll == 81, "the cursor stays on screen")
        }
        for k in [Key.home, .char("g")] { #expect(press(s, .end, k).list(.expos).cursor == 0) }
    }

    @Test func panesChangeWithArrowsLettersAndTab() {
        #expect(press(wide, .right).focus == .list(.delegations))
        #expect(press(wide, .char("l")).focus == .list(.delegations))
        #expect(press(wide, .tab).focus == .list(.delegations))
        #expect(press(wide, .tab, .tab, .tab).focus == .details)
        #expect(press(wide, .tab, .tab, .tab, .tab).focus == .list(.expos), "Tab wraps")
        #expect(press(wide, .backTab).focus == .details)
        #expect(press(wide, .right, .left).focus == .list(.expos))
        #expect(press(wide, .right, .char("h")).focus == .list(.expos))
    }

    @Test func enterDrillsInAndEscGoesBack() {
        var s = press(wide, .enter)
        #expect(s.focus == .list(.delegations))
        #expect(s.selectedRow(.delegations)?.ref == .allBooths)
        s = press(s, .enter)
        #expect(s.focus == .list(.booths))
        #expect(s.rows(.booths).count == 3, "All booths lists booths with and without a delegation")
        s = press(s, .enter)
        #expect(s.focus == .details)
        #expect(s.selectedBooth?.id == "b1")
        #expect(press(s, .escape).focus == .list(.booths))
        #expect(press(s, .backspace, .backspace).focus == .list(.delegations))
        #expect(press(s, .escape, .escape, .escape, .escape).focus == .list(.expos))
    }

    @Test func delegationShowsOnlyItsBooths() {
        let s = press(wide, .enter, .down)
        #expect(s.selectedDelegation?.id == "d1")
        #expect(s.rows(.booths).map(\.ref) == [.booth(2)])
        // An expo with no delegations still has "All booths" and says it is empty.
        let empty = press(wide, .down, .enter)
        #expect(empty.rows(.delegations).map(\.ref) == [.allBooths])
        #expect(empty.rows(.booths).isEmpty)
        #expect(render(press(empty, .enter)).text.contains("No booths listed"))
    }

    @Test func filterTypesLiveKeepsAndClears() {
        var s = press(wide, .enter, .enter, .char("/"))
        #expect(s.mode == .filter)
        s = type(s, "vi")
        #expect(s.list(.booths).filter == "vi")
        #expect(s.rows(.booths).count == 1)
        #expect(render(s).text.contains(" /vi   1/3"))
        let kept = press(s, .enter)
        #expect(kept.mode != .filter)
        #expect(kept.list(.booths).filter == "vi")
        #expect(render(kept).text.contains("Booths 1/3 · filter /vi"))
        // Esc while typing clears.
        let cleared = press(s, .escape)
        #expect(cleared.list(.booths).filter.isEmpty)
        #expect(cleared.rows(.booths).count == 3)
        // Backspace edits; Ctrl-U erases.
        #expect(press(s, .backspace).list(.booths).filter == "v")
        #expect(press(s, .ctrl("u")).list(.booths).filter.isEmpty)
        // Esc in normal mode clears a kept filter before going back.
        let back = press(kept, .escape)
        #expect(back.focus == .list(.booths))
        #expect(back.list(.booths).filter.isEmpty)
        // q while typing is text, not quit.
        #expect(effects(type(press(wide, .char("/")), "q"), .char("x")).isEmpty)
        #expect(type(press(wide, .char("/")), "q").list(.expos).filter == "q")
    }

    @Test func filterIsSmartCase() {
        let s = press(wide, .enter, .enter, .char("/"))
        #expect(type(s, "vi holding").rows(.booths).count == 1)
        #expect(type(s, "Vi").rows(.booths).count == 1)
        #expect(type(s, "VI").rows(.booths).isEmpty, "a capital letter makes the filter case-sensitive")
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
        #expect(s.rows(.booths).map(\.ref) == [.booth(0), .booth(2), .booth(1)], "84, 54, 9 m²")
        #expect(render(s).text.contains("sort: area"))
        s = press(s, .char("o"))
        #expect(s.sortOrder(.booths) == .code)
        #expect(s.rows(.booths).first?.ref == .booth(2), "A-101 first; no code last")
        #expect(press(s, .char("o")).sortOrder(.booths) == .name)
    }

    @Test func searchJumpsToTheBooth() {
        var s = press(wide, .char("s"))
        #expect(s.mode == .search)
        s = type(s, "амур")
        #expect(s.search.hits.count == 1)
        s = press(s, .enter)
        #expect(s.mode == .normal)
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
        #expect(press(press(wide, .char("s")), .escape).mode == .normal)
    }

    @Test func quitKeys() {
        #expect(effects(wide, .char("q")) == [.quit])
        #expect(effects(wide, .ctrl("c")) == [.quit])
        #expect(effects(press(wide, .char("s")), .ctrl("c")) == [.quit])
        #expect(effects(press(wide, .char("/")), .ctrl("c")) == [.quit])
        #expect(effects(press(wide, .char(":")), .ctrl("c")) == [.quit])
        #expect(effects(type(press(wide, .char(":")), "quit"), .enter) == [.quit])
        #expect(effects(wide, .char("x")).isEmpty)
    }

    @Test func mouseClickSelectsAndFocuses() throws {
        let s = press(wide, .enter)
        // Delegations pane starts at x = 26 in a 120-column layout; row 2 is the second item.
        let rect = try #require(Layout.of(s).rect(of: .list(.delegations)))
        let clicked = update(s, .mouse(MouseEvent(.press, x: rect.x + 3, y: rect.y + 3))).state
        #expect(clicked.focus == .list(.delegations))
        #expect(clicked.selectedDelegation?.id == "d1")
        let booths = try #require(Layout.of(s).rect(of: .list(.booths)))
        let c2 = update(clicked, .mouse(MouseEvent(.press, x: booths.x + 3, y: booths.y + 2))).state
        #expect(c2.focus == .list(.booths))
        #expect(c2.selectedBooth?.id == "b3")
        // Wheel scrolls the pane under the pointer.
        let expos = try #require(Layout.of(s).rect(of: .list(.expos)))
        let wheeled = update(s, .mouse(MouseEvent(.wheelDown, x: expos.x + 2, y: expos.y + 3))).state
        #expect(wheeled.list(.expos).cursor == 1)
    }

    @Test func resizeChangesLayoutAtOnce() {
        var s = press(wide, .enter, .enter, .enter)
        #expect(Layout.of(s).mode == .wide)
        s = update(s, .resize(Size(width: 90, height: 24))).state
        #expect(Layout.of(s).mode == .medium)
        #expect(Layout.of(s).panes.map(\.pane) == [.list(.expos), .list(.delegations), .details])
        s = update(s, .resize(Size(width: 70, height: 24))).state
        #expect(Layout.of(s).panes.map(\.pane) == [.details])
        s = update(s, .resize(Size(width: 1, height: 1))).state
        #expect(render(s).size == Size(width: 1, height: 1))
        s = update(s, .resize(Size(width: 30, height: 8))).state
        #expect(render(s).text.contains("Terminal too small"))
        s = update(s, .resize(Size(width: 120, height: 30))).state
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
        #expect(after.rowsByList.values.allSatisfy { $0.isEmpty })
    }

    @Test func scrollingStopsAtTheLastLine() {
        // Help at 80×24 has more lines than fit; j past the end, then k moves back at once.
        var h = press(Fixtures.state(80, 24), .char("?"))
        let maxScroll = HelpOverlay.layout(size: h.size).maxScroll
        #expect(maxScroll > 0)
        for _ in 0..<100 { h = press(h, .char("j")) }
        #expect(h.helpScroll == maxScroll)
        #expect(press(h, .char("k")).helpScroll == maxScroll - 1)
        // The details pane likewise.
        var b = Booth(id: "b", expo: "e", exhibitor: "x")
        b.summary = String(repeating: "A long summary that wraps over many lines. ", count: 30)
        let long = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [Exhibitor(id: "x", name: "X")], booths: [b])
        var d = press(Fixtures.state(120, 24, catalog: long), .enter, .enter, .enter)
        for _ in 0..<100 { d = press(d, .char("j")) }
        let stopped = d.current.detailsScroll
        #expect(stopped > 0)
        #expect(press(d, .char("k")).current.detailsScroll == stopped - 1)
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
        #expect(s.rows(.delegations).contains { $0.name == "Zeta Delegation" }, "the delegations are the selected expo's")
        #expect(!s.rows(.delegations).contains { $0.name == "Alpha Delegation" })
    }
}
