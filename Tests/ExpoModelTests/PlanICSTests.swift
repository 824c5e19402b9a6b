import Foundation
import Testing
@testable import ExpoModel

@Suite struct PlanICSTests {
    /// Reads an ICS file with Python's icalendar and prints what it understood as JSON; each
    /// zoned start is turned into UTC twice: by icalendar's own zone database (TZID) and by the
    /// VTIMEZONE we wrote (`to_tz(lookup_tzid=False)`), so both must be right.
    static let script = """
    import json, sys, datetime
    from icalendar import Calendar
    data = open(sys.argv[1], "rb").read()
    lines = data.split(b"\\r\\n")
    utc = datetime.timezone.utc
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    out = {"max_octets": max(len(l) for l in lines), "bare_lf": data.replace(b"\\r\\n", b"").count(b"\\n"),
           "ends_crlf": data.endswith(b"\\r\\n")}
    cal = Calendar.from_ical(data)
    out["version"] = str(cal["VERSION"])
    zones = {str(t["TZID"]): t.to_tz(lookup_tzid=False) for t in cal.walk("VTIMEZONE")}
    out["zones"] = sorted(zones)
    items = []
    for c in cal.walk():
        if c.name not in ("VEVENT", "VTODO"):
            continue
        d = {"kind": c.name, "uid": str(c["UID"]), "summary": str(c["SUMMARY"]), "status": str(c["STATUS"]),
             "dtstamp": c["DTSTAMP"].dt.astimezone(utc).strftime(fmt),
             "location": str(c["LOCATION"]) if "LOCATION" in c else None,
             "description": str(c["DESCRIPTION"]) if "DESCRIPTION" in c else None,
             "priority": int(c["PRIORITY"]) if "PRIORITY" in c else None,
             "categories": [str(x) for x in c["CATEGORIES"].cats]}
        if "DTSTART" in c:
            s, e = c["DTSTART"].dt, c["DTEND"].dt
            d["tzid"] = c["DTSTART"].params.get("TZID")
            d["start_local"] = s.replace(tzinfo=None).isoformat()
            d["end_local"] = e.replace(tzinfo=None).isoformat()
            d["floating"] = s.tzinfo is None
            if s.tzinfo is not None:
                d["start_utc"] = s.astimezone(utc).strftime(fmt)
                own = s.replace(tzinfo=None).replace(tzinfo=zones[d["tzid"]])
                d["start_utc_own_vtimezone"] = own.astimezone(utc).strftime(fmt)
        items.append(d)
    out["items"] = items
    print(json.dumps(out))
    """

