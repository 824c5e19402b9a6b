import Testing
@testable import ExpoModel

@Suite struct PlanJSONTests {
    @Test func renderThenReadGivesTheSameEntries() throws {
        let json = PlanSample.exporter.render(.json)
        let doc = try PlanJSONReader.read(Array(json.utf8))
        #expect(doc.catalog == "test-fair")
        #expect(doc.entries == PlanOrder.sorted(PlanSample.entries, in: PlanSample.catalog))
        #expect(Set(doc.entries) == Set(PlanSample.entries))
        // And again: reading what was read and written again is a fixed point.
        let again = PlanExporter(catalog: PlanSample.catalog, entries: doc.entries, now: PlanSample.now).render(.json)
        #expect(again == json)
    }

    @Test func planOrderIsStartThenHallThenCodeInNaturalOrder() {
        let t = LocalDateTime(iso: "2017-06-16T10:30")
        let entries = [
            PlanEntry(boothID: "b99", added: 0, start: t),                  // not in the catalogue: no hall, last of its time
            PlanEntry(boothID: "b1", added: 0, start: t),                   // hall 2, B12
            PlanEntry(boothID: "b2", added: 0, start: t),                   // hall 10
            PlanEntry(boothID: "b3", added: 0, start: t),                   // hall 2, B9
            PlanEntry(boothID: "b6", added: 0),                             // untimed
            PlanEntry(boothID: "b4", added: 0, start: LocalDateTime(iso: "2017-06-16T18:00")),
            PlanEntry(boothID: "b5", added: 0, start: LocalDateTime(iso: "2017-06-16T09:59")),
        ]
        #expect(PlanOrder.sorted(entries, in: PlanSample.catalog).map(\.boothID) == ["b5", "b3", "b1", "b2", "b99", "b4", "b6"])
    }

