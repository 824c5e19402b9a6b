import Foundation
import Testing

@Suite("pavilion plan")
struct PlanCommandTests {
    @Test func addSetListAndRemove() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        let add = try f.plan(["add", "b1", "b2", "--note", "ask about prices\n第二行", "--at", "2017-06-16 14:00", "--duration", "45", "--priority", "2"])
        #expect(add.status == 0, "\(add)")
        #expect(add.stdoutLines == ["added b1", "added b2"])
        let set = try f.plan(["set", "b2", "--status", "visited", "--at", "2017-06-16T09:30", "--priority", "0"])
        #expect(set.stdoutLines == ["updated b2"], "\(set)")
        let e = try f.entries()
        #expect(Set(e.keys) == ["b1", "b2"])
        #expect(e["b1"]?["note"] as? String == "ask about prices\n第二行")
        #expect(e["b1"]?["start"] as? String == "2017-06-16T14:00")
        #expect((e["b1"]?["duration_minutes"] as? NSNumber)?.intValue == 45)
        #expect((e["b1"]?["priority"] as? NSNumber)?.intValue == 2)
        #expect(e["b1"]?["status"] as? String == "to-visit")
        #expect(e["b2"]?["status"] as? String == "visited")
        #expect(e["b2"]?["priority"] is NSNull)
        let list = try f.plan(["list"])
        #expect(list.stdoutLines == [
            "TIME              STATUS    BOOTH  EXHIBITOR  HALL  ID  NOTE",
            "2017-06-16 09:30  visited   A-2    Борей      H2    b2  ask about prices",
            "2017-06-16 14:00  to-visit  A-1    Acme       H1    b1  ask about prices",
        ], "\(list)")
        let visited = try f.plan(["list", "--status", "to-visit"])
        #expect(visited.stdoutLines.count == 2, "\(visited)")
        let removed = try f.plan(["remove", "b1"])
        #expect(removed.status == 0 && removed.stdoutLines == ["removed b1"], "\(removed)")
        let again = try f.plan(["remove", "b1"])
        #expect(again.status == 1, "\(again)")
        #expect(again.stderrLines == ["pavilion: \"b1\" is not in the plan of Plan fair"], "\(again)")
    }

    @Test func aBoothThatLeftTheCatalogueIsKeptAndShown() throws {
        let f = try PlanFixture(booths: 5)
        defer { f.remove() }
        #expect(try f.plan(["add", "b5", "--note", "keep me"]).status == 0)
        // The same catalogue (same title), without booth b5.
        let smaller = try PlanFixture(booths: 4)
        defer { smaller.remove() }
        let r = try ProcessRunner.pavilion(["plan", "list", "--catalog", smaller.catalog], extraEnvironment: f.environment)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdoutLines.last?.contains("not in this catalogue any more") == true, "\(r)")
        #expect(r.stdoutLines.last?.hasSuffix("b5  keep me") == true, "\(r)")
        let removed = try ProcessRunner.pavilion(["plan", "remove", "b5", "--catalog", smaller.catalog], extraEnvironment: f.environment)
        #expect(removed.stdoutLines == ["removed b5"], "\(removed)")
    }

    @Test func aTimeOfDayIsOnTheExposFirstDay() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        #expect(try f.plan(["add", "b1", "--at", "10:30"]).status == 0)
        #expect(try f.entries()["b1"]?["start"] as? String == "2017-06-15T10:30")
        let undated = try f.plan(["add", "c1", "--at", "9:00"])
        #expect(undated.status == 64, "\(undated)")
        #expect(undated.stderrLines == ["pavilion: --at 9:00: no day is known for 9:00; write the date too, e.g. 2017-06-16 9:00 (none clears it)"], "\(undated)")
        // The same forms as the browser's `t`: a day of the expo's month.
        #expect(try f.plan(["set", "b1", "--at", "16 9:05"]).status == 0)
        #expect(try f.entries()["b1"]?["start"] as? String == "2017-06-16T09:05")
        for bad in ["24:00", "10h30", "2017-02-30 10:00", "tomorrow"] {
            let r = try f.plan(["set", "b1", "--at", bad])
            #expect(r.status == 64, "\(bad): \(r)")
            #expect(r.stderr.contains("is not a time"), "\(bad): \(r)")
        }
        #expect(try f.plan(["set", "b1", "--at", "none"]).status == 0)
        #expect(try f.entries()["b1"]?["start"] is NSNull)
    }

    @Test func anExhibitorAddsItsBoothsAtOneExpo() throws {
        let f = try PlanFixture(booths: 6)
        defer { f.remove() }
        let one = try f.plan(["add", "x1"])
        #expect(one.stdoutLines == ["added b1", "added b4"], "\(one)")
        let ambiguous = try f.plan(["add", "x2"])
        #expect(ambiguous.status == 64, "\(ambiguous)")
        #expect(ambiguous.stderrLines == ["pavilion: exhibitor \"x2\" has booths at several expos (f1, f2); choose one with --expo"], "\(ambiguous)")
        let chosen = try f.plan(["add", "x2", "--expo", "f2"])
        #expect(chosen.stdoutLines == ["added c1"], "\(chosen)")
        let none = try f.plan(["add", "x0", "--expo", "f2"])
        #expect(none.status == 65, "\(none)")
    }

    @Test func unknownIdsAreRefusedWithTheClosest() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        let r = try f.plan(["add", "b1", "bb2", "zzzzzzzzzz"])
        #expect(r.status == 65, "\(r)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderrLines == [
            "pavilion: no booth, exhibitor or event with id \"bb2\" in the catalogue; did you mean b2, b1, b3?",
            "pavilion: no booth, exhibitor or event with id \"zzzzzzzzzz\" in the catalogue; try `pavilion search zzzzzzzzzz`",
        ], "\(r)")
        #expect(try f.entries().isEmpty)
    }

    @Test func usageErrorsExit64() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        for args in [["set", "b1"], ["add"], ["add", "b1", "--status", "seen"], ["add", "b1", "--priority", "4"],
                     ["add", "b1", "--duration", "0"], ["list", "--status", "done"], ["export", "--format", "pdf"], ["clear"]] {
            let r = try f.plan(args)
            #expect(r.status == 64, "\(args): \(r)")
            #expect(!r.stderr.isEmpty, "\(args)")
        }
        #expect(!FileManager.default.fileExists(atPath: f.database), "a refused command created the database")
    }

    @Test func clearNeedsYes() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        #expect(try f.plan(["add", "b1", "b2"]).status == 0)
        let refused = try f.plan(["clear"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("removes all 2 entries of the plan of Plan fair; add --yes"), "\(refused)")
        #expect(try f.entries().count == 2)
        let cleared = try f.plan(["clear", "--yes"])
        #expect(cleared.status == 0 && cleared.stderrLines == ["pavilion: removed 2 entries from the plan of Plan fair"], "\(cleared)")
        #expect(try f.entries().isEmpty)
    }

    @Test func theDatabaseIsPrivateAndOnlyCreatedByAChange() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        let list = try f.plan(["list"])
        #expect(list.status == 0 && list.stderrLines == ["pavilion: the plan of Plan fair has no entries"], "\(list)")
        #expect(!FileManager.default.fileExists(atPath: f.database))
        #expect(try f.plan(["add", "b1"]).status == 0)
        let folder = try FileManager.default.attributesOfItem(atPath: f.dir.path + "/data/pavilion")
        let file = try FileManager.default.attributesOfItem(atPath: f.database)
        #expect((folder[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        #expect((file[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let check = try f.plan(["check"])
        #expect(check.status == 0 && check.stdoutLines == ["ok"], "\(check)")
    }

    @Test func showIncludesThePlanEntry() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        #expect(try f.plan(["add", "b1", "--note", "line one\nline two", "--status", "contacted", "--at", "2017-06-15 16:45"]).status == 0)
        let r = try ProcessRunner.pavilion(["show", "b1", "--catalog", f.catalog], extraEnvironment: f.environment)
        #expect(r.status == 0, "\(r)")
        #expect(r.stdout.hasSuffix("""

            Plan
            Status        contacted
            Time          2017-06-15 16:45–17:15 (floating), 30 min
            Note          line one
            line two

            """), "\(r)")
        let json = try ProcessRunner.pavilion(["show", "b1", "--json", "--catalog", f.catalog], extraEnvironment: f.environment)
        let object = try #require(try parseJSON(json.stdout) as? [String: Any])
        #expect((object["plan"] as? [String: Any])?["status"] as? String == "contacted")
        let other = try ProcessRunner.pavilion(["show", "b2", "--json", "--catalog", f.catalog], extraEnvironment: f.environment)
        #expect((try parseJSON(other.stdout) as? [String: Any])?["plan"] == nil)
    }
}
