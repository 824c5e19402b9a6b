import Testing
import ExpoModel
@testable import ExpoTUI

extension Fixtures {
    /// The test catalogue with a hall and four events at its first expo, one of them organised
    /// by the Amur delegation, and none at the second.
    static let withEvents: Catalog = {
        var c = catalog
        var hall = Hall(id: "h-a", expo: "e1", name: "Hall A")
        hall.areaSqm = 12_000
        var forum = ExpoEvent(id: "ev-forum", expo: "e1", title: "High-level forum on trade")
        forum.kind = .forum; forum.start = "2017-06-15T09:30"; forum.end = "2017-06-15T12:00"
        forum.venue = "Harbin International Conference Center"; forum.organisers = ["d1"]; forum.speakers = ["Wang Yang"]
        forum.topics = ["trade", "investment"]; forum.sources = ["s1"]
        var business = ExpoEvent(id: "ev-b2b", expo: "e1", title: "Business matchmaking day")
        business.kind = .businessDay; business.start = "2017-06-16"; business.hall = "h-a"
        var signing = ExpoEvent(id: "ev-sign", expo: "e1", title: "Signing of agreements")
        signing.kind = .signing; signing.start = "2017-06-16T10:00+08:00"; signing.end = "2017-06-16T03:30Z"
        let undated = ExpoEvent(id: "ev-round", expo: "e1", title: "Круглый стол по логистике")
        c.halls = [hall]
        c.events = [business, undated, signing, forum]
        return c
    }()
}

@Suite struct EventsViewTests {
    static func events(_ w: Int, _ h: Int) -> BrowserState {
        press(Fixtures.state(w, h, catalog: Fixtures.withEvents), .char("4"))
    }