    @Test func keysAreWrittenInAStableOrder() {
        let json = PlanSample.exporter.render(.json)
        #expect(json.hasPrefix("""
        {
          "format": "pavilion-plan",
          "version": 1,
          "catalog": "test-fair",
          "exported": "2017-06-10T08:00:00Z",
          "entries": [
            {
              "booth": "b5",
              "status": "contacted",
              "note": null,
              "start": "2017-04-24T11:00",
              "time_zone": "Europe/Berlin",
              "duration_minutes": 30,
              "priority": null,
              "added": "2017-06-10T09:00:00Z",
              "updated": "2017-06-10T09:00:00Z"
            },
        """))
    }

    @Test func timestampsRoundTripOverTheWholeRange() {
        for s: Int64 in [0, 1, 59, 60, 86_399, 1_497_081_600, 951_782_400, 4_102_444_799, -1, -86_401, 253_402_300_799] {
            let text = UTCTimestamp.iso(s)
            #expect(UTCTimestamp.parseISO(text) == s, "\(s) → \(text)")
        }
        #expect(UTCTimestamp.iso(1_497_081_600) == "2017-06-10T08:00:00Z")
        #expect(UTCTimestamp.iso(951_782_400) == "2000-02-29T00:00:00Z")
        #expect(UTCTimestamp.iso(-1) == "1969-12-31T23:59:59Z")
        for bad in ["2017-06-10T08:00:00", "2017-06-10 08:00:00Z", "2017-02-30T08:00:00Z", "2017-06-10T08:00:60Z", "+017-06-10T08:00:00Z",
                    "2017-06-10T24:00:00Z"] {
            #expect(UTCTimestamp.parseISO(bad) == nil, "\(bad)")
        }
    }

    /// A plan export with `entry` as the second entry (on line 8) and `root` replacing lines 2–5.
    static func document(entry: String = #"{"booth": "b2", "status": "visited", "added": "2017-06-10T09:00:00Z"}"#,
                         root: String? = nil) -> String {
        let header = root ?? """
          "format": "pavilion-plan",
          "version": 1,
          "catalog": "test-fair",
          "exported": "2017-06-10T08:00:00Z",
        """
        return "{\n" + header + "\n  \"entries\": [\n    {\"booth\": \"b1\", \"status\": \"to-visit\", \"added\": \"2017-06-10T09:00:00Z\"},\n    "
            + entry + "\n  ]\n}\n"
    }

    @Test func theDocumentTemplateIsValid() throws {
        let doc = try PlanJSONReader.read(Array(Self.document().utf8))
        #expect(doc.entries.map(\.boothID) == ["b1", "b2"])
        #expect(doc.entries[1] == PlanEntry(boothID: "b2", added: 1_497_085_200, status: .visited))
    }

    @Test(arguments: [
        // (what the second entry is, the message, the text at the error's position)
        (#"{"booth": "b2", "status": "done", "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): unknown status "done"; expected to-visit, visited, contacted, skipped"#, #""done""#),
        (#"{"booth": "b2", "status": "visited"}"#, #"entry 2 (booth "b2"): the entry has no added"#, #"{"booth""#),
        (#"{"status": "visited", "added": "2017-06-10T09:00:00Z"}"#, "entry 2: the entry has no booth", #"{"status""#),
        (#"{"booth": 5, "status": "visited", "added": "2017-06-10T09:00:00Z"}"#, "entry 2: booth must be a string, not a number", "5,"),
        (#"{"booth": "", "status": "visited", "added": "2017-06-10T09:00:00Z"}"#, "entry 2: booth must not be empty", #""","#),
        (#""b2""#, "entry 2: the entry must be an object, not a string", #""b2""#),
        (#"{"booth": "b1", "status": "visited", "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b1"): booth "b1" is already entry 1"#, #"{"booth": "b1", "status": "visited""#),
        (#"{"booth": "b2", "status": "visited", "start": "2017-02-30T10:00", "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): start "2017-02-30T10:00" is not a date and time like 2017-06-16T10:30"#, #""2017-02-30"#),
        (#"{"booth": "b2", "status": "visited", "start": "2017-06-16 10:30", "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): start "2017-06-16 10:30" is not a date and time like 2017-06-16T10:30"#, #""2017-06-16 10:30""#),
        (#"{"booth": "b2", "status": "visited", "time_zone": "Asia/Harbin", "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): time_zone without a start"#, #""Asia/Harbin""#),
        (#"{"booth": "b2", "status": "visited", "start": "2017-06-16T10:30", "time_zone": "", "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): time_zone "" is not a zone name like Asia/Harbin"#, #""", "added""#),
        (#"{"booth": "b2", "status": "visited", "duration_minutes": 0, "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): duration_minutes must be a whole number from 1 to 10080"#, "0,"),
        (#"{"booth": "b2", "status": "visited", "duration_minutes": 1.5, "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): duration_minutes must be a whole number from 1 to 10080"#, "1.5"),
        (#"{"booth": "b2", "status": "visited", "priority": 4, "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): priority must be a whole number from 1 to 3 or null"#, "4,"),
        (#"{"booth": "b2", "status": "visited", "added": "yesterday"}"#, #"entry 2 (booth "b2"): added "yesterday" is not a UTC time like 2017-06-16T08:00:00Z"#, #""yesterday""#),
        (#"{"booth": "b2", "status": "visited", "added": "2017-06-10T09:00:00Z", "updated": 5}"#, #"entry 2 (booth "b2"): updated must be a string, not a number"#, "5}"),
        (#"{"booth": "b2", "status": "visited", "note": 5, "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): note must be a string or null, not a number"#, "5,"),
        (#"{"booth": "b2", "status": "visited", "notes": "x", "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): unknown key "notes" in the entry; expected booth, status, note, start, time_zone, duration_minutes, priority, added, updated"#, #""notes""#),
        (#"{"booth": "b2", "status": "visited", "status": "skipped", "added": "2017-06-10T09:00:00Z"}"#, #"entry 2 (booth "b2"): key "status" appears twice in the entry"#, #""status": "skipped""#),
    ])
    func entryErrorsNameTheEntryLineAndColumn(entry: String, message: String, at token: String) throws {
        let text = Self.document(entry: entry)
        try Self.expectError(text, message: message, line: 8, at: token)
    }

    @Test(arguments: [
        ("  \"format\": \"pavilion-catalog\",\n  \"version\": 1,\n  \"catalog\": \"c\",\n  \"exported\": \"2017-06-10T08:00:00Z\",",
         #"not a plan export: format must be "pavilion-plan""#, 2, #""pavilion-catalog""#),
        ("  \"format\": \"pavilion-plan\",\n  \"version\": 2,\n  \"catalog\": \"c\",\n  \"exported\": \"2017-06-10T08:00:00Z\",",
         "this plan is format version 2, written by a newer Pavilion; this one reads version 1", 3, "2,"),
        ("  \"format\": \"pavilion-plan\",\n  \"version\": \"1\",\n  \"catalog\": \"c\",\n  \"exported\": \"2017-06-10T08:00:00Z\",",
         "version must be a whole number, not a string", 3, #""1""#),
        ("  \"format\": \"pavilion-plan\",\n  \"version\": 1,\n  \"catalog\": 7,\n  \"exported\": \"2017-06-10T08:00:00Z\",",
         "catalog must be a string or null, not a number", 4, "7,"),
        ("  \"format\": \"pavilion-plan\",\n  \"version\": 1,\n  \"catalog\": \"c\",\n  \"exported\": \"June\",",
         #"exported "June" is not a UTC time like 2017-06-16T08:00:00Z"#, 5, #""June""#),
        ("  \"format\": \"pavilion-plan\",\n  \"version\": 1,\n  \"catalog\": \"c\",\n  \"title\": \"x\",",
         #"unknown key "title" in the plan; expected format, version, catalog, exported, entries"#, 5, #""title""#),
        ("  \"version\": 1,\n  \"catalog\": \"c\",\n  \"exported\": \"2017-06-10T08:00:00Z\",",
         "not a plan export: the file has no format", 1, "{"),
    ])
    func documentErrorsNameTheLineAndColumn(root: String, message: String, line: Int, at token: String) throws {
        try Self.expectError(Self.document(root: root), message: message, line: line, at: token)
    }

    @Test func otherDocumentErrors() throws {
        try Self.expectError("{\"format\": \"pavilion-plan\", \"version\": 1, \"entries\": {}}", message: "entries must be an array, not an object",
                             line: 1, at: "{}")
        try Self.expectError("[1, 2]", message: "the plan must be an object, not an array", line: 1, at: "[1")
        try Self.expectError("{\"format\": \"pavilion-plan\", \"version\": 1}", message: "the plan has no entries", line: 1, at: "{")
        do {
            _ = try PlanJSONReader.read(Array("{\"format\": \"pavilion-plan\",\n  \"version\": 1,\n  \"entries\": [}\n".utf8))
            Issue.record("broken JSON was read")
        } catch {
            #expect(error.description.hasPrefix("not a plan export: "))
            #expect(error.position?.line == 3)
        }
        // The catalogue and the export time may be left out, and so may every optional key.
        let minimal = try PlanJSONReader.read(Array(#"{"format": "pavilion-plan", "version": 1, "entries": [{"booth": "b", "status": "skipped", "added": "2017-06-10T09:00:00Z", "note": ""}]}"#.utf8))
        #expect(minimal == PlanJSONReader.Document(catalog: nil, entries: [PlanEntry(boothID: "b", added: 1_497_085_200, status: .skipped)]))
    }

    /// Reading `text` fails with exactly `message` at `line`, at the column where `token` starts.
    static func expectError(_ text: String, message: String, line: Int, at token: String,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lineText = try #require(lines.indices.contains(line - 1) ? lines[line - 1] : nil, sourceLocation: sourceLocation)
        let range = try #require(lineText.range(of: token), "\(token) is not on line \(line)", sourceLocation: sourceLocation)
        let column = lineText.unicodeScalars.distance(from: lineText.startIndex, to: range.lowerBound) + 1
        do {
            let doc = try PlanJSONReader.read(Array(text.utf8))
            Issue.record("read \(doc.entries.count) entries instead of failing with: \(message)", sourceLocation: sourceLocation)
        } catch {
            #expect(error.description == message, sourceLocation: sourceLocation)
            #expect(error.position == TextPosition(line: line, column: column), sourceLocation: sourceLocation)
        }
    }
}
