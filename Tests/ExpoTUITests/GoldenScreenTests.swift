import Testing
import ExpoModel
@testable import ExpoTUI

/// Golden screens: whole renders compared with the text a person would see.
@Suite struct GoldenScreenTests {
    /// 120 columns: all four panes; wide Chinese names keep the area column aligned.
    @Test func wide() {
        let screen = render(press(Fixtures.state(120, 24), .enter, .enter))
        #expect(screen.text == """
         Pavilion · Test catalogue                                             Harbin Fair 2017 › All booths › Vi Holding Group
        ┌ Expos 2/2 ──────────────────┐┌ Delegations 2/2 ─────┐┌ Booths 3/3 ────────────────┐┌ Details ────────────────────────┐
        │▸ 2017  Harbin Fair 2017     ││▸ All booths        3 ││▸ —      Vi Holding Gro… 84 ││ Vi Holding Group                │
        │  2015  Empty Fair           ││  Amur Region       1 ││  A-101  Амурский метал… 54 ││ Booth      unknown              │
        │                             ││  Приморский край   0 ││  C-003  哈尔滨啤酒       9 ││ Expo       Harbin Fair 2017     │
        │                             ││                      ││                            ││            (2017)               │
        │                             ││                      ││                            ││ Delegation none                 │
        │                             ││                      ││                            ││ Hall       unknown              │
        │                             ││                      ││                            ││ Area       84 m²                │
        │                             ││                      ││                            ││ Products   aluminium rolling    │
        │                             ││                      ││                            ││                                 │
        │                             ││                      ││                            ││ Exhibitor                       │
        │                             ││                      ││                            ││ Name       Vi Holding Group     │
        │                             ││                      ││                            ││ Local name unknown              │
        │                             ││                      ││                            ││ Country    RU                   │
        │                             ││                      ││                            ││ Sectors    aluminium            │
        │                             ││                      ││                            ││ Website    unknown              │
        │                             ││                      ││                            ││                                 │
        │                             ││                      ││                            ││ Sources                         │
        │                             ││                      ││                            ││ No source is cited for this     │
        │                             ││                      ││                            ││ record.                         │
        │                             ││                      ││                            ││                                 │
        └─────────────────────────────┘└──────────────────────┘└────────────────────────────┘└─────────────────────────────────┘
         Booths 3/3 · listed 3 of 2,550 · sort: name                                 / filter  s search  o sort  ? help  q quit
        """)
    }

    /// 90 columns: three panes; Enter on a booth puts the details where the booths were.
    @Test func medium() {
        let screen = render(press(Fixtures.state(90, 24), .enter, .enter, .enter))
        #expect(screen.text == """
         Pavilion · Test catalogue               Harbin Fair 2017 › All booths › Vi Holding Group
        ┌ Expos 2/2 ──────────────┐┌ Delegations 2/2 ────────┐┌ Details ─────────────────────────┐
        │▸ 2017  Harbin Fair 2017 ││▸ All booths           3 ││ Vi Holding Group                 │
        │  2015  Empty Fair       ││  Amur Region          1 ││ Booth      unknown               │
        │                         ││  Приморский край      0 ││ Expo       Harbin Fair 2017      │
        │                         ││                         ││            (2017)                │
        │                         ││                         ││ Delegation none                  │
        │                         ││                         ││ Hall       unknown               │
        │                         ││                         ││ Area       84 m²                 │
        │                         ││                         ││ Products   aluminium rolling     │
        │                         ││                         ││                                  │
        │                         ││                         ││ Exhibitor                        │
        │                         ││                         ││ Name       Vi Holding Group      │
        │                         ││                         ││ Local name unknown               │
        │                         ││                         ││ Country    RU                    │
        │                         ││                         ││ Sectors    aluminium             │
        │                         ││                         ││ Website    unknown               │
        │                         ││                         ││                                  │
        │                         ││                         ││ Sources                          │
        │                         ││                         ││ No source is cited for this      │
        │                         ││                         ││ record.                          │
        │                         ││                         ││                                  │
        └─────────────────────────┘└─────────────────────────┘└──────────────────────────────────┘
         Details · listed 3 of 2,550                   / filter  s search  o sort  ? help  q quit
        """)
    }

    /// Under 80 columns: one pane at a time, with the breadcrumb in the header.
    @Test func narrow() {
        let screen = render(press(Fixtures.state(60, 12), .enter))
        #expect(screen.text == """
         Pavilion · Test catalogue    Harbin Fair 2017 › All booths
        ┌ Delegations 2/2 ─────────────────────────────────────────┐
        │▸ All booths                                            3 │
        │  Amur Region                                           1 │
        │  Приморский край                                       0 │
        │                                                          │
        │                                                          │
        │                                                          │
        │                                                          │
        │                                                          │
        └──────────────────────────────────────────────────────────┘
         Delegations 2/2 · listed 3 of 2,550 · sort: name
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
        let screen = render(type(press(Fixtures.state(120, 24), .enter, .enter, .char("/")), "amur"))
        #expect(screen.text == """
         Pavilion · Test catalogue                                           Harbin Fair 2017 › All booths › Амурский металлист
        ┌ Expos 2/2 ──────────────────┐┌ Delegations 2/2 ─────┐┌ Booths 2/3 /amur ──────────┐┌ Details 1–20/25 ────────────────┐
        │▸ 2017  Harbin Fair 2017     ││▸ All booths        3 ││▸ A-101  Амурский метал… 54 ││ Амурский металлист              │
        │  2015  Empty Fair           ││  Amur Region       1 ││  —      Vi Holding Gro… 84 ││ Booth      A-101                │
        │                             ││  Приморский край   0 ││                            ││ Expo       Harbin Fair 2017     │
        │                             ││                      ││                            ││            (2017)               │
        │                             ││                      ││                            ││ Delegation Amur Region          │
        │                             ││                      ││                            ││ Hall       unknown              │
        │                             ││                      ││                            ││ Area       54 m²                │
        │                             ││                      ││                            ││ Products   unknown              │
        │                             ││                      ││                            ││                                 │
        │                             ││                      ││                            ││ Exhibitor                       │
        │                             ││                      ││                            ││ Name       Амурский металлист   │
        │                             ││                      ││                            ││ Local name unknown              │
        │                             ││                      ││                            ││ Country    RU                   │
        │                             ││                      ││                            ││ Sectors    unknown              │
        │                             ││                      ││                            ││ Website    unknown              │
        │                             ││                      ││                            ││                                 │
        │                             ││                      ││                            ││ Delegation                      │
        │                             ││                      ││                            ││ Name       Amur Region          │
        │                             ││                      ││                            ││ Kind       regional             │
        │                             ││                      ││                            ││ Country    RU                   │
        └─────────────────────────────┘└──────────────────────┘└────────────────────────────┘└─────────────────────────────────┘
         /amur▏  2/3                                                                                      Enter keep  Esc clear
        """)
    }

    /// `s` then `ha`: results across the catalogue with expo, delegation, booth and area.
    @Test func search() {
        let screen = render(type(press(Fixtures.state(100, 24), .char("s")), "ha"))
        #expect(screen.text == """
         Pavilion · Test catalogue                                                         Harbin Fair 2017
        ┌ ┌ Search exhibitors ───────────────────────────────────────────────────────────────────────────┐─┐
        │▸│ > ha▏                                                                                    3/3 │ │
        │ │▸ 哈尔滨啤酒                 Harbin Fair 2017 (2017)    —                   C-003       9 m²  │ │
        │ │  Vi Holding Group           Harbin Fair 2017 (2017)    —                   —          84 m²  │ │
        │ │  Амурский металлист         Harbin Fair 2017 (2017)    Amur Region         A-101      54 m²  │ │
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
        │ │                                                                                              │ │
        └─└ Enter go to booth · ↑↓ move · Esc close ─────────────────────────────────────────────────────┘─┘
         Search 3/3                                                   Enter go to booth  ↑↓ move  Esc close
        """)
    }

    /// `?` at 80×24 scrolls: j moved it down two lines.
    @Test func help80() {
        let screen = render(press(Fixtures.state(80, 24), .char("?"), .char("j"), .char("j")))
        #expect(screen.text == """
         Pavilion · Test catalogue                                     Harbin Fair 2017
        ┌ Expos 2/2┌ Keys 3–22/31 ─────────────────────────────────────────┐───────────┐
        │▸ 2017  Ha│   ↓ j            down one row                         │ Group  84 │
        │  2015  Em│   PgUp Ctrl-U    up one page                          │еталли… 54 │
        │          │   PgDn Ctrl-D    down one page                        │         9 │
        │          │   Home g         first row                            │           │
        │          │   End G          last row                             │           │
        │          │ Panes                                                 │           │
        │          │   ← h            pane to the left                     │           │
        │          │   → l            pane to the right                    │           │
        │          │   Tab            next pane                            │           │
        │          │   Shift-Tab      previous pane                        │           │
        │          │   Enter          drill in / open details              │           │
        │          │   Esc Backspace  clear filter, or go back             │           │
        │          │ Find                                                  │           │
        │          │   /              filter this pane as you type         │           │
        │          │   s              search exhibitors everywhere         │           │
        │          │   o              cycle sort order                     │           │
        │          │ App                                                   │           │
        │          │   ?              this help                            │           │
        │          │   q Ctrl-C       quit                                 │           │
        │          │ Typing a filter or search                             │           │
        └──────────└ j/k scroll · Esc closes ──────────────────────────────┘───────────┘
         Expos 2/2 · sort: date              / filter  s search  o sort  ? help  q quit
        """)
    }
}
