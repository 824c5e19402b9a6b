import Testing
import ExpoModel
@testable import ExpoTUI

/// Golden screens: whole renders compared with the text a person would see.
@Suite struct GoldenScreenTests {
    /// 120 columns: all four panes; wide Chinese names keep the area column aligned.
    @Test func wide() {
        // golden: wide
        let screen = render(press(Fixtures.state(120, 24), .enter, .enter))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2 Exhibitors  3 Plan  4 Events  Test catalog…  Harbin Fair 2017 › All booths › Vi Holding Group
        ┌ Expos 2/2 ──────────────────┐┌ Delegations 2/2 ─────┐┌ Booths 3/3 ────────────────┐┌ Details 1–20/21 ────────────────┐
        │  Year Expo                  ││  Delegation   Booths ││  Code  Exhibitor        m² ││ Vi Holding Group                │
        │▸ 2017 Harbin Fair 2017      ││▸ All booths        3 ││▸ —     Vi Holding Group 84 ││ Id         b1                   │
        │  2015 Empty Fair            ││  Amur Region       1 ││  A-101 Амурский металл… 54 ││ Booth      unknown              │
        │                             ││  Приморский …      0 ││  C-003 哈尔滨啤酒        9 ││ Expo       Harbin Fair 2017     │
        │                             ││                      ││                            ││            (2017)               │
        │                             ││                      ││                            ││ Delegation none                 │
        │                             ││                      ││                            ││ Hall       unknown              │
        │                             ││                      ││                            ││ Area       84 m²                │
        │                             ││                      ││                            ││ Products   aluminium rolling    │
        │                             ││                      ││                            ││                                 │
        │                             ││                      ││                            ││ Exhibitor                       │
        │                             ││                      ││                            ││ Name       Vi Holding Group     │
        │                             ││                      ││                            ││ Id         x1                   │
        │                             ││                      ││                            ││ Local name unknown              │
        │                             ││                      ││                            ││ Country    RU                   │
        │                             ││                      ││                            ││ Sectors    aluminium            │
        │                             ││                      ││                            ││ Website    unknown              │
        │                             ││                      ││                            ││                                 │
        │                             ││                      ││                            ││ Sources                         │
        │                             ││                      ││                            ││ No source is cited for this     │
        └─────────────────────────────┘└──────────────────────┘└────────────────────────────┘└─────────────────────────────────┘
         Booths 3/3 · listed 3 of 2,550 · sort: name           Enter open  Esc back  / filter  s search  m mark  ? help  q quit
        """)
    }

    /// 90 columns: three panes; Enter on a booth puts the details where the booths were.
    @Test func medium() {
        // golden: medium
        let screen = render(press(Fixtures.state(90, 24), .enter, .enter, .enter))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4          Harbin Fair 2017 › All booths › Vi Holding Group
        ┌ Expos 2/2 ──────────────┐┌ Delegations 2/2 ────────┐┌ Details 1–20/21 ─────────────────┐
        │  Year Expo              ││  Delegation      Booths ││ Vi Holding Group                 │
        │▸ 2017 Harbin Fair 2017  ││▸ All booths           3 ││ Id         b1                    │
        │  2015 Empty Fair        ││  Amur Region          1 ││ Booth      unknown               │
        │                         ││  Приморский край      0 ││ Expo       Harbin Fair 2017      │
        │                         ││                         ││            (2017)                │
        │                         ││                         ││ Delegation none                  │
        │                         ││                         ││ Hall       unknown               │
        │                         ││                         ││ Area       84 m²                 │
        │                         ││                         ││ Products   aluminium rolling     │
        │                         ││                         ││                                  │
        │                         ││                         ││ Exhibitor                        │
        │                         ││                         ││ Name       Vi Holding Group      │
        │                         ││                         ││ Id         x1                    │
        │                         ││                         ││ Local name unknown               │
        │                         ││                         ││ Country    RU                    │
        │                         ││                         ││ Sectors    aluminium             │
        │                         ││                         ││ Website    unknown               │
        │                         ││                         ││                                  │
        │                         ││                         ││ Sources                          │
        │                         ││                         ││ No source is cited for this      │
        └─────────────────────────┘└─────────────────────────┘└──────────────────────────────────┘
         Details · booth · listed 3 of 2,550           Esc back  s search  m mark  ? help  q quit
        """)
    }

    /// Under 80 columns: one pane at a time, with the breadcrumb in the header.
    @Test func narrow() {
        // golden: narrow
        let screen = render(press(Fixtures.state(60, 12), .enter))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4  Harbin Fair … › All booths
        ┌ Delegations 2/2 ─────────────────────────────────────────┐
        │  Delegation                                       Booths │
        │▸ All booths                                            3 │
        │  Amur Region                                           1 │
        │  Приморский край                                       0 │
        │                                                          │
        │                                                          │
        │                                                          │
        │                                                          │
        └──────────────────────────────────────────────────────────┘
         Delegations 2/2 · listed 3 of 2,550 · sor…  ? help  q quit
        """)
    }

    /// Under 40×10: only the message.
    @Test func tooSmall() {
        let screen = render(Fixtures.state(39, 10))
        #expect(screen.text == """




                  Terminal too small
                     (needs 40×10)




        """)
    }

    /// `/amur` in the booth pane: count 2/3 in the title and status line; best match first.
    @Test func filter() {
        // golden: filter
        let screen = render(type(press(Fixtures.state(120, 24), .enter, .enter, .char("/")), "amur"))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2 Exhibitors  3 Plan  4 Events  Test catal…  Harbin Fair 2017 › All booths › Амурский металлист
        ┌ Expos 2/2 ──────────────────┐┌ Delegations 2/2 ─────┐┌ Booths 2/3 /amur ──────────┐┌ Details 1–20/28 ────────────────┐
        │  Year Expo                  ││  Delegation   Booths ││  Code  Exhibitor        m² ││ Амурский металлист              │
        │▸ 2017 Harbin Fair 2017      ││▸ All booths        3 ││▸ A-101 Амурский металл… 54 ││ Id         b3                   │
        │  2015 Empty Fair            ││  Amur Region       1 ││  —     Vi Holding Group 84 ││ Booth      A-101                │
        │                             ││  Приморский …      0 ││                            ││ Expo       Harbin Fair 2017     │
        │                             ││                      ││                            ││            (2017)               │
        │                             ││                      ││                            ││ Delegation Amur Region          │
        │                             ││                      ││                            ││ Hall       unknown              │
        │                             ││                      ││                            ││ Area       54 m²                │
        │                             ││                      ││                            ││ Products   unknown              │
        │                             ││                      ││                            ││                                 │
        │                             ││                      ││                            ││ Exhibitor                       │
        │                             ││                      ││                            ││ Name       Амурский металлист   │
        │                             ││                      ││                            ││ Id         x3                   │
        │                             ││                      ││                            ││ Local name unknown              │
        │                             ││                      ││                            ││ Country    RU                   │
        │                             ││                      ││                            ││ Sectors    unknown              │
        │                             ││                      ││                            ││ Website    unknown              │
        │                             ││                      ││                            ││                                 │
        │                             ││                      ││                            ││ Delegation                      │
        │                             ││                      ││                            ││ Name       Amur Region          │
        └─────────────────────────────┘└──────────────────────┘└────────────────────────────┘└─────────────────────────────────┘
         /amur   2/3                                                                                      Enter keep  Esc clear
        """)
    }

    /// `s` then `ha`: results across the catalogue with expo, delegation, booth and area.
    @Test func search() {
        // golden: search
        let screen = render(type(press(Fixtures.state(100, 24), .char("s")), "ha"))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4  Test catalogue                                    Harbin Fair 2017
        ┌ ┌ Search exhibitors ───────────────────────────────────────────────────────────────────────────┐─┐
        │ │ > ha                                                                                     3/3 │ │
        │▸│  Exhibitor                    Expo                             Delegation           Booth m² │ │
        │ │▸ 哈尔滨啤酒                   Harbin Fair 2017 (2017)          —                    C-003  9 │ │
        │ │  Vi Holding Group             Harbin Fair 2017 (2017)          —                    —     84 │ │
        │ │  Амурский металлист           Harbin Fair 2017 (2017)          Amur Region          A-101 54 │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        │ │                                                                                              │ │
        └─└ Enter go to booth  Tab mark  Esc close ──────────────────────────────────────────────────────┘─┘
         Search 3/3                                                  Enter go to booth  Tab mark  Esc close
        """)
    }

    /// `?` at 80×24 scrolls: j moved it down two lines.
    @Test func help80() {
        // golden: help80
        let screen = render(press(Fixtures.state(80, 24), .char("?"), .char("j"), .char("j")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4  Test catalogue                Harbin Fair 2017
        ┌┌ Keys 3–22/106 ─────────────────────────────────────────────────────────────┐┐
        ││   ↓ j Ctrl-N Ctrl-J  down one row (details: scroll)                        ││
        ││   PgUp Ctrl-U        up one page                                           ││
        ││   PgDn Ctrl-D        down one page                                         ││
        ││   Home g             first row                                             ││
        ││   End G              last row                                              ││
        ││ Panes                                                                      ││
        ││   ← h                pane to the left                                      ││
        ││   → l                pane to the right                                     ││
        ││   Tab                next pane (wraps)                                     ││
        ││   Shift-Tab          previous pane (wraps)                                 ││
        ││   Enter              drill in / open details / follow link                 ││
        ││   i                  details of the selected row                           ││
        ││   Esc Backspace      clear filter, close details, or go back               ││
        ││   ]                  details: next link                                    ││
        ││   [                  details: previous link                                ││
        ││ Views                                                                      ││
        ││   1                  Catalogue view: expos, delegations, booths            ││
        ││   2                  Exhibitors view: every exhibitor A–Z                  ││
        ││   3                  Plan view: the booths you marked, by time             ││
        ││   4                  Events view: forums, signings and business days       ││
        └└ j/k g/G scroll · Esc closes ───────────────────────────────────────────────┘┘
         Help                                                                 Esc close
        """)
    }
}
