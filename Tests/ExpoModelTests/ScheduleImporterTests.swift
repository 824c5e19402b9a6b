import Testing
@testable import ExpoModel

/// Both schedule readers through `ScheduleImporter`: the mapping of fields, times, kinds, ids,
/// skipped events, and what the written catalogue's validator says.
@Suite struct ScheduleImporterTests {
    static func run(_ text: String, _ options: ScheduleImporter.Options = .init(), file: String = "schedule.xml") -> ScheduleImporter.Result {
        ScheduleImporter(options: options).run(Array(text.utf8), fileName: file)
    }

    static func errors(_ r: ScheduleImporter.Result) -> [Diagnostic] { r.diagnostics.filter { $0.severity == .error } }

    /// The catalogue as the decoder reads it back after writing.
    static func roundTrip(_ c: Catalog) -> [Diagnostic] {
        CatalogDecoder().decode(Array(JSONWriter().string(CatalogEncoder.json(c)).utf8)).diagnostics
    }

    @Test func frabEventsGetTheirFieldsTimesAndKinds() throws {
        let r = Self.run(ScheduleFixtures.frab)
        #expect(r.format == .frabXML)
        #expect(r.imported == 5)
        #expect(r.skipped == 2)
        #expect(r.expoID == "cre-2017")
        #expect(r.expoIDFromConference)
        let e = Dictionary(uniqueKeysWithValues: r.events.map { ($0.id, $0) })
        #expect(r.events.map(\.id) == ["ev-101", "ev-102", "ev-103", "ev-104", "ev-107"])
        let opening = try #require(e["ev-101"])
        #expect(opening.title == "Opening ceremony")
        #expect(opening.kind == .ceremony)
        #expect((opening.start, opening.end) == ("2017-06-15T09:30+08:00", "2017-06-15T10:15+08:00"))
        #expect(opening.venue == "Forum Hall")
        #expect(opening.speakers == ["Wang Wei", "Ivan Petrov"])
        #expect(opening.topics == ["Trade"])
        #expect(opening.summary == "The fair opens with speeches & a ribbon.")
        #expect(opening.sources == ["schedule"])
        #expect(opening.expo == "cre-2017")
        // Crosses midnight with its offset; 1:30:00 is an hour and a half.
        #expect((e["ev-102"]?.start, e["ev-102"]?.end) == ("2017-06-15T23:30+08:00", "2017-06-16T01:00+08:00"))
        #expect(e["ev-102"]?.kind == .roundTable)
        #expect(e["ev-102"]?.summary == "Rail and river freight.")
        // A local <date> takes the conference zone's offset; the room the event is listed under is its venue.
        #expect((e["ev-103"]?.start, e["ev-103"]?.end) == ("2017-06-15T14:00+08:00", "2017-06-15T15:00+08:00"))
        #expect(e["ev-103"]?.venue == "Room 2")
        #expect(e["ev-103"]?.kind == .businessDay)
        // Only <start>, before the day's start: the next morning.
        #expect((e["ev-104"]?.start, e["ev-104"]?.end) == ("2017-06-16T01:15+08:00", "2017-06-16T01:45+08:00"))
        #expect(e["ev-104"]?.kind == .session)
        #expect(e["ev-107"]?.kind == .forum)
    }

    @Test func frabBadEventsAreSkippedWithTheirLine() throws {
        let r = Self.run(ScheduleFixtures.frab)
        let errors = Self.errors(r)
        #expect(errors.count == 2)
        let lines = ScheduleFixtures.frab.split(separator: "\n", omittingEmptySubsequences: false)
        let line105 = try #require(lines.firstIndex { $0.contains("id=\"105\"") }) + 1
        let line106 = try #require(lines.firstIndex { $0.contains("id=\"106\"") }) + 1
        #expect(errors.first?.position?.line == line105)
        #expect(errors.first?.message == "no title; event skipped")
        #expect(errors.last?.position?.line == line106)
        #expect(errors.last?.message == "duration \"1h30\" is not HH:MM or H:MM:SS (e.g. 00:45, 1:30:00); event skipped")
        #expect(errors.last?.formatted(file: "s.xml") == "s.xml:\(line106):1: error: event 106: duration \"1h30\" is not HH:MM or H:MM:SS (e.g. 00:45, 1:30:00); event skipped")
    }