    @Test func icalendarReadsTheEventsTheirInstantsAndZones() throws {
        let ics = PlanSample.exporter.render(.ics)
        let doc = try #require(PythonCheck.json(Self.script, on: ics))
        #expect(doc["version"]?.text == "2.0")
        #expect((doc["max_octets"]?.number ?? 99) <= 75)
        #expect((doc["max_octets"]?.number ?? 0) >= 70, "long lines are filled")
        #expect(doc["bare_lf"] == .number(0, isInteger: true))
        #expect(doc["ends_crlf"] == .bool(true))
        #expect(doc["zones"]?.elements.compactMap(\.text) == ["Asia/Harbin", "Europe/Berlin"])
        let items = try #require(doc["items"]?.elements)
        #expect(items.compactMap { $0["uid"]?.text } == ["b5", "b2", "b3", "b1", "b6", "b4", "b99"].map { "\($0)@test-fair.pavilion" })
        #expect(items.map { $0["kind"]?.text ?? "" } == Array(repeating: "VEVENT", count: 5) + ["VTODO", "VTODO"])
        #expect(items.allSatisfy { $0["dtstamp"]?.text == "2017-06-10T08:00:00Z" })

        let berlin = items[0], harbinVisited = items[1], chinese = items[2], b1 = items[3], floating = items[4]
        // Harbin is UTC+8 all year; Berlin is on summer time (UTC+2) on 24 April.
        #expect(b1["tzid"]?.text == "Asia/Harbin")
        #expect(b1["start_utc"]?.text == "2017-06-16T02:30:00Z")
        #expect(b1["start_utc_own_vtimezone"]?.text == "2017-06-16T02:30:00Z")
        #expect(berlin["start_utc"]?.text == "2017-04-24T09:00:00Z")
        #expect(berlin["start_utc_own_vtimezone"]?.text == "2017-04-24T09:00:00Z")
        #expect(harbinVisited["start_local"]?.text == "2017-06-16T09:00:00")
        #expect(harbinVisited["end_local"]?.text == "2017-06-16T09:45:00")
        #expect(floating["floating"] == .bool(true))
        #expect(floating["start_local"]?.text == "2017-06-17T14:00:00")

        #expect(b1["summary"]?.text == "Vi Holding Group (B12)")
        #expect(chinese["summary"]?.text == "哈尔滨电气集团 (B9)")
        #expect(b1["location"]?.text == "Harbin Fair 2017, hall 2, booth B12")
        #expect(b1["description"]?.text == PlanSample.trickyNote + "\n\nProducts: Tractors, Seeds")
        #expect(chinese["description"]?.text == PlanSample.chineseNote)
        #expect(items.map { $0["priority"] } == [.null, .null, .number(5, isInteger: true), .number(1, isInteger: true), .number(9, isInteger: true), .null, .null])
        #expect(items.compactMap { $0["status"]?.text } == ["CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED", "NEEDS-ACTION", "CANCELLED"])
        #expect(items.compactMap { $0["categories"]?.elements.first?.text } == ["contacted", "visited", "to-visit", "to-visit", "to-visit", "to-visit", "skipped"])

        let gone = items[6]
        #expect(gone["summary"]?.text == "Booth b99 (not in this catalogue any more)")
        #expect(gone["location"] == .null)
        #expect(gone["description"]?.text == "Moved?\n\nBooth b99 is not in this catalogue any more.")
    }

    /// Berlin moves to summer time at 02:00 on 26 March 2017: the VTIMEZONE we write must
    /// carry that transition, so times either side of it get UTC+1 and UTC+2.
    @Test func aSummerTimeTransitionInsideThePlanIsInTheTimeZoneComponent() throws {
        let entries = [
            PlanEntry(boothID: "b1", added: PlanSample.added, start: LocalDateTime(iso: "2017-03-25T10:00"), timeZone: "Europe/Berlin"),
            PlanEntry(boothID: "b2", added: PlanSample.added, start: LocalDateTime(iso: "2017-03-27T10:00"), timeZone: "Europe/Berlin"),
        ]
        let ics = PlanExporter(catalog: PlanSample.catalog, entries: entries, now: PlanSample.now).render(.ics)
        #expect(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:20170326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n"))
        let doc = try #require(PythonCheck.json(Self.script, on: ics))
        let items = try #require(doc["items"]?.elements)
        #expect(items.compactMap { $0["start_utc_own_vtimezone"]?.text } == ["2017-03-25T09:00:00Z", "2017-03-27T08:00:00Z"])
        #expect(items.compactMap { $0["start_utc"]?.text } == ["2017-03-25T09:00:00Z", "2017-03-27T08:00:00Z"])
    }

