import Testing
import ExpoModel
@testable import ExpoTUI

/// The views core: details of any row at any width, the Exhibitors view, the command line,
/// generated hints, copy and open.
@Suite struct ViewsTests {
    static let sizes = [Size(width: 120, height: 30), Size(width: 80, height: 24), Size(width: 60, height: 16)]

    /// `i` shows the selected row's details in every layout, and Esc returns to exactly where
    /// the user was.
    @Test(arguments: sizes) func detailsOfAnyRowAtAnyWidth(size: Size) {
        let start = Fixtures.state(size.width, size.height)
        let cases: [(BrowserState, DetailsTarget, String)] = [
            (start, .expo(0), "2,550"),
            (press(start, .enter, .char("j")), .delegation(0), "Amur Region"),
            (press(start, .enter, .enter, .char("j")), .booth(2), "A-101"),
            (press(start, .char("2"), .char("j")), .exhibitor(2), "Амурский металлист"),
        ]
        for (before, target, text) in cases {
            let d = press(before, .char("i"))
            #expect(d.focus == .details)
            #expect(d.shownDetailsTarget == target)
            let screen = render(d)
            #expect(screen.text.contains("Details"))
            #expect(screen.text.contains(text), "\(size): \(target) lacks \(text)\n\(screen.text)")
            let back = press(d, .escape)
            #expect(back.focus == before.focus)
            #expect(back.view == before.view)
            for id in ListID.allCases { #expect(back.list(id) == before.list(id), "\(id) moved") }
            #expect(render(back).text == render(before).text, "Esc returns to the same screen")
        }
    }

    /// Tab and Shift-Tab wrap at every width; → into the details keeps their scroll.
    @Test(arguments: sizes) func tabWrapsAtEveryWidth(size: Size) {
        let s = press(Fixtures.state(size.width, size.height), .enter, .enter)
        #expect(press(s, .tab).focus == .details)
        #expect(press(s, .tab, .tab).focus == .list(.expos))
        #expect(press(s, .tab, .tab, .backTab).focus == .details)
        #expect(press(Fixtures.state(size.width, size.height), .backTab).focus == .details)
    }

    @Test func rightIntoDetailsKeepsTheirScroll() {
        var b = Booth(id: "b", expo: "e", exhibitor: "x")
        b.summary = String(repeating: "A summary long enough to scroll. ", count: 40)
        var b2 = b
        b2.id = "b2"
        let c = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [Exhibitor(id: "x", name: "X")], booths: [b, b2])
        let d = press(Fixtures.state(120, 24, catalog: c), .enter, .enter, .enter, .char("j"), .char("j"), .char("j"))
        #expect(d.current.detailsScroll == 3)
        let again = press(d, .left, .right)
        #expect(again.focus == .details)
        #expect(again.current.detailsScroll == 3, "→ does not reset the details' scroll")
        #expect(press(d, .left, .char("j"), .right).current.detailsScroll == 0, "another booth starts at the top")
    }

    /// Exhibitors: Enter lists the exhibitor's booths; Enter on one opens it in the Catalogue.
    @Test func exhibitorBoothOpensInTheCatalogue() {
        var s = press(Fixtures.state(120, 30), .char("2"))
        #expect(s.view == .exhibitors)
        #expect(s.rows(.exhibitors).map(\.name) == ["Vi Holding Group", "Амурский металлист", "哈尔滨啤酒"])
        s = press(s, .char("j"), .enter)
        #expect(s.focus == .list(.exhibitorBooths))
        #expect(s.rows(.exhibitorBooths).map(\.ref) == [.booth(2)])
        s = press(s, .enter)
        #expect(s.view == .catalogue)
        #expect(s.focus == .list(.booths))
        #expect(s.selectedExpo?.id == "e1")
        #expect(s.selectedDelegation?.id == "d1")
        #expect(s.selectedBooth?.id == "b3")
        // The Exhibitors view kept its place.
        #expect(press(s, .char("2")).selectedRow(.exhibitors)?.name == "Амурский металлист")
    }

    /// The Exhibitors view's filter finds exhibitors through their booths (names, products,
    /// fields), and those with no booth through their own record.
    @Test func exhibitorFilter() {
        var lone = Exhibitor(id: "x9", name: "Lonely Timber Co"); lone.country = "RU"
        let base = Fixtures.catalog
        let c = Catalog(title: "t", sources: base.sources, expos: base.expos, delegations: base.delegations,
                        exhibitors: base.exhibitors + [lone], booths: base.booths)
        let s = press(Fixtures.state(120, 30, catalog: c), .char("2"), .char("/"))
        #expect(s.rows(.exhibitors).count == 4)
        #expect(type(s, "vi hold").rows(.exhibitors).map(\.name) == ["Vi Holding Group"])
        #expect(type(s, "aluminium").rows(.exhibitors).map(\.name) == ["Vi Holding Group"], "through its booth's products")
        #expect(type(s, "timber").rows(.exhibitors).map(\.name) == ["Lonely Timber Co"], "an exhibitor with no booth")
        #expect(Set(type(s, "country:ru").rows(.exhibitors).map(\.name)) == ["Vi Holding Group", "Амурский металлист", "Lonely Timber Co"])
        let typed = type(s, "vhg")
        #expect(typed.sortOrder(.exhibitors) == .relevance)
        let screen = render(typed)
        let y = 3
        let x = (0..<120).first { screen[$0, y].text == "V" } ?? 0
        #expect((0..<16).filter { screen[x + $0, y].style.underline } == [0, 3, 11], "V, H and G highlighted")
    }

