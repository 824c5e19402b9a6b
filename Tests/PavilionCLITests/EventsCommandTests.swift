import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14: `pavilion events`, the programme from the shell.
@Suite("pavilion events")
struct EventsCommandTests {
    static let kindsLine = "forum, session, round-table, ceremony, signing, business-day, exhibition, other"

    /// Runs `pavilion events --catalog <the test catalogue>` with more arguments.
    func events(_ arguments: [String]) throws -> ProcessResult {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        return try ProcessRunner.pavilion(["events", "--catalog", file] + arguments)
    }

    /// The first column of each table row after the header.
    func titles(_ r: ProcessResult) -> [String] {
        r.stdoutLines.dropFirst().compactMap { line in
            ["Business days", "中俄博览会论坛", "Signing ceremony", "Opening", "Closing round table"].first { line.contains($0) }
        }
    }

    @Test func textGoldenInProgrammeOrderWithWideText() throws {
        let r = try events([])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        // Date-only events come before timed ones on the same day; the undated last. The signing's
        // end (02:30Z) is shown in the start's offset (+08:00). Chinese takes two columns a character.
        expectGolden(r.stdout, """
            DATE              TIME         KIND          TITLE                VENUE          EXPO
            2017-06-15–06-17  all day      business-day  Business days        Hall A         Fair 2017
            2017-06-15        09:30–12:00  forum         中俄博览会论坛       Конференц-зал  Fair 2017
            2017-06-16        10:00–10:30  signing       Signing ceremony     Hall A         Fair 2017
            2018-07-09        09:00        ceremony      Opening              Main square    Fair 2018
            —                 —            round-table   Closing round table  —              Fair 2017
            """)
        let venueColumn = Set(r.stdoutLines.map { line -> Int in
            let cut = line.range(of: "Hall A") ?? line.range(of: "Конференц") ?? line.range(of: "Main square") ?? line.range(of: "—              F") ?? line.range(of: "VENUE")
            return cut.map { DisplayWidth.of(String(line[..<$0.lowerBound])) } ?? -1
        })
        #expect(venueColumn == [66], "the venue column is not aligned: \(venueColumn)")
    }