    @Test func newCatalogueHasOneExpoAndValidates() throws {
        let r = Self.run(ScheduleFixtures.frab, .init(expoID: "cre-forums"))
        #expect(!r.expoIDFromConference)
        let c = r.catalog
        #expect(c.title == "China–Russia Expo Forums 2017")
        #expect(c.timeZone == "Asia/Shanghai")
        #expect(c.expos.count == 1)
        let expo = try #require(c.expo("cre-forums"))
        #expect(expo.name == "China–Russia Expo Forums 2017")
        #expect((expo.start, expo.end) == ("2017-06-15", "2017-06-16"))
        #expect(c.eventCount(ofExpo: "cre-forums") == 5)
        #expect(c.sources.map(\.id) == ["schedule"])
        let ds = Self.roundTrip(c)
        #expect(ds.isEmpty, "\(ds)")
    }

    @Test func c3vocEventsWithZoneNamesAndDuplicateIDs() throws {
        let r = Self.run(ScheduleFixtures.c3voc, file: "schedule.json")
        #expect(r.format == .c3vocJSON)
        #expect(r.expoID == "spring-forum")
        #expect(r.events.map(\.id) == ["ev-1", "ev-2", "ev-1-2"])
        #expect(r.skipped == 2)
        let keynote = r.events[0]
        #expect(keynote.kind == .forum)
        #expect(keynote.venue == "Saal 1")
        #expect(keynote.speakers == ["Anna Schmidt", "Li Na"])
        #expect(keynote.topics == ["Logistics"])
        #expect(keynote.summary == "Why rail wins.")
        #expect((keynote.start, keynote.end) == ("2017-03-25T10:00+01:00", "2017-03-25T10:45+01:00"))
        // Local 01:30 in Berlin is +01:00; an hour later the clocks have gone forward.
        #expect((r.events[1].start, r.events[1].end) == ("2017-03-26T01:30+01:00", "2017-03-26T03:30+02:00"))
        #expect(r.events[1].kind == .session)
        #expect(r.events[1].venue == "Saal 1")
        #expect(r.events[2].speakers == ["Ola Nordmann"])
        #expect(r.events[2].kind == .businessDay)
        #expect((r.events[2].start, r.events[2].end) == ("2017-03-26T12:00+02:00", "2017-03-26T12:30+02:00"))
        let errors = Self.errors(r)
        #expect(errors.map(\.path) == [#"schedule.conference.days[0].rooms["Saal 2"][0]"#, #"schedule.conference.days[1].rooms["Saal 1"][0]"#])
        #expect(errors.map(\.message) == ["no title; event skipped", "duration \"90 min\" is not HH:MM or H:MM:SS (e.g. 00:45, 1:30:00); event skipped"])
        #expect(errors.allSatisfy { $0.position != nil })
        let warning = try #require(r.diagnostics.first { $0.severity == .warning })
        #expect(warning.message == "the id ev-1 is taken by an earlier event; this one is ev-1-2")
        let ds = Self.roundTrip(r.catalog)
        #expect(ds.isEmpty, "\(ds)")
    }

    @Test func unknownZoneLeavesLocalTimesAndWarns() {
        let json = #"{"schedule": {"conference": {"title": "X", "time_zone_name": "Mars/Olympus", "days": [{"date": "2020-01-02", "rooms": {"A": [{"id": "9", "date": "2020-01-02T23:00:00", "duration": "02:00", "title": "Late"}]}}]}}}"#
        let r = Self.run(json, file: "x.json")
        #expect(r.events.map(\.start) == ["2020-01-02T23:00"])
        #expect(r.events.map(\.end) == ["2020-01-03T01:00"])
        #expect(r.warnings == 1)
        #expect(r.diagnostics.first?.message.contains("unknown time zone \"Mars/Olympus\"") == true)
        #expect(r.catalog.timeZone == nil)
    }

