import Foundation
import Testing
@testable import ExpoModel

@Suite struct EventTimeTests {
    @Test(arguments: [
        ("2017-06-16", "2017-06-16", nil as String?),
        ("2017-06-16T10:00", "2017-06-16T10:00", "10:00"),
        ("2017-06-16T10:00:30", "2017-06-16T10:00:30", "10:00"),
        ("2017-06-16T10:00+08:00", "2017-06-16T10:00+08:00", "10:00"),
        ("2017-06-16T02:00Z", "2017-06-16T02:00Z", "02:00"),
        ("2016-02-29T23:59-03:30", "2016-02-29T23:59-03:30", "23:59"),
    ])
    func parsesTheFormsTheFormatAllows(_ text: String, _ canonical: String, _ time: String?) throws {
        let t = try #require(EventTime(text))
        #expect(t.description == canonical)
        #expect(t.timeText == time)
    }

    @Test(arguments: ["2017-06-31", "2017-02-29", "2017-13-01", "2017-06-16T24:00", "2017-06-16T10:60", "2017-06-16 10:00",
                      "2017-06-16T10", "2017-06-16T10:00+8", "2017-06-16T10:00+15:00", "2017-06", "16.06.2017", "", "2017-06-16T10:00:00Zx"])
    func refusesWhatIsNotOneOfThem(_ text: String) {
        #expect(EventTime(text) == nil)
    }

    @Test func comparesAsInstantsOnlyWhenBothHaveOffsets() throws {
        func t(_ s: String) throws -> EventTime { try #require(EventTime(s)) }
        // 10:00 in Harbin is 02:00 UTC: 02:30Z is after it, though its clock reads earlier.
        #expect(try t("2017-06-16T10:00+08:00").isBefore(t("2017-06-16T02:30Z")))
        #expect(try !t("2017-06-16T02:30Z").isBefore(t("2017-06-16T10:00+08:00")))
        #expect(try t("2017-06-16T09:00").isBefore(t("2017-06-16T10:00")))
        // A date alone, or one side with an offset and one without: only the dates count.
        #expect(try !t("2017-06-16T18:00").isBefore(t("2017-06-16")))
        #expect(try !t("2017-06-16T18:00+08:00").isBefore(t("2017-06-16T09:00")))
        #expect(try t("2017-06-15T18:00+08:00").isBefore(t("2017-06-16T09:00")))
    }

    @Test func dayNumbersCountFromTheEpoch() throws {
        #expect(try #require(EventTime("1970-01-01")).dayNumber == 0)
        #expect(try #require(EventTime("2000-03-01")).dayNumber == 11_017)
        #expect(try #require(EventTime("2017-06-16")).dayNumber == 17_333)
    }
}

@Suite struct EventsAndHallsTests {
    static let text = """
    {"format": "pavilion-catalog", "version": 2, "title": "T",
     "sources": [{"id": "s", "title": "S"}],
     "expos": [{"id": "e1", "name": "One"}, {"id": "e2", "name": "Two"}],
     "halls": [{"id": "h1", "expo": "e1", "name": "Hall 1", "area_sqm": 5000}, {"id": "h2", "expo": "e2", "name": "Hall 2"}],
     "delegations": [{"id": "d1", "expo": "e1", "name": "D1"}, {"id": "d2", "expo": "e2", "name": "D2"}],
     "events": [
       {"id": "late", "expo": "e1", "title": "Closing", "start": "2017-06-19T16:00", "organisers": ["d1"]},
       {"id": "none", "expo": "e1", "title": "Undated"},
       {"id": "early", "expo": "e1", "title": "Opening", "kind": "ceremony", "start": "2017-06-15", "hall": "h1", "speakers": ["A"], "topics": ["t"]},
       {"id": "other", "expo": "e2", "title": "Elsewhere", "start": "2018-01-01"}
     ],
     "exhibitors": [{"id": "x", "name": "X"}],
     "booths": [{"id": "b1", "expo": "e1", "exhibitor": "x", "hall": "h1"}, {"id": "b2", "expo": "e1", "exhibitor": "x", "hall": "h2"},
                {"id": "b3", "expo": "e2", "exhibitor": "x", "hall": "Hall 9"}]}
    """

    static func catalog() throws -> Catalog {
        let r = CatalogDecoder().decode(Array(text.utf8))
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        return r.catalog
    }

