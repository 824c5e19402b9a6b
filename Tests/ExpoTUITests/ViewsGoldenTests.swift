import Testing
import ExpoModel
@testable import ExpoTUI

/// Golden screens of the views core: the Exhibitors view, `i` in each layout, the command line.
@Suite struct ViewsGoldenTests {
    /// `2` at 80×24: every exhibitor A–Z with country and booth count, and the selected
    /// exhibitor's booths across expos.
    @Test func exhibitors80() {
        // golden: exhibitors80
        let screen = render(press(Fixtures.state(80, 24), .char("2")))
        #expect(screen.text == """
         Pavilion  1  2 Exhibitors  3  4  Test catalogue               Vi Holding Group
        ┌ Exhibitors 3/3 ──────────────────────┐┌ Booths 1/1 ──────────────────────────┐
        │  Exhibitor            Country Booths ││  Expo                   Code Hall m² │
        │▸ Vi Holding Group     RU           1 ││▸ Harbin Fair 2017       —    —    84 │
        │  Амурский металлист   RU           1 ││                                      │
        │  哈尔滨啤酒           CN           1 ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        │                                      ││                                      │
        └──────────────────────────────────────┘└──────────────────────────────────────┘
         Exhibitors 3/3 · sort: name     Enter open  / filter  s search  ? help  q quit
        """)
    }

    /// `2` at 200×50: the exhibitors, their booths, and the details with the booths as links.
    @Test func exhibitors200() {
        // golden: exhibitors200
        let screen = render(press(Fixtures.state(200, 50), .char("2"), .char("j")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2 Exhibitors  3 Plan  4 Events  Test catalogue                                                                                                               Амурский металлист
        ┌ Exhibitors 3/3 ──────────────────────────────────────────────────────────┐┌ Booths 1/1 ──────────────────────────────────────────────────┐┌ Details ─────────────────────────────────────────────────┐
        │  Exhibitor                                                Country Booths ││  Expo                                          Code  Hall m² ││ Амурский металлист                                       │
        │  Vi Holding Group                                         RU           1 ││▸ Harbin Fair 2017                              A-101 —    54 ││ Id            x3                                         │
        │▸ Амурский металлист                                       RU           1 ││                                                              ││ Local name    unknown                                    │
        │  哈尔滨啤酒                                               CN           1 ││                                                              ││ Country       RU                                         │
        │                                                                          ││                                                              ││ Sectors       unknown                                    │
        │                                                                          ││                                                              ││ Website       unknown                                    │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││ Booths                                                   │
        │                                                                          ││                                                              ││               A-101 · Harbin Fair 2017 (2017) · 54 m²    │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││ Sources                                                  │
        │                                                                          ││                                                              ││ No source is cited for this record.                      │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        │                                                                          ││                                                              ││                                                          │
        └──────────────────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────────┘└──────────────────────────────────────────────────────────┘
         Exhibitors 3/3 · sort: name                                                                          Enter open  i details  : command  / filter  s search  o sort  F facets  y copy id  ? help  q quit
        """)
    }

    /// `i` on an expo at 80×24: the details take the place of the other lists.
    @Test func expoDetailsMedium() {
        // golden: expoDetailsMedium
        let screen = render(press(Fixtures.state(80, 24), .char("i")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4  Test catalogue                Harbin Fair 2017
        ┌ Expos 2/2 ────────────────────┐┌ Details 1–20/22 ────────────────────────────┐
        │  Year Expo                    ││ Harbin Fair 2017                            │
        │▸ 2017 Harbin Fair 2017        ││ Id            e1                            │
        │  2015 Empty Fair              ││ Series        unknown                       │
        │                               ││ Edition       unknown                       │
        │                               ││ Dates         2017-06-15 – 2017-06-19       │
        │                               ││ Place         Harbin, CN                    │
        │                               ││                                             │
        │                               ││ Figures                                     │
        │                               ││ Booths        2,550 (listed 3 of 2,550)     │
        │                               ││ Exhibitors    unknown                       │
        │                               ││ Area          unknown                       │
        │                               ││ Participants  unknown                       │
        │                               ││ Countries     unknown                       │
        │                               ││ Contracts     unknown                       │
        │                               ││ Delegations   2 listed                      │
        │                               ││                                             │
        │                               ││ Hosts         unknown                       │
        │                               ││ Theme         unknown                       │
        │                               ││ Topics        unknown                       │
        │                               ││                                             │
        └───────────────────────────────┘└─────────────────────────────────────────────┘
         Details · expo        Esc back  : command  s search  y copy id  ? help  q quit
        """)
    }

    /// `i` on a delegation at 80×24.
    @Test func delegationDetailsMedium() {
        // golden: delegationDetailsMedium
        let screen = render(press(Fixtures.state(80, 24), .enter, .char("j"), .char("i")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4  Test catalogue  Harbin Fair 2017 › Amur Region
        ┌ Expos 2/2 ───────────┐┌ Delegations 2/2 ─────┐┌ Details ─────────────────────┐
        │  Year Expo           ││  Delegation   Booths ││ Amur Region                  │
        │▸ 2017 Harbin Fair 2… ││  All booths        3 ││ Id         d1                │
        │  2015 Empty Fair     ││▸ Amur Region       1 ││ Expo       Harbin Fair 2017  │
        │                      ││  Приморский …      0 ││ Kind       regional          │
        │                      ││                      ││ Country    RU                │
        │                      ││                      ││ Region     unknown           │
        │                      ││                      ││ Head       unknown           │
        │                      ││                      ││ Size       unknown           │
        │                      ││                      ││ Booths     1 listed          │
        │                      ││                      ││                              │
        │                      ││                      ││ Sources                      │
        │                      ││                      ││ No source is cited for this  │
        │                      ││                      ││ record.                      │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        └──────────────────────┘└──────────────────────┘└──────────────────────────────┘
         Details · delegation · listed 3 of 2,550    Esc back  s search  ? help  q quit
        """)
    }

    /// `i` on an exhibitor under 80 columns.
    @Test func exhibitorDetailsNarrow() {
        // golden: exhibitorDetailsNarrow
        let screen = render(press(Fixtures.state(60, 16), .char("2"), .char("i")))
        #expect(screen.text == """
         Pavilion  1  2 Exhibitors  3  4           Vi Holding Group
        ┌ Details ─────────────────────────────────────────────────┐
        │ Vi Holding Group                                         │
        │ Id            x1                                         │
        │ Local name    unknown                                    │
        │ Country       RU                                         │
        │ Sectors       aluminium                                  │
        │ Website       unknown                                    │
        │                                                          │
        │ Booths                                                   │
        │               — · Harbin Fair 2017 (2017) · 84 m²        │
        │                                                          │
        │ Sources                                                  │
        │ No source is cited for this record.                      │
        └──────────────────────────────────────────────────────────┘
         Details · exhibitor   Enter open  Esc back  ? help  q quit
        """)
    }

    /// `i` on an expo under 80 columns: the details alone.
    @Test func expoDetailsNarrow() {
        // golden: expoDetailsNarrow
        let screen = render(press(Fixtures.state(60, 16), .char("i")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4            Harbin Fair 2017
        ┌ Details 1–12/22 ─────────────────────────────────────────┐
        │ Harbin Fair 2017                                         │
        │ Id            e1                                         │
        │ Series        unknown                                    │
        │ Edition       unknown                                    │
        │ Dates         2017-06-15 – 2017-06-19                    │
        │ Place         Harbin, CN                                 │
        │                                                          │
        │ Figures                                                  │
        │ Booths        2,550 (listed 3 of 2,550)                  │
        │ Exhibitors    unknown                                    │
        │ Area          unknown                                    │
        │ Participants  unknown                                    │
        └──────────────────────────────────────────────────────────┘
         Details · expo          Esc back  s search  ? help  q quit
        """)
    }

    /// `i` on an exhibitor at 80×24: its booths are links.
    @Test func exhibitorDetailsMedium() {
        // golden: exhibitorDetailsMedium
        let screen = render(press(Fixtures.state(80, 24), .char("2"), .char("i")))
        #expect(screen.text == """
         Pavilion  1  2 Exhibitors  3  4  Test catalogue               Vi Holding Group
        ┌ Exhibitors 3/3 ───────────────┐┌ Details ────────────────────────────────────┐
        │  Exhibitor             Booths ││ Vi Holding Group                            │
        │▸ Vi Holding Group           1 ││ Id            x1                            │
        │  Амурский металлист         1 ││ Local name    unknown                       │
        │  哈尔滨啤酒                 1 ││ Country       RU                            │
        │                               ││ Sectors       aluminium                     │
        │                               ││ Website       unknown                       │
        │                               ││                                             │
        │                               ││ Booths                                      │
        │                               ││               — · Harbin Fair 2017 (2017) · │
        │                               ││               84 m²                         │
        │                               ││                                             │
        │                               ││ Sources                                     │
        │                               ││ No source is cited for this record.         │
        │                               ││                                             │
        │                               ││                                             │
        │                               ││                                             │
        │                               ││                                             │
        │                               ││                                             │
        │                               ││                                             │
        │                               ││                                             │
        └───────────────────────────────┘└─────────────────────────────────────────────┘
         Details · exhibitor  Enter open  Esc back  : command  s search  ? help  q quit
        """)
    }

    /// `i` on a booth under 80 columns.
    @Test func boothDetailsNarrow() {
        // golden: boothDetailsNarrow
        let screen = render(press(Fixtures.state(60, 16), .enter, .enter, .char("i")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4        … › Vi Holding Group
        ┌ Details 1–12/19 ─────────────────────────────────────────┐
        │ Vi Holding Group                                         │
        │ Id            b1                                         │
        │ Booth         unknown                                    │
        │ Expo          Harbin Fair 2017 (2017)                    │
        │ Delegation    none                                       │
        │ Hall          unknown                                    │
        │ Area          84 m²                                      │
        │ Products      aluminium rolling                          │
        │                                                          │
        │ Exhibitor                                                │
        │ Name          Vi Holding Group                           │
        │ Id            x1                                         │
        └──────────────────────────────────────────────────────────┘
         Details · booth · listed 3 of 2,550         ? help  q quit
        """)
    }

    /// `:ex` shows the completions and the command line's own hints.
    @Test func commandLine() {
        // golden: commandLine
        let screen = render(type(press(Fixtures.state(80, 24), .char(":")), "ex"))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2  3  4  Test catalogue                Harbin Fair 2017
        ┌ Expos 2/2 ───────────┐┌ Delegations 2/2 ─────┐┌ Booths 3/3 ──────────────────┐
        │  Year Expo           ││  Delegation   Booths ││  Code  Exhibitor          m² │
        │▸ 2017 Harbin Fair 2… ││▸ All booths        3 ││▸ —     Vi Holding Group   84 │
        │  2015 Empty Fair     ││  Amur Region       1 ││  A-101 Амурский металлист 54 │
        │                      ││  Приморский …      0 ││  C-003 哈尔滨啤酒          9 │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        │                      ││                      ││                              │
        └──────────────────────┘└──────────────────────┘└──────────────────────────────┘
         :ex   :exhibitors                          Enter run  Tab complete  Esc cancel
        """)
    }
}
