import Testing
import ExpoModel
@testable import ExpoTUI

/// Golden screens of the Plan view: a timed plan with a clash, an entry whose booth is gone,
/// and a booth's details showing its entry.
@Suite struct PlanGoldenTests {
    /// Three booths planned (two at overlapping times, one with a two-line note) and one entry
    /// for a booth the catalogue no longer lists.
    static func planned(_ w: Int, _ h: Int) -> BrowserState {
        var s = Fixtures.state(w, h)
        let t = { (d: Int, h: Int, m: Int) in LocalDateTime(year: 2017, month: 6, day: d, hour: h, minute: m) }
        s.plan = PlanState(entries: [
            PlanEntry(boothID: "b1", added: 1, status: .visited, note: "aluminium prices\nask for the catalogue", start: t(16, 10, 0), timeZone: "Asia/Harbin"),
            PlanEntry(boothID: "b3", added: 1, start: t(16, 10, 15), timeZone: "Asia/Harbin", durationMinutes: 45, priority: 1),
            PlanEntry(boothID: "b2", added: 1, status: .contacted),
            PlanEntry(boothID: "b-old", added: 1, note: "met in 2016"),
        ])
        return press(s, .char("3"))
    }

    @Test func plan80() {
        // golden: plan80
        let screen = render(Self.planned(80, 24))
        #expect(screen.text == """
         Pavilion  1  2  3 Plan  4  Test catalogue                     Vi Holding Group
        ┌ Plan 4/4 · 4 planned · 1 visited · 1 contacted · 1 clash ────────────────────┐
        │  Time        !     Status      Code  Exhibitor          Hall Note            │
        │▸ 06-16 10:00 clash ✓ visited   —     Vi Holding Group   —    aluminium pric… │
        │  06-16 10:15 clash ★ to-visit  A-101 Амурский металлист —                    │
        │  —                 ✉ contacted C-003 哈尔滨啤酒         C                    │
        │  —                 ★ to-visit  b-old not in this catal… —    met in 2016     │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         Plan 4/4 · sort: time   Enter open  / filter  m mark  d remove  ? help  q quit
        """)
    }

    @Test func plan200() {
        // golden: plan200
        let screen = render(press(Self.planned(200, 50), .char("i")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2 Exhibitors  3 Plan  4 Events  Test catalogue                                                                                                                 Vi Holding Group
        ┌ Plan 4/4 · 4 planned · 1 visited · 1 contacted · 1 clash ────────────────────────────────────────────────────────────────┐┌ Details ─────────────────────────────────────────────────────────────────┐
        │  Time        !     Status      Code  Exhibitor                                      Hall Note                            ││ Vi Holding Group                                                         │
        │▸ 06-16 10:00 clash ✓ visited   —     Vi Holding Group                               —    aluminium prices                ││ Id            b1                                                         │
        │  06-16 10:15 clash ★ to-visit  A-101 Амурский металлист                             —                                    ││ Plan          ✓ visited · 2017-06-16 10:00–10:30 Asia/Harbin             │
        │  —                 ✉ contacted C-003 哈尔滨啤酒                                     C                                    ││ Note          aluminium prices                                           │
        │  —                 ★ to-visit  b-old not in this catalogue any more                 —    met in 2016                     ││               ask for the catalogue                                      │
        │                                                                                                                          ││ Booth         unknown                                                    │
        │                                                                                                                          ││ Expo          Harbin Fair 2017 (2017)                                    │
        │                                                                                                                          ││ Delegation    none                                                       │
        │                                                                                                                          ││ Hall          unknown                                                    │
        │                                                                                                                          ││ Area          84 m²                                                      │
        │                                                                                                                          ││ Products      aluminium rolling                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││ Exhibitor                                                                │
        │                                                                                                                          ││ Name          Vi Holding Group                                           │
        │                                                                                                                          ││ Id            x1                                                         │
        │                                                                                                                          ││ Local name    unknown                                                    │
        │                                                                                                                          ││ Country       RU                                                         │
        │                                                                                                                          ││ Sectors       aluminium                                                  │
        │                                                                                                                          ││ Website       unknown                                                    │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││ Sources                                                                  │
        │                                                                                                                          ││ No source is cited for this record.                                      │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││                                                                          │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────────────────┘
         Details · booth                                                                                                      ← panes  Esc back  : command  s search  m mark  n note  y copy id  ? help  q quit
        """)
    }

    @Test func emptyPlan80() {
        // golden: emptyPlan80
        let screen = render(press(Fixtures.state(80, 12), .char("3")))
        #expect(screen.text == """
         Pavilion  1  2  3 Plan  4  Test catalogue
        ┌ Plan 0/0 ────────────────────────────────────────────────────────────────────┐
        │ No booths planned yet: press m on a booth to mark it                         │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
         Plan 0/0 · sort: time    : command  / filter  s search  o sort  ? help  q quit
        """)
    }
}