    @Test func relationsOfHallsAndEvents() throws {
        let c = try Self.catalog()
        #expect(c.halls.map(\.id) == ["h1", "h2"])
        #expect(c.halls(ofExpo: "e1").map(\.name) == ["Hall 1"])
        #expect(c.eventCount(ofExpo: "e1") == 3)
        #expect(c.events(ofExpo: "e2").map(\.id) == ["other"])
        #expect(c.eventIndices(organisedBy: "d1").map { c.events[$0].id } == ["late"])
        #expect(c.programmeOrder(c.eventIndices(ofExpo: "e1")).map { c.events[$0].id } == ["early", "late", "none"])
        #expect(c.event("early")?.kind == .ceremony)
        #expect(c.hall(ofEvent: try #require(c.event("early")))?.areaSqm == 5000)
    }

    @Test func aBoothsHallRefersToAHallOfItsOwnExpoOnly() throws {
        let c = try Self.catalog()
        #expect(c.hall(ofBooth: try #require(c.booth("b1")))?.id == "h1")
        #expect(c.hall(ofBooth: try #require(c.booth("b2"))) == nil) // h2 is a hall of e2
        #expect(c.hall(ofBooth: try #require(c.booth("b3"))) == nil) // a name, not an id
    }

    @Test func theWriterWritesVersion2AndReadsBackTheSame() throws {
        let c = try Self.catalog()
        let text = JSONWriter(indent: nil).string(CatalogEncoder.json(c))
        #expect(text.hasPrefix(#"{"format":"pavilion-catalog","version":2,"#))
        let again = CatalogDecoder().decode(Array(text.utf8))
        #expect(again.diagnostics.isEmpty)
        #expect(again.catalog.halls == c.halls)
        #expect(again.catalog.events == c.events)
        var streamed = ""
        CatalogEncoder.write(c) { (s: String) in streamed += s }
        let third = CatalogDecoder().decode(Array(streamed.utf8))
        #expect(third.catalog.events == c.events)
        #expect(third.catalog.halls == c.halls)
    }

    @Test func anOrganiserFromAnotherExpoIsAnError() {
        let bad = Self.text.replacingOccurrences(of: #""organisers": ["d1"]"#, with: #""organisers": ["d2"]"#)
        let r = CatalogDecoder().decode(Array(bad.utf8))
        #expect(r.diagnostics.map(\.message) == [#"delegation "d2" came to expo "e2", not to this event's expo "e1""#])
        #expect(r.diagnostics.first?.path == "events[0].organisers[0]")
    }

    @Test func version1FilesStillLoadAndMayNotBeVersion3() {
        let v1 = Self.text.replacingOccurrences(of: #""version": 2"#, with: #""version": 1"#)
        #expect(CatalogDecoder().decode(Array(v1.utf8)).isValid)
        let v3 = Self.text.replacingOccurrences(of: #""version": 2"#, with: #""version": 3"#)
        let r = CatalogDecoder().decode(Array(v3.utf8))
        #expect(r.diagnostics.map(\.message) == ["unsupported version 3; this pavilion reads versions 1 and 2 (a newer Pavilion wrote it; update Pavilion to open it)"])
    }
}

@Suite struct EventTimeConversionTests {
    @Test func movesAnInstantToAnotherOffset() throws {
        let t = try #require(EventTime("2017-06-16T02:30Z"))
        #expect(t.converted(toOffset: 480).description == "2017-06-16T10:30+08:00")
        #expect(try #require(EventTime("2017-06-16T23:30+08:00")).converted(toOffset: -300).description == "2017-06-16T10:30-05:00")
        #expect(try #require(EventTime("2017-01-01T01:00+03:00")).converted(toOffset: 0).description == "2016-12-31T22:00Z")
        // A local time, or a date alone, stays as it is.
        #expect(try #require(EventTime("2017-06-16T10:00")).converted(toOffset: 0).description == "2017-06-16T10:00")
        #expect(t.converted(toOffset: nil) == t)
    }

    @Test func dayNumbersRoundTrip() {
        for day in [-1, 0, 59, 10_956, 11_016, 11_017, 17_333, 20_000, 50_000] {
            #expect(EventTime(dayNumber: day).dayNumber == day)
        }
        #expect(EventTime(dayNumber: 17_333).dateText == "2017-06-16")
    }
}
