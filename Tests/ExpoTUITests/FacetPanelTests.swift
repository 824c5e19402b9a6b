import Testing
import ExpoModel
@testable import ExpoTUI

extension Fixtures {
    /// One expo of twelve booths whose values are Latin, Cyrillic and Chinese: three countries,
    /// sectors with a space in one, halls named by hall records and by plain text, two kinds.
    static let facets: Catalog = {
        let e1 = Expo(id: "e1", name: "Harbin Fair 2017")
        var d1 = Delegation(id: "d1", expo: "e1", name: "Amur Region"); d1.kind = .regional; d1.country = "RU"
        var d2 = Delegation(id: "d2", expo: "e1", name: "黑龙江省"); d2.kind = .national; d2.country = "CN"
        func x(_ id: String, _ name: String, _ country: String?, _ sectors: [String]) -> Exhibitor {
            var e = Exhibitor(id: id, name: name); e.country = country; e.sectors = sectors; return e
        }
        let xs = [
            x("x1", "Vi Holding Group", "RU", ["metals"]),
            x("x2", "哈尔滨啤酒", "CN", ["食品", "Food processing"]),
            x("x3", "Амурский металлист", "RU", ["металлургия", "metals"]),
            x("x4", "Harbin Electric", "CN", ["machinery"]),
            x("x5", "Астана Трейд", "KZ", ["Food processing"]),
            x("x6", "Primorsky Seafood", "RU", ["Food processing"]),
        ]
        var booths: [Booth] = []
        let specs: [(String, String?, String?)] = [("x1", "h-a", "d1"), ("x1", "h-a", "d1"), ("x2", "展馆 B", "d2"), ("x3", "h-a", "d1"), ("x3", "Зал 3", "d1"),
                          ("x4", "展馆 B", "d2"), ("x4", "展馆 B", nil), ("x5", "Зал 3", nil), ("x6", "h-a", "d1"), ("x6", "h-a", "d1"),
                          ("x6", nil, "d1"), ("x2", "展馆 B", "d2")]
        for (i, spec) in specs.enumerated() {
            var b = Booth(id: "b\(i + 1)", expo: "e1", exhibitor: spec.0)
            b.code = "A-\(i + 1)"; b.hall = spec.1; b.delegation = spec.2; b.areaSqm = Double(9 * (i + 1))
            booths.append(b)
        }
        var c = Catalog(title: "Facet catalogue", expos: [e1], delegations: [d1, d2], exhibitors: xs, booths: booths)
        c.halls = [Hall(id: "h-a", expo: "e1", name: "Hall A")]
        return c
    }()
}

/// The facet panel (`F`): golden screens at 80×24 and 200×50, and `update` for its keys.
@Suite struct FacetPanelTests {
    /// The booth list of the expo (All booths), focused.
    static func booths(_ w: Int, _ h: Int) -> BrowserState {
        press(Fixtures.state(w, h, catalog: Fixtures.facets), .enter, .enter)
    }

