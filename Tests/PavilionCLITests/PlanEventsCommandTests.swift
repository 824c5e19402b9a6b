import Foundation
import Testing

/// `pavilion plan add` on events: an event id (or `event:ID`) plans the event at its own time.
@Suite("pavilion plan add EVENT")
struct PlanEventsCommandTests {
    @Test func anEventIsPlannedAtItsOwnTimeUnlessAtSaysOtherwise() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try EventsTestCatalogue.write(in: dir)
        let env = ["PAVILION_DB": dir.path + "/plan.sqlite"]
        func plan(_ args: [String]) throws -> ProcessResult {
            try ProcessRunner.pavilion(["plan"] + args + ["--catalog", file], extraEnvironment: env)
        }
        let added = try plan(["add", "forum", "event:bday"])
        #expect(added.status == 0, "\(added)")
        #expect(added.stdoutLines == ["added event:forum", "added event:bday"])
        let moved = try plan(["add", "sign", "--at", "2017-06-16 15:00"])
        #expect(moved.status == 0, "\(moved)")
        let list = try plan(["list", "--json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let byID = Dictionary(entries.map { ($0["booth_id"] as? String ?? "?", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byID["event:forum"]?["start"] as? String == "2017-06-15T09:30", "\(list.stdout)")
        #expect((byID["event:forum"]?["duration_minutes"] as? NSNumber)?.intValue == 150, "\(list.stdout)")
        #expect(byID["event:bday"]?["start"] == nil || byID["event:bday"]?["start"] is NSNull, "a date alone stays unscheduled: \(list.stdout)")
        #expect(byID["event:sign"]?["start"] as? String == "2017-06-16T15:00", "\(list.stdout)")
        let unknown = try plan(["add", "event:nope"])
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("no booth, exhibitor or event with id \"event:nope\""), "\(unknown)")
    }
}