    @Test func theLongChineseNoteIsFoldedWithinSeventyFiveOctetsAndUnfoldsToTheOriginal() throws {
        let ics = PlanSample.exporter.render(.ics)
        let physical = Array(ics.utf8).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        for line in physical {
            #expect(line.last == 0x0D, "every line ends with CRLF")
            #expect(line.count - 1 <= 75, "\(line.count - 1) octets")
            #expect(String(validating: Array(line.dropLast()), as: UTF8.self) != nil, "a line cut inside a UTF-8 sequence")
        }
        let logical = ICSText.unfold(ics).components(separatedBy: "\r\n")
        let description = try #require(logical.first { $0.hasPrefix("DESCRIPTION:请询问") })
        #expect(description == "DESCRIPTION:" + ICSText.escape(PlanSample.chineseNote))
        let lines = ics.components(separatedBy: "\r\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix("DESCRIPTION:请询问") })
        let continuation = lines[(first + 1)...].prefix { $0.hasPrefix(" ") }.count
        // 12 × 15 + 3 characters of 3 octets, escaped commas: about 560 octets, 8 lines of 74.
        #expect(continuation >= 7, "the note spans \(continuation + 1) lines")
    }

    @Test func foldingNeverSplitsAUTF8SequenceAndFillsEachLine() {
        let pieces = ["a", "é", "中", "😀", "ж", "\u{301}"]
        for length in stride(from: 1, through: 300, by: 7) {
            for shift in 0..<pieces.count {
                let line = "X:" + (0..<length).map { pieces[($0 * 3 + shift) % pieces.count] }.joined()
                var out = ""
                ICSText.fold(line, into: &out)
                let bytes = Array(out.utf8)
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Array($0.dropLast()) }
                for (i, l) in lines.enumerated() {
                    #expect(l.count <= 75)
                    #expect(String(validating: l, as: UTF8.self) != nil, "line \(i) of length \(length) split a character")
                    if i > 0 { #expect(l.first == 0x20) }
                    if i + 1 < lines.count {
                        // Full: the next line's first character would not have fitted.
                        let next = lines[i + 1].dropFirst()
                        let width = next.first.map { b in b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4 } ?? 0
                        #expect(l.count + width > 75, "line \(i) was cut early at \(l.count) octets")
                    }
                }
                #expect(bytes.suffix(2) == [0x0D, 0x0A])
                #expect(ICSText.unfold(out) == line + "\r\n")
            }
        }
    }

    @Test func textIsEscaped() {
        #expect(ICSText.escape("a\\b;c,d\ne\r\nf\rg\u{1}h\ti") == "a\\\\b\\;c\\,d\\ne\\nf\\ng h\ti")
        #expect(ICSText.parameter("Asia/Harbin") == "Asia/Harbin")
        #expect(ICSText.parameter("a;b\"c") == "\"a;bc\"")
    }

    @Test func uidsAreStableAndDistinguishIdentities() {
        #expect(PlanExporter.uid(booth: "b1", catalog: "test-fair") == "b1@test-fair.pavilion")
        let a = PlanExporter.uid(booth: "b1", catalog: "China–Russia Expo")
        let b = PlanExporter.uid(booth: "b1", catalog: "China Russia Expo")
        #expect(a.hasPrefix("b1@china-russia-expo-") && a.hasSuffix(".pavilion"))
        #expect(a != b)
        #expect(a == PlanExporter.uid(booth: "b1", catalog: "China–Russia Expo"))
        #expect(PlanExporter.uid(booth: "b1", catalog: "哈尔滨").count == "b1@".count + 8 + ".pavilion".count)
    }

    @Test func aZoneTheSystemDoesNotKnowGivesAFloatingTimeSaidSo() {
        let e = PlanEntry(boothID: "b1", added: PlanSample.added, start: LocalDateTime(iso: "2017-06-16T10:30"), timeZone: "Mars/Olympus")
        let ics = ICSText.unfold(PlanExporter(catalog: PlanSample.catalog, entries: [e], now: PlanSample.now).render(.ics))
        #expect(ics.contains("\r\nDTSTART:20170616T103000\r\n"))
        #expect(!ics.contains("TZID"))
        #expect(ics.contains("Mars/Olympus\\, a zone this system does not know"))
    }

    @Test func aZoneWithoutSummerTimeHasOneStandardObservance() throws {
        let zone = try #require(ICSTimeZone("Asia/Harbin"))
        let t = UTCTimestamp.seconds(try #require(LocalDateTime(iso: "2017-06-16T02:30")))
        #expect(zone.lines(from: t, to: t + 3600) == ["BEGIN:VTIMEZONE", "TZID:Asia/Harbin", "BEGIN:STANDARD", "DTSTART:20170615T103000",
                                                       "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"])
        #expect(ICSTimeZone.utcOffset(-12_600) == "-0330")
        #expect(ICSTimeZone.utcOffset(7_517) == "+020517")
    }
}