    /// `F` on the booths at 80×24: the countries, most booths first, with their shares.
    @Test func facets80() {
        // golden: facets80
        let screen = render(press(Self.booths(80, 24), .char("F")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4  Harbin Fair 20… › All booths › Harbin Electric
        ┌ Expos 1/1 ───────────┐┌ Delegations 2/2 ─────┐┌ Booths 12/12 ────────────────┐
        │  Year Expo           ││  Delegation   Booths ││  Code Exhibitor           m² │
        │▸ —    Harbin Fair 2… ││▸ All booths       12 ││▸ A-6  Harbin Electric     54 │
        │                      ││  Amur Region       7 ││  A-7  Harbin Electric     63 │
        │                      ││  黑龙江省          3 ││  A-9  Primorsky Seafood   81 │
        │                      ││                      ││  A-10 Primorsky Seafood   90 │
        │            ┌ Facets · Booths 12/12 ────────────────────────────┐Seafood   99 │
        │            │ [Country 3]  Sector 5   Hall 3   Kind 2   Expo 1  │ Group     9 │
        │            │  Country                             Booths Share │ Group    18 │
        │            │▸ RU                                       7  58 % │еталлист  36 │
        │            │  CN                                       4  33 % │еталлист  45 │
        │            │  KZ                                       1   8 % │йд        72 │
        │            │                                                   │          27 │
        │            │                                                   │         108 │
        │            └ Tab group  Enter filter  Esc close ───────────────┘             │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        └──────────────────────┘└──────────────────────┘└──────────────────────────────┘
         Booths 12/12 · Enter adds country:ru        Tab group  Enter filter  Esc close
        """)
    }

    /// `F`, Tab at 200×50: the sectors, Latin, Cyrillic and Chinese, aligned.
    @Test func facetsSectors200() {
        // golden: facetsSectors200
        let screen = render(press(Self.booths(200, 50), .char("F"), .tab))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2 Exhibitors  3 Plan  4 Events  Facet catalogue                                                                                 Harbin Fair 2017 › All booths › Harbin Electric
        ┌ Expos 1/1 ───────────────────────────────────────┐┌ Delegations 2/2 ─────────────────────┐┌ Booths 12/12 ──────────────────────────────────┐┌ Details ───────────────────────────────────────────────┐
        │  Year Expo                                       ││  Delegation                   Booths ││  Code Exhibitor                             m² ││ Harbin Electric                                        │
        │▸ —    Harbin Fair 2017                           ││▸ All booths                       12 ││▸ A-6  Harbin Electric                       54 ││ Id            b6                                       │
        │                                                  ││  Amur Region                       7 ││  A-7  Harbin Electric                       63 ││ Booth         A-6                                      │
        │                                                  ││  黑龙江省                          3 ││  A-9  Primorsky Seafood                     81 ││ Expo          Harbin Fair 2017                         │
        │                                                  ││                                      ││  A-10 Primorsky Seafood                     90 ││ Delegation    黑龙江省                                 │
        │                                                  ││                                      ││  A-11 Primorsky Seafood                     99 ││ Hall          展馆 B                                   │
        │                                                  ││                                      ││  A-1  Vi Holding Group                       9 ││ Area          54 m²                                    │
        │                                                  ││                                      ││  A-2  Vi Holding Group                      18 ││ Products      unknown                                  │
        │                                                  ││                                      ││  A-4  Амурский металлист                    36 ││                                                        │
        │                                                  ││                                      ││  A-5  Амурский металлист                    45 ││ Exhibitor                                              │
        │                                                  ││                                      ││  A-8  Астана Трейд                          72 ││ Name          Harbin Electric                          │
        │                                                  ││                                      ││  A-3  哈尔滨啤酒                            27 ││ Id            x4                                       │
        │                                                  ││                                      ││  A-12 哈尔滨啤酒                           108 ││ Local name    unknown                                  │
        │                                                  ││                                      ││                                                ││ Country       CN                                       │
        │                                                  ││                                      ││                                                ││ Sectors       machinery                                │
        │                                                  ││                                      ││                                                ││ Website       unknown                                  │
        │                                                  ││                                      ││                                                ││ Also at       A-7 · Harbin Fair 2017 · hall 展馆 B ·   │
        │                                                  ││                                      ││                                                ││               63 m²                                    │
        │                                                  ││                    ┌ Facets · Booths 12/12 ────────────────────────────┐               ││                                                        │
        │                                                  ││                    │  Country 3  [Sector 5]  Hall 3   Kind 2   Expo 1  │               ││ Delegation                                             │
        │                                                  ││                    │  Sector                              Booths Share │               ││ Name          黑龙江省                                 │
        │                                                  ││                    │▸ Food processing                          6  50 % │               ││ Id            d2                                       │
        │                                                  ││                    │  metals                                   4  33 % │               ││ Kind          national                                 │
        │                                                  ││                    │  machinery                                2  17 % │               ││ Country       CN                                       │
        │                                                  ││                    │  металлургия                              2  17 % │               ││ Head          unknown                                  │
        │                                                  ││                    │  食品                                     2  17 % │               ││                                                        │
        │                                                  ││                    └ Tab group  Enter filter  Esc close ───────────────┘               ││ Sources                                                │
        │                                                  ││                                      ││                                                ││ No source is cited for this record.                    │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        │                                                  ││                                      ││                                                ││                                                        │
        └──────────────────────────────────────────────────┘└──────────────────────────────────────┘└────────────────────────────────────────────────┘└────────────────────────────────────────────────────────┘
         Booths 12/12 · Enter adds sector:"Food processing"                                                                                                                  Tab group  Enter filter  Esc close
        """)
    }

    /// Enter on RU, then → → to the halls at 80×24: the list shows 7 booths, the panel counts
    /// those 7 again, and the status line says what Enter would add next.
    @Test func facetsAfterEnter80() {
        // golden: facetsAfterEnter80
        let screen = render(press(Self.booths(80, 24), .char("F"), .enter, .right, .right))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4  Harbin Fair 2… › All booths › Vi Holding Group
        ┌ Expos 1/1 ───────────┐┌ Delegations 2/2 ─────┐┌ Booths 7/12 /country:ru ─────┐
        │  Year Expo           ││  Delegation   Booths ││  Code Exhibitor           m² │
        │▸ —    Harbin Fair 2… ││▸ All booths       12 ││▸ A-1  Vi Holding Group     9 │
        │                      ││  Amur Region       7 ││  A-2  Vi Holding Group    18 │
        │                      ││  黑龙江省          3 ││  A-9  Primorsky Seafood   81 │
        │                      ││                      ││  A-10 Primorsky Seafood   90 │
        │                      ││                      ││  A-11 Primorsky Seafood   99 │
        │            ┌ Facets · Booths 7/12 /country:ru ─────────────────┐еталлист  36 │
        │            │  Country 1   Sector 3  [Hall 2]  Kind 1   Expo 1  │еталлист  45 │
        │            │  Hall                                Booths Share │             │
        │            │▸ Hall A                                   5  71 % │             │
        │            │  Зал 3                                    1  14 % │             │
        │            │                                                   │             │
        │            └ Enter filter  Backspace undo  Esc close ──────────┘             │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        └──────────────────────┘└──────────────────────┘└──────────────────────────────┘
         Booths 7/12 · filter /country:ru · Enter adds hall:h…  Enter filter  Esc close
        """)
    }

    @Test func enterAddsTheValuesTermAndCountsTheNarrowedRowsAgain() throws {
        var s = press(Self.booths(80, 24), .char("F"))
        #expect(s.mode == .facets)
        #expect(s.facets?.groups.map(\.title) == ["Country", "Sector", "Hall", "Kind", "Expo"])
        #expect(s.facets?.values.map { "\($0.value) \($0.count) \($0.term)" } == ["RU 7 country:ru", "CN 4 country:cn", "KZ 1 country:kz"])
        s = press(s, .enter)
        #expect(s.list(.booths).filter == "country:ru")
        #expect(s.rows(.booths).count == 7)
        #expect(s.mode == .facets, "the panel stays open for another value")
        #expect(s.facets?.values.map(\.value) == ["RU"])
        // A second value narrows further: the halls of the Russian booths.
        s = press(s, .tab, .tab)
        #expect(s.facets?.groups[s.facets?.group ?? 0].title == "Hall")
        #expect(s.facets?.values.map { "\($0.value) \($0.count) \($0.term)" } == ["Hall A 5 hall:h-a", "Зал 3 1 hall:\"Зал 3\""])
        s = press(s, .enter)
        #expect(s.list(.booths).filter == "country:ru hall:h-a")
        #expect(s.rows(.booths).count == 5)
        #expect(s.facets?.added == ["country:ru", "hall:h-a"])
        // The same value again is not added twice.
        let again = press(s, .enter)
        #expect(again.list(.booths).filter == "country:ru hall:h-a")
        #expect(again.notice?.contains("already") == true)
        // Backspace takes the values back, last first.
        s = press(s, .backspace)
        #expect(s.list(.booths).filter == "country:ru")
        #expect(s.rows(.booths).count == 7)
        s = press(s, .backspace)
        #expect(s.list(.booths).filter == "")
        #expect(s.rows(.booths).count == 12)
        #expect(try #require(s.facets).added.isEmpty)
    }

    @Test func escFOrQCloseThePanelAndTheFilterStays() {
        for key in [Key.escape, .char("F"), .char("q")] {
            let s = press(Self.booths(80, 24), .char("F"), .enter, key)
            #expect(s.mode == .normal)
            #expect(s.facets == nil)
            #expect(s.list(.booths).filter == "country:ru")
            #expect(effects(press(Self.booths(80, 24), .char("F")), key).isEmpty, "\(key) closes, never quits")
        }
    }

    @Test func keysThePanelDoesNotUseLeaveItIdle() {
        let s = press(Self.booths(80, 24), .char("F"), .down)
        for key in [Key.char("x"), .char("s"), .char("/"), .char("1"), .char("2"), .char("?"), .char("m"), .char("o"), .char("i"),
                    .char(":"), .char("y"), .ctrl("e"), .delete, .ctrl("w")] {
            let after = update(s, .key(key))
            #expect(after.state.mode == .facets, "\(key)")
            #expect(after.state.facets == s.facets, "\(key)")
            #expect(after.state.lists == s.lists && after.state.view == s.view, "\(key)")
            #expect(after.effects.isEmpty, "\(key)")
            #expect(render(after.state).text == render(s).text, "\(key)")
        }
    }

    @Test func tabAndArrowsChangeTheGroupAndWrap() {
        let s = press(Self.booths(80, 24), .char("F"))
        for (key, group) in [(Key.tab, 1), (.right, 1), (.char("l"), 1), (.backTab, 4), (.left, 4), (.char("h"), 4)] {
            #expect(press(s, key).facets?.group == group, "\(key)")
        }
        // Each group keeps its own cursor.
        let moved = press(s, .down, .tab, .backTab)
        #expect(moved.facets?.cursor == 1)
        #expect(moved.facets?.selected?.value == "CN")
    }

    @Test func fitsAt80x24AndScrollsALongGroup() throws {
        // Forty sectors, one booth each: more than 80×24 shows at once.
        let xs = (1...40).map { i in var x = Exhibitor(id: "x\(i)", name: "Maker \(i)"); x.sectors = ["sector \(i)"]; return x }
        let bs = (1...40).map { i in Booth(id: "b\(i)", expo: "e1", exhibitor: "x\(i)") }
        let many = Catalog(title: "Many", expos: [Expo(id: "e1", name: "Fair")], exhibitors: xs, booths: bs)
        var s = press(Fixtures.state(80, 24, catalog: many), .enter, .enter, .char("F"))
        let fl = FacetLayout.of(s.size, s.facets)
        #expect(fl.rect.y >= 1 && fl.rect.y + fl.rect.height <= 23, "between the header and the status line")
        // The group with the most values scrolls inside the panel.
        let panel = try #require(s.facets)
        let long = try #require(panel.groups.indices.max { panel.groups[$0].values.count < panel.groups[$1].values.count })
        #expect(panel.groups[long].values.count > fl.listRows)
        for _ in 0..<long { s = press(s, .tab) }
        s = press(s, .end)
        let last = try #require(s.facets?.values.last)
        #expect(s.facets?.cursor == (s.facets?.values.count ?? 0) - 1)
        let text = render(s).text
        #expect(text.contains(TextWidth.truncate(last.value, to: 20)), "\(text)")
        #expect(render(s).text.split(separator: "\n").last?.hasPrefix(" Booths") == true, "the status line stays")
        s = press(s, .home, .pageDown)
        #expect(s.facets?.cursor == fl.listRows)
        s = press(s, .pageUp)
        #expect(s.facets?.cursor == 0)
    }

    @Test func aClickOnAValueAddsItOnATabShowsItOutsideCloses() throws {
        let s = press(Self.booths(80, 24), .char("F"))
        let fl = FacetLayout.of(s.size, s.facets)
        let clicked = update(s, .mouse(MouseEvent(.press, x: fl.rect.x + 4, y: fl.firstValueY + 1))).state
        #expect(clicked.list(.booths).filter == "country:cn")
        #expect(clicked.rows(.booths).count == 4)
        let hallTab = try #require(fl.tabs.first { $0.text.contains("Hall") })
        #expect(update(s, .mouse(MouseEvent(.press, x: hallTab.x + 1, y: fl.rect.y + 1))).state.facets?.group == hallTab.group)
        let outside = update(s, .mouse(MouseEvent(.press, x: 0, y: 5))).state
        #expect(outside.mode == .normal && outside.facets == nil)
        #expect(update(s, .mouse(MouseEvent(.wheelDown, x: fl.rect.x + 4, y: fl.firstValueY))).state.facets?.cursor == 2)
    }

    @Test func smallTerminalsKeepThePanelInsideTheScreen() {
        for (w, h) in [(40, 10), (52, 12), (80, 24)] {
            let s = press(Self.booths(w, h), .char("F"), .end, .tab)
            let fl = FacetLayout.of(s.size, s.facets)
            #expect(fl.rect.x >= 0 && fl.rect.x + fl.rect.width <= w && fl.rect.y + fl.rect.height <= h - 1, "\(w)×\(h)")
            let lines = render(s).text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == h && lines.allSatisfy { TextWidth.of(String($0)) <= w }, "\(w)×\(h)")
            #expect(lines.contains { $0.contains("Facets") }, "\(w)×\(h)")
        }
    }

    @Test func notInTheDetails() {
        let s = press(Self.booths(120, 30), .char("i"))
        #expect(s.focus == .details)
        #expect(press(s, .char("F")).mode == .normal)
    }

    @Test func eventsCountKindsVenuesOrganisersAndExpos() {
        var s = press(Fixtures.state(80, 24, catalog: Fixtures.withEvents), .char("4"), .char("F"))
        #expect(s.facets?.groups.map(\.title) == ["Kind", "Venue", "Organiser", "Expo"])
        #expect(s.facets?.values.map(\.term) == ["kind:business-day", "kind:forum", "kind:signing"])
        s = press(s, .down, .enter)
        #expect(s.list(.events).filter == "kind:forum")
        #expect(s.rows(.events).count == 1)
    }

    @Test func exhibitorsAndDelegationsCountTheirOwnRows() {
        var s = press(Fixtures.state(80, 24), .char("2"), .char("F"))
        #expect(s.facets?.noun == "exhibitors")
        #expect(s.facets?.values.map { "\($0.value) \($0.count)" } == ["RU 2", "CN 1"])
        s = press(s, .enter)
        #expect(s.rows(.exhibitors).count == 2)
        var d = press(Fixtures.state(80, 24), .enter, .char("F"))
        #expect(d.facets?.noun == "delegations")
        #expect(d.facets?.groups.map(\.title) == ["Country", "Kind"])
        d = press(d, .tab, .enter)
        #expect(d.list(.delegations).filter == "kind:regional")
        #expect(d.rows(.delegations).count == 3, "All booths and both regional delegations")
    }

    @Test func thePlanCountsStatusesAndFiltersByThem() {
        var s = Fixtures.state(80, 24)
        s.plan = PlanState(entries: [
            PlanEntry(boothID: "b1", added: 1, status: .visited), PlanEntry(boothID: "b2", added: 1),
            PlanEntry(boothID: "b3", added: 1), PlanEntry(boothID: "b-old", added: 1, status: .skipped),
        ])
        s = press(s, .char("3"), .char("F"))
        #expect(s.facets?.groups.first?.title == "Status")
        #expect(s.facets?.values.map { "\($0.value) \($0.count) \($0.term)" } == ["to-visit 2 status:to-visit", "skipped 1 status:skipped", "visited 1 status:visited"])
        s = press(s, .enter)
        #expect(s.list(.plan).filter == "status:to-visit")
        #expect(s.rows(.plan).count == 2)
        #expect(s.message == nil, "status: is the Plan list's own field")
        s = press(type(press(s, .escape, .char("/")), " 哈尔滨"), .enter)
        #expect(s.list(.plan).filter == "status:to-visit 哈尔滨")
        #expect(s.rows(.plan).count == 1, "status: and a word together")
    }
}