    @Test func events80() {
        // golden: events80
        let screen = render(Self.events(80, 24))
        #expect(screen.text == """
         Pavilion  1  2  3  4 Events  Test catalogue          High-level forum on trade
        ┌ Events 4/4 · Harbin Fair 2017 ───────────────────────────────────────────────┐
        │  Date  Time        Kind         Event                   Venue                │
        │▸ 06-15 09:30–12:00 forum        High-level forum on tr… Harbin Internationa… │
        │  06-16 all day     business-day Business matchmaking d… Hall A               │
        │  06-16 10:00–11:30 signing      Signing of agreements   —                    │
        │  —     —           —            Круглый стол по логист… —                    │
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
         Events 4/4 · sort: time           Enter open  / filter  m mark  ? help  q quit
        """)
    }

    @Test func events200() {
        // golden: events200
        let screen = render(press(Self.events(200, 50), .char("i")))
        #expect(screen.text == """
         Pavilion  1 Catalogue  2 Exhibitors  3 Plan  4 Events  Test catalogue                                                                                                        High-level forum on trade
        ┌ Events 4/4 · Harbin Fair 2017 ───────────────────────────────────────────────────────────────────────────────────────────┐┌ Details ─────────────────────────────────────────────────────────────────┐
        │  Date  Time        Kind         Event                                 Venue                                              ││ High-level forum on trade                                                │
        │▸ 06-15 09:30–12:00 forum        High-level forum on trade             Harbin International Conference Center             ││ Id            ev-forum                                                   │
        │  06-16 all day     business-day Business matchmaking day              Hall A                                             ││ Kind          forum                                                      │
        │  06-16 10:00–11:30 signing      Signing of agreements                 —                                                  ││ When          2017-06-15 09:30–12:00                                     │
        │  —     —           —            Круглый стол по логистике             —                                                  ││ Expo          Harbin Fair 2017 (2017)                                    │
        │                                                                                                                          ││ Venue         Harbin International Conference Center                     │
        │                                                                                                                          ││ Organisers    Amur Region                                                │
        │                                                                                                                          ││ Speakers      Wang Yang                                                  │
        │                                                                                                                          ││ Topics        trade, investment                                          │
        │                                                                                                                          ││                                                                          │
        │                                                                                                                          ││ Sources                                                                  │
        │                                                                                                                          ││ [s1] A source                                                            │
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
         Details · event                                                                                                      ← panes  Esc back  : command  s search  m mark  n note  y copy id  ? help  q quit
        """)
    }

    @Test func programmeOrderThenAToZ() {
        let s = Self.events(120, 30)
        #expect(s.view == .events)
        #expect(s.rows(.events).map(\.name) == ["High-level forum on trade", "Business matchmaking day", "Signing of agreements", "Круглый стол по логистике"])
        let byName = press(s, .char("o"))
        #expect(byName.rows(.events).map(\.name).first == "Business matchmaking day")
        #expect(byName.chosenSort(.events) == .name)
    }

    @Test func theFilterTakesKindDateHallAndTopicTerms() {
        let s = Self.events(120, 30)
        func names(_ filter: String) -> [String] { press(type(press(s, .char("/")), filter), .enter).rows(.events).map(\.name) }
        #expect(names("kind:signing") == ["Signing of agreements"])
        #expect(names("date>=2017-06-16") == ["Business matchmaking day", "Signing of agreements"])
        #expect(names("date<2017-06-16") == ["High-level forum on trade"])
        #expect(names("hall:hall a") == ["Business matchmaking day"])
        #expect(names("investment") == ["High-level forum on trade"])
        #expect(names("delegation:amur") == ["High-level forum on trade"])
        #expect(names("kind:event").count == 4, "every event is of kind event")
        let bad = press(type(press(s, .char("/")), "date>=June"), .enter)
        #expect(bad.message?.contains("which is not a date") == true, "\(bad.message ?? "")")
    }

    @Test func anExpoWithoutEventsShowsEveryExpos() {
        // The second expo has no events: the view lists all of them and says so.
        let s = press(press(Fixtures.state(120, 30, catalog: Fixtures.withEvents), .down), .char("4"))
        #expect(s.eventScope.label == "all expos")
        #expect(s.rows(.events).count == 4)
        #expect(render(s).lines()[1].contains("Events 4/4 · all expos"))
        let first = Self.events(120, 30)
        #expect(first.eventScope.label == "Harbin Fair 2017")
    }

    @Test func eventDetailsConvertTheEndToTheStartsOffset() {
        let s = press(Self.events(200, 50), .down, .down)
        #expect(s.shownDetailsTarget == .event(2))
        let items = Details.items(for: s)
        #expect(items.contains(.field("When", "2017-06-16 10:00–11:30 (+08:00)")))
        #expect(EventsRows.time(Fixtures.withEvents.events[2]) == "10:00–11:30")
    }

    @Test func expoDelegationAndBoothDetailsShowHallsAndEvents() {
        let c = Fixtures.withEvents
        let expo = Details.expo(c.expos[0], in: c)
        #expect(expo.contains(.heading("Halls")) && expo.contains(.field("Hall A", "12,000 m²")))
        #expect(expo.contains(.text("2017-06-15 09:30 · High-level forum on trade")))
        #expect(expo.last(where: { if case .text = $0 { return true }; return false }) != nil)
        let amur = Details.delegation(c.delegations[0], in: c)
        #expect(amur.contains(.heading("Events organised")) && amur.contains(.text("2017-06-15 09:30 · High-level forum on trade")))
        var b = c.booths[1]
        b.hall = "h-a"
        #expect(Details.boothHall(b, in: c) == "Hall A (12,000 m²)")
        #expect(Details.boothHall(c.booths[1], in: c) == "C", "a hall that is only a name stays as it is")
    }

    @Test func markingAnEventPlansItAtItsTime() throws {
        let s = Self.events(120, 30)
        let fx = effects(s, .char("m"))
        let start = try #require(LocalDateTime(year: 2017, month: 6, day: 15, hour: 9, minute: 30))
        #expect(fx == [.plan(.toggle("event:ev-forum")), .plan(.setStart("event:ev-forum", start, timeZone: nil)),
                       .plan(.setDuration("event:ev-forum", 150))])
        let marked = press(s, .char("m"))
        #expect(marked.notice == "★ marked High-level forum on trade")
        #expect(render(marked).lines()[3].contains("★ 06-15 09:30–12:00"), "the mark column appears")
        let plan = press(marked, .char("3"))
        #expect(plan.rows(.plan).map(\.name) == ["High-level forum on trade"])
        let line = render(plan).lines()[3]
        #expect(line.contains("06-15 09:30") && line.contains("event") && line.contains("Harbin International"), "\(line)")
        // A date alone gives no time: the entry is unscheduled.
        let business = press(s, .down, .char("m"))
        #expect(business.plan.entry("event:ev-b2b")?.start == nil)
        // m again unmarks.
        #expect(press(marked, .char("m")).plan.entries.isEmpty)
    }

    @Test func anEventInThePlanExportsToICSWithItsTitleAndPlace() throws {
        let c = Fixtures.withEvents
        let entry = PlanEntry.forEvent(try #require(c.event("ev-forum")), timeZone: "Asia/Harbin", added: 1_497_000_000)
        #expect(entry.durationMinutes == 150)
        let ics = PlanExporter(catalog: c, entries: [entry], now: 1_497_000_000).render(.ics)
        #expect(ics.contains("SUMMARY:High-level forum on trade\r\n"))
        #expect(ics.contains("LOCATION:Harbin Fair 2017\\, Harbin International Conference Center\r\n"), "\(ics)")
        #expect(ics.contains("DTSTART;TZID=Asia/Harbin:20170615T093000\r\n"))
        #expect(ics.contains("DTEND;TZID=Asia/Harbin:20170615T120000\r\n"))
        let gone = PlanExporter(catalog: Fixtures.catalog, entries: [entry], now: 1_497_000_000).render(.md)
        #expect(gone.contains("1 not in this catalogue any more"), "\(gone)")
    }
}

/// The Events view's time column, reached through the state's helper.
enum EventsRows {
    static func time(_ e: ExpoEvent) -> String { BrowserState.timeRange(e) }
}
