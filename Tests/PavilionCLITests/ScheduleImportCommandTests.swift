import Foundation
import Testing

/// `pavilion import` on conference schedules (frab XML, c3voc JSON), run as the real binary.
@Suite("pavilion import schedules")
struct ScheduleImportCommandTests {
    static let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <schedule>
      <version>1</version>
      <conference>
        <acronym>HF25</acronym><title>Harbin Forum 2025</title>
        <start>2025-06-16</start><end>2025-06-17</end><days>2</days>
        <timeslot_duration>00:15</timeslot_duration><time_zone_name>Asia/Harbin</time_zone_name>
      </conference>
      <day index="1" date="2025-06-16" start="2025-06-16T09:00:00+08:00" end="2025-06-17T02:00:00+08:00">
        <room name="Hall 1">
          <event guid="b1" id="11"><date>2025-06-16T09:00:00+08:00</date><start>09:00</start><duration>00:45</duration>
            <room>Hall 1</room><title>Opening</title><type>Ceremony</type><track>Trade</track>
            <persons><person id="1">Wang Wei</person></persons></event>
          <event guid="b2" id="12"><date>2025-06-16T23:30:00+08:00</date><start>23:30</start><duration>1:30:00</duration>
            <room>Hall 1</room><title>Night session</title><type>lecture</type></event>
        </room>
        <room name="Hall 2">
          <event guid="b3" id="13"><date>2025-06-16T10:00:00+08:00</date><duration>01:00</duration><title>B2B matchmaking</title><type>B2B</type></event>
        </room>
      </day>
      <day index="2" date="2025-06-17" start="2025-06-17T09:00:00+08:00" end="2025-06-17T18:00:00+08:00">
        <room name="Hall 1">
          <event guid="b4" id="14"><date>2025-06-17T10:00:00+08:00</date><duration>02:00</duration><title>Round table</title><type>Podium</type></event>
        </room>
      </day>
    </schedule>
    """

    static let json = """
    {"schedule": {"version": "1", "conference": {"acronym": "hf25-talks", "title": "Harbin Talks", "start": "2025-06-16", "end": "2025-06-16",
      "time_zone_name": "Asia/Harbin", "days": [{"index": 1, "date": "2025-06-16", "day_start": "2025-06-16T09:00:00+08:00",
      "rooms": {"Room A": [{"guid": "c1", "id": 21, "date": "2025-06-16T14:00:00", "start": "14:00", "duration": "00:30",
        "title": "Talk", "type": "talk", "persons": [{"public_name": "Li Na"}]}]}}]}}}
    """

    @Test func xmlBecomesACatalogueThatValidates() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("schedule.xml", Self.xml)
        let out = dir.url.appendingPathComponent("forum.json").path
        let r = try ProcessRunner.pavilion(["import", file, "--output", out])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.contains("no --expo given; the events belong to expo \"hf25\" (from the conference's acronym)"), "\(r)")
        #expect(r.stderrLines.last?.hasSuffix("schedule.xml: imported 4 events, skipped 0, 0 warnings") == true, "\(r)")
        try expectValidCatalogue(out)
        let root = try #require(try parseJSON(String(contentsOfFile: out, encoding: .utf8)) as? [String: Any])
        #expect(root["version"] as? Int == 2)
        #expect(root["time_zone"] as? String == "Asia/Harbin")
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == ["ev-11", "ev-12", "ev-13", "ev-14"])
        #expect(events[1]["end"] as? String == "2025-06-17T01:00+08:00")
        #expect(events[2]["venue"] as? String == "Hall 2")
        #expect(events.map { $0["kind"] as? String } == ["ceremony", "session", "business-day", "round-table"])
        let expos = try #require(root["expos"] as? [[String: Any]])
        #expect(expos.count == 1)
        #expect(expos.first?["name"] as? String == "Harbin Forum 2025")
        #expect(expos.first?["start"] as? String == "2025-06-16")
    }

    @Test func jsonWithExpoIsAddedToACatalogue() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("talks.json", Self.json)
        let fair = try dir.write("fair.json", """
        {"format": "pavilion-catalog", "version": 1, "title": "Fair", "synthetic": true,
         "sources": [{"id": "s1", "title": "Press release"}],
         "expos": [{"id": "hf-2025", "name": "Harbin Fair 2025", "start": "2025-06-15", "end": "2025-06-19", "sources": ["s1"]}]}
        """)
        let out = dir.url.appendingPathComponent("fair2.json").path
        let r = try ProcessRunner.pavilion(["import", file, "--expo", "hf-2025", "--catalog", fair, "--output", out])
        #expect(r.status == 0, "\(r)")
        #expect(!r.stderr.contains("no --expo given"), "\(r)")
        #expect(r.stderrLines.last?.hasSuffix("talks.json: imported 1 event, skipped 0, 0 warnings (added to \(fair))") == true, "\(r)")
        try expectValidCatalogue(out)
        let root = try #require(try parseJSON(String(contentsOfFile: out, encoding: .utf8)) as? [String: Any])
        #expect(root["title"] as? String == "Fair")
        let events = try #require(root["events"] as? [[String: Any]])
        #expect(events.first?["expo"] as? String == "hf-2025")
        #expect(events.first?["start"] as? String == "2025-06-16T14:00+08:00")
        #expect(events.first?["speakers"] as? [String] == ["Li Na"])
        #expect((root["sources"] as? [Any])?.count == 2)

        // Again into the result: every id is taken.
        let again = try ProcessRunner.pavilion(["import", file, "--expo", "hf-2025", "--catalog", out])
        #expect(again.status == 65, "\(again)")
        #expect(again.stdout.isEmpty)
        #expect(again.stderrLines.count == 1, "\(again)")
        #expect(again.stderr.contains("already has an event \"ev-21\""), "\(again)")
        // An expo the catalogue does not have.
        let wrong = try ProcessRunner.pavilion(["import", file, "--catalog", fair])
        #expect(wrong.status == 64, "\(wrong)")
        #expect(wrong.stderrLines.last?.hasSuffix("the catalogue has no expo \"hf25-talks\" (its expos are hf-2025); name one with --expo ID") == true, "\(wrong)")
        // --catalog with an exhibitor list.
        let csv = try dir.write("list.csv", "Company,Booth\nAcme,A1\n")
        let list = try ProcessRunner.pavilion(["import", csv, "--catalog", fair])
        #expect(list.status == 64, "\(list)")
        #expect(list.stderrLines.count == 1, "\(list)")
    }

    @Test func malformedSchedulesGiveOneLineAndExit65() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let cases: [(name: String, text: String, message: String)] = [
            ("broken.xml", "<schedule><conference><title>T</title></conference><day><room name=\"A\"></day></schedule>", "broken.xml: error: XML, line 1: </day> closes <room>"),
            ("rss.xml", "<?xml version=\"1.0\"?><rss><channel/></rss>", "rss.xml: error: the file is XML (root element <rss>), not an exhibitor list or a schedule; export the list as CSV or .xlsx"),
            ("noconf.json", #"{"schedule": {"version": "1"}}"#, #"noconf.json:1:14: error: "schedule" has no "conference" object, which holds the title, the days and their rooms and events"#),
            ("truncated.json", #"{"schedule": {"conference": {"title": "T", "days": ["#, "truncated.json:1:53: error: JSON syntax error at line 1, column 53: unexpected end of file"),
        ]
        for c in cases {
            let file = try dir.write(c.name, c.text)
            let r = try ProcessRunner.pavilion(["import", file, "--expo", "x"])
            #expect(r.status == 65, "\(c.name): \(r)")
            #expect(r.stdout.isEmpty, "\(c.name)")
            #expect(r.stderrLines.count == 1, "\(c.name): \(r)")
            #expect(r.stderrLines.first?.contains(c.message) == true, "\(c.name): \(r)")
        }
    }

    @Test func badEventsAreSkippedOrWithStrictRejectTheFile() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let bad = Self.xml.replacingOccurrences(of: "<duration>01:00</duration>", with: "<duration>an hour</duration>")
            .replacingOccurrences(of: "<title>Round table</title>", with: "")
        let file = try dir.write("bad.xml", bad)
        let lines = bad.components(separatedBy: "\n")
        let line13 = try #require(lines.firstIndex { $0.contains("id=\"13\"") }) + 1
        let line14 = try #require(lines.firstIndex { $0.contains("id=\"14\"") }) + 1
        let r = try ProcessRunner.pavilion(["import", file, "--expo", "hf"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.contains("bad.xml:\(line13):1: error: event 13: duration \"an hour\" is not HH:MM or H:MM:SS (e.g. 00:45, 1:30:00); event skipped"), "\(r)")
        #expect(r.stderr.contains("bad.xml:\(line14):1: error: event 14: no title; event skipped"), "\(r)")
        #expect(r.stderrLines.last?.hasSuffix("imported 2 events, skipped 2, 0 warnings") == true, "\(r)")
        try expectValidCatalogue(text: r.stdout)
        let strict = try ProcessRunner.pavilion(["import", file, "--expo", "hf", "--strict"])
        #expect(strict.status == 65, "\(strict)")
        #expect(strict.stdout.isEmpty)
        #expect(strict.stderrLines.last?.hasSuffix("--strict: nothing written") == true, "\(strict)")
    }
}

extension ScheduleImportCommandTests {
    @Test func listOptionsAreRefusedForSchedules() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("schedule.xml", Self.xml)
        for args in [["--map", "Title=name"], ["--print-map"], ["--sheet", "One"]] {
            let r = try ProcessRunner.pavilion(["import", file] + args)
            #expect(r.status == 64, "\(args): \(r)")
            #expect(r.stdout.isEmpty)
            #expect(r.stderrLines.count == 1, "\(args): \(r)")
            #expect(r.stderrLines.first?.hasSuffix("\(args[0]) is for exhibitor lists; a schedule's fields are fixed (see `pavilion import --help`)") == true, "\(r)")
        }
    }
}
