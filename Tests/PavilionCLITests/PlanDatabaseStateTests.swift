import Foundation
import Testing

/// `pavilion plan` on a database it must not change: each gives its message and exit code and
/// leaves the file byte for byte as it was.
@Suite("pavilion plan: bad database")
struct PlanDatabaseStateTests {
    func prepare(_ f: PlanFixture, _ bytes: Data) throws {
        try FileManager.default.createDirectory(atPath: f.dir.path + "/data/pavilion", withIntermediateDirectories: true)
        try bytes.write(to: URL(fileURLWithPath: f.database))
    }

    @Test func aFileThatIsNotADatabase() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        let junk = Data("my shopping list\n".utf8)
        try prepare(f, junk)
        for args in [["add", "b1"], ["list"]] {
            let r = try f.plan(args)
            #expect(r.status == 65, "\(r)")
            #expect(r.stderrLines == ["pavilion: \(f.database): not a SQLite database (it does not start with \"SQLite format 3\"); the file was left as it is (move it away to start a new plan, or set PAVILION_DB)"], "\(r)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: f.database)) == junk)
        // show keeps working and says nothing about the plan.
        let show = try ProcessRunner.pavilion(["show", "b1", "--catalog", f.catalog], extraEnvironment: f.environment)
        #expect(show.status == 0 && show.stderr.isEmpty && !show.stdout.contains("\nPlan\n"), "\(show)")
    }

    @Test func aNewerSchemaIsReadButNotChanged() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        #expect(try f.plan(["add", "b1"]).status == 0)
        // A later Pavilion's schema version, set the way SQLite stores it (bytes 60–63 of the header).
        var data = try Data(contentsOf: URL(fileURLWithPath: f.database))
        data.replaceSubrange(60..<64, with: [0, 0, 0, 9])
        try data.write(to: URL(fileURLWithPath: f.database))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: f.database + suffix) }
        let message = "pavilion: \(f.database): written by a newer Pavilion (plan schema 9, this one knows up to 1); the plan is read-only"
        let add = try f.plan(["add", "b2"])
        #expect(add.status == 65 && add.stderrLines == [message], "\(add)")
        let list = try f.plan(["list"])
        #expect(list.status == 0 && list.stderrLines == [message], "\(list)")
        #expect(list.stdoutLines.count == 2, "\(list)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: f.database)) == data)
    }

    @Test func aLockedDatabaseExits75() throws {
        let f = try PlanFixture()
        defer { f.remove() }
        #expect(try f.plan(["add", "b1"]).status == 0)
        // Another process holds the write lock for 4 s (longer than the 2 s busy timeout).
        let holder = try ProcessRunner.start("/usr/bin/env", ["python3", "-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            time.sleep(4)
            c.execute("ROLLBACK")
            """, f.database])
        var waited = 0
        while (try? String(contentsOfFile: holder.outPath, encoding: .utf8))?.contains("locked") != true, waited < 200 {
            usleep(20_000)
            waited += 1
        }
        let r = try f.plan(["set", "b1", "--note", "x"])
        #expect(r.status == 75, "\(r)")
        #expect(r.stderrLines == ["pavilion: \(f.database): the plan is locked by another process (waited 2 s); try again"], "\(r)")
        #expect(r.seconds >= 1.9, "\(r)")
        let held = try holder.wait(timeout: 10)
        #expect(held.status == 0, "\(held)")
        #expect(try f.plan(["set", "b1", "--note", "x"]).status == 0)
    }
}
