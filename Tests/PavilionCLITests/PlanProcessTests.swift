import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The plan's database shared by real processes: concurrent writers, and writers killed at random.
@Suite("pavilion plan: processes")
struct PlanProcessTests {
    @Test func twoProcessesAdding60EachKeepAll120() throws {
        let f = try PlanFixture(booths: 120)
        defer { f.remove() }
        // Each writer runs `plan add` once per booth, 60 times, at the same time as the other.
        let script = #"i=$1; while [ "$i" -le "$2" ]; do "$0" plan add "b$i" --note "from $1" --catalog "$3" || exit 1; i=$((i + 1)); done"#
        let env = ProcessInfo.processInfo.environment.merging(f.environment) { $1 }
        let bin = try PavilionBinary.path()
        let one = try ProcessRunner.start("/bin/sh", ["-c", script, bin, "1", "60", f.catalog], environment: env)
        let two = try ProcessRunner.start("/bin/sh", ["-c", script, bin, "61", "120", f.catalog], environment: env)
        let (r1, r2) = (try one.wait(timeout: 240), try two.wait(timeout: 240))
        #expect(r1.status == 0 && !r1.signaled, "\(r1)")
        #expect(r2.status == 0 && !r2.signaled, "\(r2)")
        #expect(r1.stdoutLines.count == 60 && r2.stdoutLines.count == 60)
        let e = try f.entries()
        #expect(e.count == 120)
        #expect(Set(e.keys) == Set((1...120).map { "b\($0)" }))
        #expect(e.values.filter { $0["note"] as? String == "from 1" }.count == 60)
    }

    @Test func killedWritersLoseNothingThatWasConfirmed() throws {
        let f = try PlanFixture(booths: 200)
        defer { f.remove() }
        // How long one write takes here, to kill the others at random moments of their run.
        let first = try f.plan(["add", "b1", "--note", "first"])
        #expect(first.status == 0, "\(first)")
        // A running estimate of a write's length: the kill comes at a random moment up to 1.3 times it.
        var estimate = first.seconds
        var generator = SystemRandomNumberGenerator()
        var confirmed: [String] = [], killed = 0
        let env = ProcessInfo.processInfo.environment.merging(f.environment) { $1 }
        let bin = try PavilionBinary.path()
        for i in 2...200 {
            let note = "write \(i): " + String(repeating: "数据 ", count: i % 50)
            let p = try ProcessRunner.start(bin, ["plan", "add", "b\(i)", "--note", note, "--priority", String(1 + i % 3), "--catalog", f.catalog], environment: env)
            let span = min(2, max(0.005, estimate * 1.3))
            usleep(useconds_t(Double.random(in: 0...span, using: &generator) * 1_000_000))
            kill(p.pid, SIGKILL)
            let r = try p.wait(timeout: 30)
            if r.signaled { killed += 1 } else { estimate = 0.8 * estimate + 0.2 * r.seconds }
            if !r.signaled, r.status == 0, r.stdoutLines == ["added b\(i)"] { confirmed.append("b\(i)") }
        }
        let check = try f.plan(["check"])
        #expect(check.status == 0 && check.stdoutLines == ["ok"], "\(check)")
        let e = try f.entries()
        let missing = confirmed.filter { e[$0] == nil }
        #expect(missing.isEmpty, "confirmed but lost: \(missing)")
        for id in confirmed {
            let i = Int(id.dropFirst()) ?? 0
            #expect(e[id]?["note"] as? String == "write \(i): " + String(repeating: "数据 ", count: i % 50))
        }
        // Every entry present is whole: a killed add never leaves a half-written entry.
        for (id, entry) in e where id != "b1" {
            #expect(entry["note"] is String && entry["priority"] is NSNumber, "\(id): \(entry)")
        }
        // The run really killed writers, and really let some finish.
        #expect(killed > 10, "killed \(killed) of 199")
        #expect(confirmed.count > 10, "confirmed \(confirmed.count) of 199")
        // The database still takes writes.
        #expect(try f.plan(["add", "b200", "--note", "after"]).status == 0)
    }
}
