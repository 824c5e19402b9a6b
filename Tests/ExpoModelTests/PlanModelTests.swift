import Testing
@testable import ExpoModel

/// The plan's model: dates, changes, the walking order with clashes, and typed times.
@Suite struct PlanModelTests {
    func t(_ d: Int, _ h: Int, _ m: Int) -> LocalDateTime? { LocalDateTime(year: 2017, month: 6, day: d, hour: h, minute: m) }

    @Test func localDateTimeChecksRangesAndCountsMinutes() throws {
        #expect(LocalDateTime(year: 2017, month: 2, day: 29) == nil)
        #expect(LocalDateTime(year: 2016, month: 2, day: 29) != nil)
        #expect(LocalDateTime(year: 2017, month: 6, day: 16, hour: 24) == nil)
        let a = try #require(LocalDateTime(iso: "2017-06-16T23:45"))
        #expect(a.adding(minutes: 30).description == "2017-06-17T00:15")
        #expect(a.adding(minutes: -24 * 60 * 366).description == "2016-06-15T23:45")
        #expect(LocalDateTime(iso: "2017-12-31 23:59")?.adding(minutes: 1).description == "2018-01-01T00:00")
        #expect(LocalDateTime(iso: "2017-06-16T10:30:15") == nil)
        #expect(LocalDateTime(iso: "16.06.2017 10:30") == nil)
        #expect(a.spaced == "2017-06-16 23:45")
    }

    @Test func changesApplyAndReportWhatTheyRemoved() {
        var entries: [String: PlanEntry] = [:]
        PlanChange.add(["a", "b"]).apply(to: &entries, now: 10)
        PlanChange.setNote("a", "hello").apply(to: &entries, now: 20)
        PlanChange.add(["a"]).apply(to: &entries, now: 30)
        #expect(entries["a"]?.note == "hello")
        #expect(entries["a"]?.added == 10 && entries["a"]?.updated == 20)
        PlanChange.setPriority("a", 7).apply(to: &entries, now: 40)
        #expect(entries["a"]?.priority == 3)
        PlanChange.setStart("b", t(16, 10, 0), timeZone: "Asia/Harbin").apply(to: &entries, now: 40)
        PlanChange.setStart("b", nil, timeZone: "Asia/Harbin").apply(to: &entries, now: 41)
        #expect(entries["b"]?.start == nil && entries["b"]?.timeZone == nil)
        let removed = PlanChange.remove(["a", "zzz"]).apply(to: &entries, now: 50)
        #expect(removed.map(\.boothID) == ["a"])
        PlanChange.restore(removed).apply(to: &entries, now: 60)
        #expect(entries["a"] == removed.first)
        #expect(PlanChange.toggle("b").apply(to: &entries, now: 70).map(\.boothID) == ["b"])
        #expect(entries["b"] == nil)
        PlanChange.setNote("c", "").apply(to: &entries, now: 80)
        #expect(entries["c"] != nil && entries["c"]?.note == nil)
    }

