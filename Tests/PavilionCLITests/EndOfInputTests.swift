import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, item 1: the end of the terminal's input, and the bytes `script` sends when its own
/// input ends. The browser must never poll its input in a loop.
@Suite("end of input", .serialized)
struct EndOfInputTests {
    /// The terminal's other side closes: the browser ends, exit 0, without spinning first.
    @Test func endOfInputEndsTheBrowser() throws {
        let pty = try PseudoTerminal(arguments: [])
        try pty.readUntil("q quit")
        pty.hangUp()
        let closed = Date()
        // 5 ms alone; the margin is for a machine busy with the rest of the suite.
        let status = pty.waitFor(exitWithin: 10)
        print("end of input: the browser exited \(Int(Date().timeIntervalSince(closed) * 1000)) ms after the terminal closed")
        let used = ProcessProbe.cpuTicks(pty.pid)
        #expect(status != nil, "the browser still runs after its input ended (\(used.map { "\($0) ticks of CPU so far" } ?? "?"))")
        if let status {
            #expect(status & 0x7f == 0 && (status >> 8) & 0xff == 0, "exit status \(status >> 8), signal \(status & 0x7f)")
        }
    }

    /// `script -qc "pavilion" </dev/null` passes its input's end on as the EOF character, which
    /// reaches a program in cbreak mode as a NUL byte: a key that means nothing. The browser
    /// waits on (blocking) instead of spinning, and still answers keys.
    @Test func aNulByteLeavesTheBrowserIdle() throws {
        let pty = try PseudoTerminal(arguments: ["--demo"])
        try pty.readUntil("q quit")
        pty.write([0])
        let used = try #require(ProcessProbe.ticksUsed(by: pty.pid, over: 2), "the browser is gone")
        print("idle after a NUL byte: \(used) clock ticks of CPU in 2 s")
        #expect(used <= 5, "after a NUL byte the idle browser used \(used) clock ticks of CPU in 2 s")
        pty.write(Array("q".utf8))
        let status = pty.waitFor(exitWithin: 5)
        #expect(status == 0, "q quits (wait status \(String(describing: status)))")
    }

    /// The command from the issue, as it is: `script` with its input at end-of-file.
    @Test func underScriptWithNoInputTheBrowserIdles() throws {
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = "exec env TERM=xterm-256color " + TmuxSession.shellQuote(try PavilionBinary.path()) + " --demo"
        script.arguments = ["-qc", command, "/dev/null"]
        script.standardInput = FileHandle.nullDevice
        script.standardOutput = FileHandle.nullDevice
        script.standardError = FileHandle.nullDevice
        try script.run()
        defer { if script.isRunning { script.terminate() } }
        let scriptPID = script.processIdentifier
        var browser: pid_t?
        let deadline = Date().addingTimeInterval(10)
        while browser == nil, Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(scriptPID)/task/\(scriptPID)/children", encoding: .utf8)) ?? ""
            browser = children.split(separator: " ").first.flatMap { pid_t($0) }
            if browser == nil { usleep(20_000) }
        }
        let pid = try #require(browser, "script never started the browser")
        // Wait until the browser has set up its screen (it reads the EOF character then).
        var started = Date()
        while (ProcessProbe.cpuTicks(pid) ?? 0) < 1, Date().timeIntervalSince(started) < 10 { usleep(20_000) }
        started = Date()
        // Measure once the start-up work is over: two quiet-or-busy seconds tell.
        Thread.sleep(forTimeInterval: 1)
        let used = try #require(ProcessProbe.ticksUsed(by: pid, over: 2), "the browser is gone")
        print("idle under script with no input: \(used) clock ticks of CPU in 2 s")
        #expect(used <= 5, "under script with no input the browser used \(used) clock ticks of CPU in 2 s")
        sendSignal(SIGTERM, to: pid)
        let ends = Date().addingTimeInterval(5)
        while ProcessProbe.isAlive(pid), Date() < ends { usleep(10_000) }
        #expect(!ProcessProbe.isAlive(pid), "SIGTERM ended the browser")
        if ProcessProbe.isAlive(pid) { sendSignal(SIGKILL, to: pid) }
        script.waitUntilExit()
    }
}
