import Foundation
import Testing

/// Issue 14: `pavilion show` gives events and halls, and lists them with expos, delegations
/// and booths.
@Suite("pavilion show: events and halls")
struct ShowEventsCommandTests {
    func show(_ arguments: [String]) throws -> ProcessResult {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        return try ProcessRunner.pavilion(["show", "--catalog", file] + arguments)
    }

    func object(_ arguments: [String]) throws -> [String: Any] {
        let r = try show(arguments + ["--json"])
        #expect(r.status == 0, "\(r)")
        return try #require(try parseJSON(r.stdout) as? [String: Any])
    }

    func ids(_ value: Any?) -> [String?]? {
        (value as? [[String: Any]])?.map { $0["id"] as? String }
    }

    @Test func eventTextGolden() throws {
        let r = try show(["forum"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        expectGolden(r.stdout, """
            event forum
            中俄博览会论坛
            Id            forum
            Kind          forum
            When          2017-06-15 09:30–12:00
            Expo          Fair 2017 (2017)
            Venue         Конференц-зал
            Hall          unknown
            Organisers    Amur delegation · id f17-amur
            Speakers      A. Ivanov
                          Li Wei
            Topics        trade, logistics

            Opening forum of the fair.

            Sources
            [s1] Programme of the fair · Organising committee
            https://example.org/programme
            """)
    }

    @Test func anEventNamesItsHallRecordAndShowsTheOffset() throws {
        let r = try show(["sign"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.contains("When          2017-06-16 10:00–10:30 (UTC+08:00)\n"), "\(r.stdout)")
        #expect(r.stdout.contains("Hall          Hall A · 12,000 m² · id f17-a\n"), "\(r.stdout)")
        let days = try show(["bday"])
        #expect(days.stdout.contains("When          2017-06-15 – 2017-06-17, all day\n"), "\(days.stdout)")
    }

    @Test func hallTextGolden() throws {
        let r = try show(["f17-a"])
        #expect(r.status == 0, "\(r)")
        expectGolden(r.stdout, """
            hall f17-a
            Hall A
            Id            f17-a
            Expo          Fair 2017 (2017)
            Area          12,000 m²
            Booths        1 listed

            The main hall.

            Events
            2017-06-15    all day, until 2017-06-17 · Business days · id bday
            2017-06-16    10:00–10:30 · Signing ceremony · id sign

            Sources
            [s1] Programme of the fair · Organising committee
            https://example.org/programme
            """)
    }

    @Test func expoListsItsHallsAndEventsInProgrammeOrder() throws {
        let r = try show(["f17"])
        #expect(r.status == 0, "\(r)")
        let lines = r.stdoutLines
        let halls = try #require(lines.firstIndex(of: "Halls"), "\(r.stdout)")
        #expect(lines[halls + 1] == "12,000 m²     Hall A · id f17-a")
        let events = try #require(lines.firstIndex(of: "Events"), "\(r.stdout)")
        #expect(Array(lines[(events + 1)...(events + 4)]) == [
            "2017-06-15    all day, until 2017-06-17 · Business days · id bday",
            "2017-06-15    09:30–12:00 · 中俄博览会论坛 · id forum",
            "2017-06-16    10:00–10:30 · Signing ceremony · id sign",
            "—             Closing round table · id tbd",
        ])
        // The other expo's event is not listed.
        #expect(!r.stdout.contains("open18"), "\(r.stdout)")
    }

    @Test func delegationListsTheEventsItOrganised() throws {
        let r = try show(["f17-amur"])
        #expect(r.status == 0, "\(r)")
        #expect(Array(r.stdoutLines.suffix(2)) == ["Events organised", "2017-06-15    09:30–12:00 · 中俄博览会论坛 · id forum"], "\(r.stdout)")
    }

    @Test func aBoothNamesItsHallRecordWhenItRefersToOne() throws {
        let b1 = try show(["b1"])
        #expect(b1.stdoutLines.contains("Hall          Hall A · 12,000 m² · id f17-a"), "\(b1.stdout)")
        let b2 = try show(["b2"])
        #expect(b2.stdoutLines.contains("Hall          Hall B"), "\(b2.stdout)")
    }

    @Test func eventAndHallJSON() throws {
        let forum = try object(["forum"])
        #expect(Set(forum.keys) == ["type", "event", "expo", "hall", "organisers", "sources"])
        #expect(forum["type"] as? String == "event")
        #expect((forum["event"] as? [String: Any])?["title"] as? String == "中俄博览会论坛")
        #expect((forum["expo"] as? [String: Any])?["id"] as? String == "f17")
        #expect(forum["hall"] is NSNull)
        #expect(ids(forum["organisers"]) == ["f17-amur"])
        #expect(ids(forum["sources"]) == ["s1"])
        let sign = try object(["sign"])
        #expect((sign["hall"] as? [String: Any])?["id"] as? String == "f17-a")
        #expect((sign["event"] as? [String: Any])?["end"] as? String == "2017-06-16T02:30Z")

        let hall = try object(["f17-a"])
        #expect(Set(hall.keys) == ["type", "hall", "expo", "listed_booths", "events", "sources"])
        #expect(hall["type"] as? String == "hall")
        #expect(((hall["hall"] as? [String: Any])?["area_sqm"] as? NSNumber)?.intValue == 12000)
        #expect((hall["listed_booths"] as? NSNumber)?.intValue == 1)
        #expect(ids(hall["events"]) == ["bday", "sign"])
    }

    @Test func expoDelegationAndBoothJSONCarryEventsAndHalls() throws {
        let expo = try object(["f17"])
        #expect(ids(expo["halls"]) == ["f17-a"])
        #expect(ids(expo["events"]) == ["bday", "forum", "sign", "tbd"])
        let delegation = try object(["f17-amur"])
        #expect(ids(delegation["events"]) == ["forum"])
        let b1 = try object(["b1"])
        #expect((b1["hall"] as? [String: Any])?["name"] as? String == "Hall A")
        let b2 = try object(["b2"])
        #expect(b2["hall"] is NSNull)
    }

    @Test func kindChoosesEventOrHallAndSourcesNameThem() throws {
        let wrong = try show(["f17-a", "--kind", "event"])
        #expect(wrong.status == 1, "\(wrong)")
        #expect(wrong.stderr.contains("no event with id \"f17-a\""), "\(wrong)")
        let right = try show(["f17-a", "--kind", "hall"])
        #expect(right.status == 0, "\(right)")
        #expect(right.stdoutLines.first == "hall f17-a")
        let source = try show(["s1"])
        #expect(Array(source.stdoutLines.suffix(2)) == ["hall f17-a", "event forum"], "\(source.stdout)")
    }
}