    @Test func scheduleOrdersByTimeThenHallAndCodeAndFlagsClashes() {
        var b1 = Booth(id: "b1", expo: "e", exhibitor: "x"); b1.hall = "Hall 10"; b1.code = "A2"
        var b2 = Booth(id: "b2", expo: "e", exhibitor: "x"); b2.hall = "Hall 9"; b2.code = "A10"
        var b3 = Booth(id: "b3", expo: "e", exhibitor: "x"); b3.hall = "Hall 9"; b3.code = "A9"
        var b4 = Booth(id: "b4", expo: "e", exhibitor: "x"); b4.hall = "Hall 10"; b4.code = "C1"
        let catalog = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [Exhibitor(id: "x", name: "X")], booths: [b1, b2, b3, b4])
        let entries = [
            PlanEntry(boothID: "b1", added: 0),
            PlanEntry(boothID: "b2", added: 0),
            PlanEntry(boothID: "b3", added: 0, start: t(16, 10, 0)),
            PlanEntry(boothID: "b4", added: 0, start: t(16, 10, 20), durationMinutes: 30),
            PlanEntry(boothID: "gone", added: 0, start: t(16, 11, 0)),
        ]
        let s = PlanSchedule(entries: entries, catalog: catalog)
        #expect(s.items.map(\.entry.boothID) == ["b3", "b4", "gone", "b2", "b1"])
        #expect(s.clashes == 1)
        #expect(s.items.map(\.clash) == [true, true, false, false, false])
        #expect(s.items[2].booth == nil)
        #expect(s.timed == 3)
        #expect(s.summary == "5 planned · 1 clash")
    }

    @Test func aHallChangeWithNoTimeToWalkIsFlagged() {
        var b1 = Booth(id: "b1", expo: "e", exhibitor: "x"); b1.hall = "1"
        var b2 = Booth(id: "b2", expo: "e", exhibitor: "x"); b2.hall = "2"
        var b3 = Booth(id: "b3", expo: "e", exhibitor: "x"); b3.hall = "2"
        let catalog = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [Exhibitor(id: "x", name: "X")], booths: [b1, b2, b3])
        let s = PlanSchedule(entries: [
            PlanEntry(boothID: "b1", added: 0, start: t(16, 10, 0)),
            PlanEntry(boothID: "b2", added: 0, start: t(16, 10, 35)),
            PlanEntry(boothID: "b3", added: 0, status: .visited, start: t(16, 11, 5)),
        ], catalog: catalog)
        #expect(s.items.map(\.tightHallChange) == [false, true, false])
        #expect(s.clashes == 0)
        #expect(s.summary == "3 planned · 1 visited")
    }

    @Test func typedTimes() throws {
        let cur = t(16, 10, 0)
        #expect(try PlanTimeParser.parse("11:30", current: cur, expoStart: nil) == t(16, 11, 30))
        #expect(try PlanTimeParser.parse("9:05", current: nil, expoStart: "2017-06-15") == t(15, 9, 5))
        #expect(try PlanTimeParser.parse("17 9:05", current: cur, expoStart: nil) == t(17, 9, 5))
        #expect(try PlanTimeParser.parse("2017-06-18 14:00", current: nil, expoStart: nil) == t(18, 14, 0))
        #expect(try PlanTimeParser.parse("2017-06-18T14:00", current: nil, expoStart: nil) == t(18, 14, 0))
        #expect(try PlanTimeParser.parse("+1h15m", current: cur, expoStart: nil) == t(16, 11, 15))
        #expect(try PlanTimeParser.parse("-30m", current: cur, expoStart: nil) == t(16, 9, 30))
        #expect(try PlanTimeParser.parse("  ", current: cur, expoStart: nil) == nil)
        for bad in ["25:00", "10:3", "+1x", "+h", "31 10:00", "tomorrow", "2017-02-30 10:00"] {
            #expect(throws: PlanTimeParser.Failure.self, "\(bad)") { try PlanTimeParser.parse(bad, current: cur, expoStart: nil) }
        }
        #expect(throws: PlanTimeParser.Failure.self) { try PlanTimeParser.parse("10:30", current: nil, expoStart: nil) }
        #expect(throws: PlanTimeParser.Failure.self) { try PlanTimeParser.parse("+1h", current: nil, expoStart: "2017-06-15") }
    }

    @Test func manyOverlappingEntriesAreCountedByPairsAndEachFlagged() {
        let catalog = Catalog(title: "t")
        let same = (0..<300).map { PlanEntry(boothID: "s\($0)", added: 0, start: t(16, 10, 0)) }
        let later = [PlanEntry(boothID: "z", added: 0, start: t(16, 12, 0)), PlanEntry(boothID: "y", added: 0, start: t(16, 10, 29))]
        let s = PlanSchedule(entries: same + later, catalog: catalog)
        #expect(s.clashes == 300 * 299 / 2 + 300)
        #expect(s.items.filter(\.clash).count == 301)
        #expect(s.items.last?.entry.boothID == "z" && s.items.last?.clash == false)
    }
}
