import Testing
@testable import ExpoModel

/// Durations, schedule times, kinds, summaries and format detection.
@Suite struct ScheduleTimeTests {
    @Test(arguments: [("00:45", 2700), ("1:30", 5400), ("01:30", 5400), ("1:30:00", 5400), ("00:45:30", 2730), ("26:00", 93_600), (" 0:05 ", 300)])
    func durations(_ text: String, _ seconds: Int) {
        #expect(ScheduleDuration.seconds(text) == seconds)
    }

    @Test(arguments: ["", "45", "1h30", "1:3", "1:60", "1:30:60", "-1:00", "1:00:00:00", "1000:00", "1:xx", "800:00"])
    func badDurations(_ text: String) {
        #expect(ScheduleDuration.seconds(text) == nil)
    }

    @Test func timesParseAndFormat() throws {
        #expect(ScheduleTime("2017-06-16T10:00:00+08:00")?.eventText == "2017-06-16T10:00+08:00")
        #expect(ScheduleTime("2017-06-16T10:00:00.000+0800")?.eventText == "2017-06-16T10:00+08:00")
        #expect(ScheduleTime("2017-06-16 10:00:30Z")?.eventText == "2017-06-16T10:00:30Z")
        #expect(ScheduleTime("2017-06-16T10:00-05")?.eventText == "2017-06-16T10:00-05:00")
        #expect(ScheduleTime("2017-06-16")?.eventText == "2017-06-16")
        for bad in ["2017-06-31T10:00", "2017-06-16T25:00", "2017-06-16T10", "2017-06-16T10:00+15:00", "16.06.2017", "2017-06-16T10:00+08:00:00"] {
            #expect(ScheduleTime(bad) == nil, "\(bad)")
        }
        // Across a month, a year and a leap day.
        let t = try #require(ScheduleTime("2016-02-28T23:30+03:00"))
        #expect(t.adding(3600).eventText == "2016-02-29T00:30+03:00")
        #expect(try #require(ScheduleTime("2017-12-31T23:00")).adding(7200).eventText == "2018-01-01T01:00")
        #expect(t.at(offset: 0).eventText == "2016-02-28T20:30Z")
        // Every text written is one the catalogue accepts.
        for text in ["2016-02-29T00:30+03:00", "2018-01-01T01:00", "2016-02-28T20:30Z"] { #expect(EventTime(text) != nil) }
    }

    @Test func civilDateInvertsDayNumber() throws {
        for text in ["1970-01-01", "2000-02-29", "2017-06-16", "1899-12-31", "2100-03-01"] {
            let d = try #require(EventTime(text))
            #expect(ScheduleTime(day: d.dayNumber, seconds: nil, offset: nil).eventText == text)
        }
    }

    @Test(arguments: [("Lecture", ExpoEvent.Kind.session), ("lightning_talk", .session), ("Workshop", .session), ("Podium", .roundTable),
                      ("Round Table", .roundTable), ("Opening", .ceremony), ("signing", .signing), ("B2B", .businessDay),
                      ("Meetup", .businessDay), ("Keynote", .forum), ("forum", .forum), ("Concert", .other)])
    func kinds(_ type: String, _ kind: ExpoEvent.Kind) {
        #expect(ScheduleEventKind.kind(forType: type) == kind)
    }

    @Test func noTypeNoKind() {
        #expect(ScheduleEventKind.kind(forType: nil) == nil)
        #expect(ScheduleEventKind.kind(forType: "  ") == nil)
    }

    @Test func summaries() throws {
        #expect(ScheduleSummary.make(abstract: "<p>Hello\n  <b>world</b></p>", subtitle: "S", description: nil) == "Hello world")
        #expect(ScheduleSummary.make(abstract: " ", subtitle: "Sub", description: "D. E.") == "Sub")
        #expect(ScheduleSummary.make(abstract: nil, subtitle: nil, description: "First one. Second.") == "First one.")
        #expect(ScheduleSummary.make(abstract: nil, subtitle: nil, description: "会议开幕。然后") == "会议开幕。")
        #expect(ScheduleSummary.make(abstract: nil, subtitle: nil, description: nil) == nil)
        let long = try #require(ScheduleSummary.make(abstract: String(repeating: "word ", count: 200), subtitle: nil, description: nil))
        #expect(long.hasSuffix("…"))
        #expect(long.count <= ScheduleSummary.limit + 1)
        #expect(long.count > 250)
    }

    @Test func detection() {
        #expect(ScheduleFormat.detect(Array("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- x -->\n<schedule>".utf8)) == .frabXML)
        #expect(ScheduleFormat.detect(Array("<rss/>".utf8)) == nil)
        #expect(ScheduleFormat.detect(Array(#"{"$schema": "x", "generator": {"schedule": 1}, "schedule": {"conference": {}}}"#.utf8)) == .c3vocJSON)
        #expect(ScheduleFormat.detect(Array(#"{"data": {"schedule": {}}}"#.utf8)) == nil)
        #expect(ScheduleFormat.detect(Array(#"{"schedule": "tomorrow"}"#.utf8)) == nil)
        #expect(ScheduleFormat.detect(Array(#"{"a": "\"schedule\": {", "b": 1}"#.utf8)) == nil)
        #expect(ScheduleFormat.detect(Array("Company,Booth\nA,1\n".utf8)) == nil)
        #expect(ScheduleFormat.xmlRootName(Array("<?xml version=\"1.0\"?><frab:schedule xmlns:frab=\"u\">".utf8)) == "schedule")
        #expect(ScheduleFormat.xmlRootName(Array("Company,Booth".utf8)) == nil)
    }

    @Test func exhibitorListImporterPointsSchedulesToImport() {
        let r = CSVImporter().run(Array(ScheduleFixtures.frab.utf8), fileName: "s.xml")
        #expect(r.diagnostics.map(\.message) == ["this is a conference schedule (frab XML), not an exhibitor list; turn it into a catalogue with `pavilion import FILE --expo ID`"])
        let xml = CSVImporter().run(Array("<rss></rss>".utf8), fileName: "f.xml")
        #expect(xml.diagnostics.map(\.message) == ["the file is XML (root element <rss>), not an exhibitor list or a schedule; export the list as CSV or .xlsx"])
    }
}
