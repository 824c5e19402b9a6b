import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 10, items 1, 3, 4 and 5 on the real binary in tmux: idling after keys the browser
/// ignores, signals, flow control, Ctrl-C while loading, and COLUMNS/LINES in the environment.
@Suite("reliability in tmux", .serialized)
struct TmuxReliabilityTests {
    /// Input that decodes to no event: F5, Insert, and a mouse button release.
    enum Ignored: String, CaseIterable, CustomTestStringConvertible {
        case f5 = "F5", insert = "Insert", mouseRelease = "mouse release"
        var testDescription: String { rawValue }
    }

    /// Idle means a blocking wait whatever the last input was: after a key the browser ignores,
    /// it must not poll (it used 200 ticks in 2 s, a whole core, before the fix).
    @Test(arguments: Ignored.allCases)
    func idleAfterIgnoredInputUsesNoCPU(input: Ignored) throws {
        let t = try TmuxSession.browser(label: "idle-\(input)", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(text: "Expos 27/27")
        let pid = try t.panePID()
        switch input {
        case .f5: try t.press("F5")
        case .insert: try t.press("IC")
        case .mouseRelease: try t.sendMouse(button: 0, x: 5, y: 5, release: true)
        }
        // A key after it shows that the input was read (the next expo is selected).
        try t.pressAndWaitForTheHeaderToChange("j")
        // Now the ignored input once more, and nothing after it.
        switch input {
        case .f5: try t.press("F5")
        case .insert: try t.press("IC")
        case .mouseRelease: try t.sendMouse(button: 0, x: 5, y: 5, release: true)
        }
        let used = try #require(ProcessProbe.ticksUsed(by: pid, over: 2), "the browser is gone")
        print("idle after \(input.rawValue): \(used) clock ticks of CPU in 2 s")
        #expect(used <= 5, "after \(input.rawValue) the idle browser used \(used) clock ticks of CPU in 2 s")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// Bytes that are not UTF-8 (pasted Latin-1 text, noise) are dropped: the browser reads the
    /// next key and idles. (ncurses' wget_wch, used before, waited inside its read for ever.)
    @Test func invalidBytesDoNotStopTheKeys() throws {
        let t = try TmuxSession.browser(label: "latin1", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(text: "Expos 27/27")
        let pid = try t.panePID()
        try t.sendBytes(Array(repeating: 0xE9, count: 300) + Array(repeating: 0xFF, count: 100) + [0xC3])
        try t.pressAndWaitForTheHeaderToChange("j")
        let used = try #require(ProcessProbe.ticksUsed(by: pid, over: 2), "the browser is gone")
        #expect(used <= 5, "after invalid bytes the idle browser used \(used) clock ticks of CPU in 2 s")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// Only clicks and the wheel are reported: no any-motion (1003) or button-motion (1002)
    /// tracking, so moving the pointer sends nothing.
    @Test func onlyClicksAndWheelAreReported() throws {
        let t = try TmuxSession.browser(label: "mousemodes", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(text: "Expos 27/27")
        #expect(try t.format("#{mouse_all_flag}") == "0", "any-motion mouse tracking is off")
        #expect(try t.format("#{mouse_button_flag}") == "0", "button-motion mouse tracking is off")
        #expect(try t.format("#{mouse_standard_flag}") == "1", "clicks are reported")
        // The wheel still scrolls and a click still selects: the second expo row is y = 4 (below
        // the header, the border and the list's header row).
        let before = try t.header()
        try t.sendMouse(button: 0, x: 10, y: 4)
        try t.waitUntil("the click to select the second expo") { TmuxSession.header(of: $0) != before }
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// Every signal that ends the browser restores the terminal first; SIGQUIT (Ctrl-\) no
    /// longer paints the Swift runtime's crash report over the panes.
    @Test(arguments: [(SIGQUIT, 131), (SIGPIPE, 141), (SIGUSR1, 138), (SIGALRM, 142)])
    func endingSignalsRestoreTheTerminal(signal: Int32, status: Int) throws {
        let t = try TmuxSession.shell("sig\(signal)")
        defer { t.kill() }
        try t.startBrowserFromShell()
        try t.waitFor(all: ["Expos 27/27", "Delegations"])
        let pid = try t.childPID()
        sendSignal(signal, to: pid)
        let screen = try t.waitFor(text: "exit=\(status)")
        #expect(!screen.contains("Crash") && !screen.contains("Backtrace") && !screen.contains("💣"), "no crash report:\n\(screen)")
        #expect(!ProcessProbe.isAlive(pid))
        try t.expectRestored(screen)
    }

    /// Ctrl-\ from the keyboard is SIGQUIT: it quits at once, cleanly.
    @Test func ctrlBackslashQuitsCleanly() throws {
        let t = try TmuxSession.shell("ctrl-backslash")
        defer { t.kill() }
        try t.startBrowserFromShell()
        try t.waitFor(text: "Expos 27/27")
        try t.press("C-\\")
        let screen = try t.waitFor(text: "exit=131", timeout: 5)
        #expect(!screen.contains("Backtrace"), "\(screen)")
        try t.expectRestored(screen)
    }

    /// XON/XOFF is off while the browser runs: Ctrl-S no longer freezes the display.
    @Test func ctrlSDoesNotFreezeTheScreen() throws {
        let t = try TmuxSession.shell("ctrl-s")
        defer { t.kill() }
        try t.startBrowserFromShell()
        try t.waitFor(text: "Expos 27/27")
        try t.press("C-s")
        try t.pressAndWaitForTheHeaderToChange("j", timeout: 5)
        try t.pressAndWaitForTheHeaderToChange("j", timeout: 5)
        try t.press("q")
        let screen = try t.waitFor(text: "exit=0")
        // Flow control is the user's again.
        try t.expectRestored(screen)
    }

    /// Ctrl-Z still suspends (ncurses gives the terminal back, as before) and `fg` brings the
    /// browser back with flow control still off.
    @Test func ctrlZSuspendsAndFgResumesWithFlowControlOff() throws {
        let t = try TmuxSession.shell("ctrl-z")
        defer { t.kill() }
        try t.startBrowserFromShell()
        try t.waitFor(text: "Expos 27/27")
        let pid = try t.childPID()
        try t.press("C-z")
        // sh runs the `echo` of the command line once the job stops; `fg` resumes the browser.
        let stopped = try t.waitFor(text: "Stopped")
        #expect(try t.format("#{alternate_on}") == "0" && t.format("#{cursor_flag}") == "1", "the terminal is the shell's while stopped:\n\(stopped)")
        try t.type("fg")
        try t.press("Enter")
        try t.waitFor(text: "Expos 27/27")
        try t.press("C-s")
        try t.pressAndWaitForTheHeaderToChange("j", timeout: 5)
        try t.press("q")
        let screen = try t.waitUntil("the browser to end and the shell to prompt") { s in
            !ProcessProbe.isAlive(pid) && (ProcessResult.lines(s).last(where: { !$0.isEmpty }) ?? "").hasPrefix("pv-shell$")
        }
        try t.expectRestored(screen)
    }

    /// Exported COLUMNS and LINES do not pin the size: the browser asks the terminal, and
    /// follows a resize.
    @Test func exportedColumnsAndLinesDoNotPinTheSize() throws {
        let t = try TmuxSession.shell("columns", width: 120, height: 30)
        defer { t.kill() }
        try t.startBrowserFromShell(environment: ["COLUMNS=80", "LINES=24"])
        var screen = try t.waitFor(text: "Expos 27/27")
        var rows = ProcessResult.lines(screen)
        #expect(rows.count == 30, "\(screen)")
        #expect(rows.indices.contains(29) && rows[29].hasPrefix(" Expos 27/27"), "the status line is on row 30:\n\(screen)")
        #expect(rows.indices.contains(1) && rows[1].hasPrefix("┌ Expos") && rows[1].hasSuffix("┐") && rows[1].count == 120,
                "the panes span 120 columns:\n\(screen)")
        try t.resize(width: 100, height: 26)
        screen = try t.waitUntil("the browser to follow the resize to 100×26") { s in
            let r = ProcessResult.lines(s)
            return r.count == 26 && r[25].hasPrefix(" Expos 27/27") && r[1].count == 100 && r[1].hasSuffix("┐")
        }
        rows = ProcessResult.lines(screen)
        #expect(rows[24].hasPrefix("└"), "\(screen)")
        try t.press("q")
        try t.waitFor(text: "exit=0")
    }

    /// Ctrl-C while a large catalogue loads ends the browser at once, terminal restored. The
    /// catalogue is made by `pavilion demo`; the debug build loads it for seconds.
    @Test func ctrlCWhileLoadingEndsAtOnce() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = dir.url.appendingPathComponent("big.json").path
        let made = try ProcessRunner.pavilion(["demo", "--booths", "60000", "--output", file], timeout: 120)
        try #require(made.status == 0, "\(made)")
        let t = try TmuxSession.shell("load-ctrl-c")
        defer { t.kill() }
        try t.startBrowserFromShell(["--catalog", file])
        try t.waitFor(text: "Loading", timeout: 20)
        let pid = try t.childPID()
        let pressed = Date()
        try t.press("C-c")
        while ProcessProbe.isAlive(pid), Date().timeIntervalSince(pressed) < 10 {
            usleep(2_000)
        }
        let latency = Date().timeIntervalSince(pressed)
        print("Ctrl-C while loading: the process ended \(Int(latency * 1000)) ms after the key")
        #expect(latency <= 0.5, "the process ended \(String(format: "%.2f", latency)) s after Ctrl-C")
        let screen = try t.waitFor(text: "exit=0")
        try t.expectRestored(screen)
    }
}