    @Test func notASchedule() {
        let rss = Self.run("<?xml version=\"1.0\"?>\n<rss><channel/></rss>")
        #expect(!rss.readable)
        #expect(rss.format == nil)
        #expect(Self.errors(rss).map(\.message) == ["the file is XML whose root element is <rss>, not <schedule>; `pavilion import` reads frab or Pentabarf XML and c3voc JSON schedules, CSV, TSV, .xlsx and directory JSON exports"])
        let noConference = Self.run(#"{"schedule": {"version": "1", "days": []}}"#, file: "s.json")
        #expect(noConference.format == .c3vocJSON)
        #expect(!noConference.readable)
        #expect(noConference.diagnostics.map(\.description) == [#"1:14: error: "schedule" has no "conference" object, which holds the title, the days and their rooms and events"#])
        let broken = Self.run("<schedule><conference><title>T</title></conference><day date=\"2020-01-01\"><room name=\"A\"></day></schedule>")
        #expect(!broken.readable)
        #expect(broken.diagnostics.map(\.message) == ["XML, line 1: </day> closes <room>"])
        let doctype = Self.run("<?xml version=\"1.0\"?>\n<!DOCTYPE schedule [<!ENTITY a \"aaaa\">]>\n<schedule/>")
        #expect(doctype.format == .frabXML)
        #expect(doctype.diagnostics.map(\.message) == ["XML, line 2: a DOCTYPE, which Pavilion does not read (remove the <!DOCTYPE …> line)"])
        let noConferenceXML = Self.run("<schedule><version>1</version></schedule>")
        #expect(!noConferenceXML.readable)
        #expect(noConferenceXML.diagnostics.first?.message.hasPrefix("the <schedule> has no <conference> element") == true)
    }

    @Test func emptyScheduleIsReadableWithNoEvents() {
        let r = Self.run(#"<schedule><conference><title>Empty</title><start>2020-05-01</start><end>2020-05-02</end></conference></schedule>"#)
        #expect(r.readable)
        #expect(r.imported == 0 && r.skipped == 0 && r.diagnostics.isEmpty)
        #expect(r.catalog.expos.first?.start == "2020-05-01")
        #expect(Self.roundTrip(r.catalog).isEmpty)
    }

    @Test func mergeAddsEventsToAnExpoAndRefusesClashes() throws {
        var base = Catalog(title: "Fair", sources: [Source(id: "schedule", title: "An older source")], expos: [Expo(id: "cre-2017", name: "CRE")])
        base.id = "fair"
        let r = Self.run(ScheduleFixtures.frab)
        let merged = try ScheduleImporter.merge(r, into: base)
        #expect(merged.id == "fair")
        #expect(merged.sources.map(\.id) == ["schedule", "schedule-2"])
        #expect(merged.events.count == 5)
        #expect(merged.events.allSatisfy { $0.sources == ["schedule-2"] })
        #expect(merged.eventCount(ofExpo: "cre-2017") == 5)
        #expect(Self.roundTrip(merged).isEmpty, "\(Self.roundTrip(merged))")

        #expect(throws: ScheduleError.self) { try ScheduleImporter.merge(r, into: merged) }
        do { _ = try ScheduleImporter.merge(r, into: merged) } catch {
            #expect(error.message.hasPrefix("the catalogue already has an event \"ev-101\" (5 of the schedule's 5 event ids are taken)"))
        }
        let other = Self.run(ScheduleFixtures.frab, .init(expoID: "nope"))
        do { _ = try ScheduleImporter.merge(other, into: base) } catch {
            #expect(error.message == "the catalogue has no expo \"nope\" (its expos are cre-2017); name one with --expo ID")
        }
    }
}