    /// "Also at" lists the exhibitor's other booths, and `]` then Enter follows one.
    @Test func alsoAtLinksAreFollowed() {
        var e2 = Expo(id: "e2", name: "Second Fair"); e2.start = "2018"
        var e1 = Expo(id: "e1", name: "First Fair"); e1.start = "2017"
        var b1 = Booth(id: "b1", expo: "e1", exhibitor: "x"); b1.code = "A-1"
        var b2 = Booth(id: "b2", expo: "e2", exhibitor: "x"); b2.code = "G-282-2"
        var b3 = Booth(id: "b3", expo: "e2", exhibitor: "x"); b3.code = "G-9"
        let c = Catalog(title: "t", expos: [e1, e2], exhibitors: [Exhibitor(id: "x", name: "Xylo")], booths: [b1, b2, b3])
        var s = press(Fixtures.state(200, 50, catalog: c), .char("j"), .enter, .enter, .enter)
        #expect(s.selectedBooth?.id == "b1")
        #expect(s.detailLinks == [1, 2])
        #expect(render(s).text.contains("Also at       G-282-2 · Second Fair (2018)"))
        #expect(render(s).text.contains("              G-9 · Second Fair (2018)"), "one line per booth, the code never cut")
        s = press(s, .char("]"))
        #expect(s.current.link == 1)
        s = press(s, .enter)
        #expect(s.selectedExpo?.id == "e2")
        #expect(s.selectedBooth?.id == "b3")
        #expect(press(s, .char("["), .char("[")).current.link == 0, "[ wraps")
    }

    @Test func commandLineSwitchesViewsAndCompletes() {
        let s = Fixtures.state(80, 24)
        #expect(press(type(press(s, .char(":")), "exhibitors"), .enter).view == .exhibitors)
        #expect(press(type(press(s, .char(":")), "ex"), .enter).view == .exhibitors, "a unique prefix is enough")
        let completed = press(type(press(s, .char(":")), "ca"), .tab)
        #expect(completed.input.text == "catalogue")
        let unknown = press(type(press(s, .char(":")), "frob"), .enter)
        #expect(unknown.mode == .normal)
        #expect(unknown.message == "unknown command :frob; try :catalogue :exhibitors :plan :events :search :help :quit")
        #expect(press(type(press(s, .char(":")), "help"), .enter).mode == .help)
        #expect(press(type(press(s, .char(":")), "x"), .escape).mode == .normal)
        #expect(CommandLine.parse("  :Exhibitors ") == .success(.view(.exhibitors)))
        #expect(CommandLine.complete("e") == "e", "events and exhibitors share only the e")
        #expect(CommandLine.complete("ev") == "events")
        #expect(press(type(press(s, .char(":")), "events"), .enter).view == .events)
        #expect(press(type(press(s, .char(":")), "programme"), .enter).view == .events)
        #expect(CommandLine.complete("zz") == "zz")
    }

    @Test func numberKeysSwitchViewsAndTabsAreClickable() {
        let s = press(Fixtures.state(120, 30), .char("2"))
        #expect(s.view == .exhibitors)
        #expect(press(s, .char("1")).view == .catalogue)
        let tab = TabLine.tabs()[1]
        #expect(update(Fixtures.state(120, 30), .mouse(MouseEvent(.press, x: tab.x + 1, y: 0))).state.view == .exhibitors)
        #expect(render(s).lines()[0].contains(" 2 Exhibitors "))
        #expect(render(s)[tab.x + 1, 0].style.reverse, "the shown view's tab is in reverse video")
    }

    /// On an 80-column terminal the tabs of views not shown give only their key, and stay clickable.
    @Test func narrowTabsShowOnlyTheirKeys() {
        let s = Fixtures.state(80, 24)
        let line = render(s).lines()[0]
        #expect(line.hasPrefix(" Pavilion  1 Catalogue  2  3  4  Test catalogue"), "\(line)")
        let tabs = TabLine.tabs(width: 80, active: .catalogue)
        let events = tabs[3]
        #expect(events.label == " 4 ")
        let clicked = update(s, .mouse(MouseEvent(.press, x: events.x + 1, y: 0))).state
        #expect(clicked.view == .events)
        #expect(render(clicked).lines()[0].hasPrefix(" Pavilion  1  2  3  4 Events "))
    }