    @Test func anExpoLeavesOutTheExpoColumn() throws {
        let r = try events(["--expo", "f17"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stdoutLines.first == "DATE              TIME         KIND          TITLE                VENUE")
        #expect(titles(r) == ["Business days", "中俄博览会论坛", "Signing ceremony", "Closing round table"])
        #expect(!r.stdout.contains("Fair 201"), "\(r)")
    }

    @Test func jsonIsTheCatalogueRecordsInProgrammeOrder() throws {
        let r = try events(["--json"])
        #expect(r.status == 0, "\(r)")
        #expect(r.stderr.isEmpty, "\(r)")
        let array = try #require(try parseJSON(r.stdout) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["bday", "forum", "sign", "open18", "tbd"])
        // As the catalogue writes them: times as given, kinds and keys untranslated.
        let sign = try #require(array.first { $0["id"] as? String == "sign" })
        #expect(Set(sign.keys) == ["id", "expo", "title", "kind", "start", "end", "hall"])
        #expect(sign["start"] as? String == "2017-06-16T10:00+08:00")
        #expect(sign["end"] as? String == "2017-06-16T02:30Z")
        #expect(sign["kind"] as? String == "signing")
        let forum = try #require(array.first { $0["id"] as? String == "forum" })
        #expect(forum["title"] as? String == "中俄博览会论坛")
        #expect(forum["venue"] as? String == "Конференц-зал")
        #expect(forum["organisers"] as? [String] == ["f17-amur"])
        #expect(forum["speakers"] as? [String] == ["A. Ivanov", "Li Wei"])
        // Laid out as the other commands' JSON: two spaces an element, one per line.
        #expect(r.stdout.hasPrefix("[\n  {\n    \"id\": \"bday\","), "\(r.stdout.prefix(40))")
        #expect(r.stdout.hasSuffix("\n  }\n]\n"))
    }

    @Test func kindKeepsOnlyThatKind() throws {
        let r = try events(["--kind", "forum"])
        #expect(r.status == 0, "\(r)")
        #expect(titles(r) == ["中俄博览会论坛"])
        let json = try events(["--kind", "round-table", "--json"])
        let array = try #require(try parseJSON(json.stdout) as? [[String: Any]])
        #expect(array.map { $0["id"] as? String } == ["tbd"])
    }

    @Test(arguments: [
        (["--from", "2017-06-16", "--to", "2017-06-16"], ["Business days", "Signing ceremony"]),
        (["--from", "2017-06-17"], ["Business days", "Opening"]),
        (["--to", "2017-06-15"], ["Business days", "中俄博览会论坛"]),
        (["--from", "2017-06-18", "--to", "2018-07-09", "--kind", "ceremony"], ["Opening"]),
    ])
    func datesKeepEventsOverlappingTheRange(_ arguments: [String], _ expected: [String]) throws {
        let r = try events(arguments)
        #expect(r.status == 0, "\(r)")
        #expect(titles(r) == expected, "\(r)")
    }

    @Test func aBadKindExits64WithTheValidKinds() throws {
        let r = try events(["--kind", "talk"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderrLines == ["pavilion: --kind must be one of \(Self.kindsLine), not \"talk\""], "\(r)")
    }

    @Test(arguments: [
        (["--from", "2017-13-01"], "--from must be a date written YYYY-MM-DD, e.g. 2017-06-16, not \"2017-13-01\""),
        (["--to", "16.06.2017"], "--to must be a date written YYYY-MM-DD, e.g. 2017-06-16, not \"16.06.2017\""),
        (["--from", "2017-06-16T10:00"], "--from must be a date written YYYY-MM-DD, e.g. 2017-06-16, not \"2017-06-16T10:00\""),
        (["--from", "2017-06-17", "--to", "2017-06-16"], "--from 2017-06-17 is after --to 2017-06-16"),
    ])
    func aBadDateExits64WithOneLine(_ arguments: [String], _ message: String) throws {
        let r = try events(arguments)
        #expect(r.status == 64, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderrLines == ["pavilion: " + message], "\(r)")
    }

    @Test func anUnknownExpoExits65WithTheClosestIds() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        let near = try ProcessRunner.pavilion(["events", "--catalog", file, "--expo", "f-17"])
        #expect(near.status == 65, "\(near)")
        #expect(near.stdout.isEmpty, "\(near)")
        #expect(near.stderrLines == ["pavilion: no expo with id \"f-17\" in \(file); did you mean f17, f18?"], "\(near)")
        let far = try ProcessRunner.pavilion(["events", "--catalog", file, "--expo", "harbin-expo"])
        #expect(far.status == 65, "\(far)")
        #expect(far.stderrLines == ["pavilion: no expo with id \"harbin-expo\" in \(file); see `pavilion stats` for the expos"], "\(far)")
    }

    @Test func noEventLeftExits1WithOneLine() throws {
        let r = try events(["--kind", "exhibition", "--expo", "f17"])
        #expect(r.status == 1, "\(r)")
        #expect(r.stdout.isEmpty, "\(r)")
        #expect(r.stderrLines.count == 1, "\(r)")
        #expect(r.stderrLines.first?.hasSuffix("matches --expo f17 --kind exhibition") == true, "\(r)")
        let json = try events(["--kind", "exhibition", "--json"])
        #expect(json.status == 1, "\(json)")
        #expect(json.stdout == "[]\n", "\(json)")
        #expect(json.stderr.isEmpty, "\(json)")
        let demo = try ProcessRunner.pavilion(["events", "--demo"])
        #expect(demo.status == 1, "\(demo)")
        #expect(demo.stderrLines == ["pavilion: no event in (demo)"], "\(demo)")
    }

    /// `| head -1` on a programme longer than a pipe holds: the first line arrives and the
    /// command ends quietly (141, or SIGPIPE), text and JSON alike.
    @Test(arguments: [false, true])
    func pipingIntoHeadDoesNotCrash(json: Bool) throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("long.json", EventsTestCatalogue.many(20_000))
        let flag = json ? " --json" : ""
        let r = try ProcessRunner.pavilionInShell(
            "{ \"$0\" events --catalog '\(file)'\(flag); echo \"pavilion exited $?\" >&2; } | head -1", timeout: 60)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdoutLines == [json ? "[" : "DATE        TIME   KIND     TITLE                                       VENUE  EXPO"], "\(r.stdout.prefix(300))")
        #expect(r.stderrLines == ["pavilion exited 141"], "\(r)")
    }

    @Test func aFullDiskExits74WithOneLine() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        for flag in [[], ["--json"]] {
            let r = try ProcessRunner.pavilion(["events", "--catalog", file] + flag, stdout: .path("/dev/full"))
            #expect(!r.signaled && r.status == 74, "\(r)")
            #expect(r.stderrLines == ["pavilion: cannot write to standard output: No space left on device"], "\(r)")
        }
    }

    @Test func controlCharactersInATitleAreMadeVisible() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("hostile.json", """
            {"format": "pavilion-catalog", "version": 2, "title": "T", "synthetic": true,
             "expos": [{"id": "f", "name": "Fair"}],
             "events": [{"id": "e", "expo": "f", "title": "Red\\u001b[31m forum", "venue": "Bell\\u0007 hall"}]}
            """)
        let r = try ProcessRunner.pavilion(["events", "--catalog", file])
        #expect(r.status == 0, "\(r)")
        #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\u{07}"), "\(r.stdout.debugDescription)")
        #expect(r.stdout.contains("Red␛[31m forum"), "\(r.stdout)")
        let json = try ProcessRunner.pavilion(["events", "--catalog", file, "--json"])
        #expect(!json.stdout.contains("\u{1B}"), "\(json.stdout.debugDescription)")
        let array = try #require(try parseJSON(json.stdout) as? [[String: Any]])
        #expect(array.first?["title"] as? String == "Red\u{1B}[31m forum")
    }
}