    /// Hints come from the enabled bindings of the mode: never a key that does nothing.
    @Test func hintsFollowTheModeAndWhatIsEnabled() {
        let s = Fixtures.state(200, 40)
        let normal = Hints.line(for: s, width: 200)
        #expect(normal.contains("/ filter") && normal.contains("s search") && normal.contains("i details"))
        #expect(!normal.contains("Esc back"), "nothing to go back to on the first list")
        #expect(!normal.contains("] link"))
        let details = Hints.line(for: press(s, .char("i")), width: 200)
        #expect(!details.contains("/ filter"), "/ does nothing in the details")
        #expect(!details.contains("o sort"))
        #expect(details.contains("Esc back"))
        #expect(Hints.line(for: press(s, .char("/")), width: 200) == "Enter keep  Esc clear")
        #expect(Hints.line(for: press(s, .char(":")), width: 200) == "Enter run  Tab complete  Esc cancel")
        #expect(Hints.line(for: press(s, .char("s")), width: 200) == "Enter go to booth  Tab mark  Esc close")
        #expect(Hints.line(for: type(press(s, .char("s")), "zzzzqqq"), width: 200) == "Esc close", "no hit to go to")
        #expect(Hints.line(for: press(s, .char("?")), width: 200) == "Esc close")
        // Every hint shown is a key that changes something.
        for hint in Hints.all(for: s) {
            let key = Keymap.normal.first { $0.action == hint.action }?.keys.first
            if let key, hint.action != .help { #expect(render(press(s, key)).text != render(s).text || !effects(s, key).isEmpty, "\(hint.text)") }
        }
        // Short lines keep the essential hints.
        #expect(Hints.line(for: s, width: 20) == "? help  q quit")
    }

    @Test func copyAndOpenAreEffects() {
        let s = press(Fixtures.state(120, 30), .enter, .enter)
        #expect(effects(s, .char("y")) == [.copy("b1", what: "id b1")])
        #expect(effects(s, .char("Y")) == [.copy("Vi Holding Group", what: "name")])
        #expect(effects(Fixtures.state(120, 30), .char("y")) == [.copy("e1", what: "id e1")])
        #expect(effects(s, .char("O")).isEmpty, "no website, no effect")
        var x = Exhibitor(id: "x", name: "Web Co"); x.website = "https://example.com/a-very/long/path"
        let c = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [x], booths: [Booth(id: "b", expo: "e", exhibitor: "x")])
        let w = press(Fixtures.state(120, 30, catalog: c), .enter, .enter)
        #expect(effects(w, .char("O")) == [.openURL("https://example.com/a-very/long/path")])
        // The run loop performs them and shows what they did.
        let term = RecordingTerminal(size: Size(width: 120, height: 30), batches: [[.key(.char("y"))]])
        let final = runBrowser(s, on: term)
        #expect(term.effects == [.copy("b1", what: "id b1")])
        #expect(final.notice == "copied id b1")
        #expect(term.screens.last?.text.contains("copied id b1") == true)
    }

    @Test func urlsAreNeverBrokenAcrossLines() {
        let url = "https://example.com/a/rather/long/address/that/does/not/fit"
        let lines = Details.lines([.url("Website", url)], width: 40).map(\.text)
        #expect(lines == ["Website       ↓", "https://example.com/a/rather/long/addre…"])
        #expect(Details.lines([.url("Website", "https://a.cn")], width: 40).map(\.text) == ["Website       https://a.cn"])
    }

    @Test func naturalSortAndRelevance() {
        let names = ["11th Fair", "18th Fair", "1st Fair", "2nd Fair", "3rd Fair"]
        let c = Catalog(title: "t", expos: names.map { Expo(id: $0, name: $0) })
        let s = press(Fixtures.state(120, 30, catalog: c), .char("o"))
        #expect(s.chosenSort(.expos) == .name)
        #expect(s.rows(.expos).map(\.name) == ["1st Fair", "2nd Fair", "3rd Fair", "11th Fair", "18th Fair"])
        let filtered = press(type(press(s, .char("/")), "fair"), .enter)
        #expect(filtered.sortOrder(.expos) == .relevance)
        #expect(render(filtered).text.contains("sort: relevance"))
    }

    @Test func breadcrumbKeepsTheCurrentItemWhole() {
        #expect(Renderer.fit(["Harbin Fair 2017", "Amur Region", "Амурский металлист"], to: 60) == "Harbin Fair 2017 › Amur Region › Амурский металлист")
        #expect(Renderer.fit(["Harbin Fair 2017", "Amur Region", "Амурский металлист"], to: 44) == "Harbin Fa… › Amur Regi… › Амурский металлист")
        #expect(Renderer.fit(["Harbin Fair 2017", "Amur Region", "Амурский металлист"], to: 36) == "Harbi… › Amur … › Амурский металлист")
        #expect(Renderer.fit(["Harbin Fair 2017", "Amur Region", "Амурский металлист"], to: 30) == "… › Amur… › Амурский металлист")
        #expect(Renderer.fit(["Harbin Fair 2017", "Amur Region", "Амурский металлист"], to: 24) == "… › Амурский металлист")
        #expect(Renderer.fit(["Harbin Fair 2017", "Амурский металлист"], to: 10) == "Амурский …")
    }
}
