import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What the kernel says about a process under test: CPU time used and whether it lives.
enum ProcessProbe {
    /// User plus system CPU time of a process in clock ticks (1/100 s), from `/proc/PID/stat`;
    /// nil when the process is gone.
    static func cpuTicks(_ pid: pid_t) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return nil }
        let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
        // utime and stime are fields 14 and 15; after the ")" they are the 12th and 13th.
        guard fields.count > 13, let u = Int(fields[11]), let s = Int(fields[12]) else { return nil }
        return u + s
    }

    /// CPU ticks a process uses over `seconds` (a fixed interval of measuring, not a wait for
    /// the app); nil when it is gone.
    static func ticksUsed(by pid: pid_t, over seconds: Double) -> Int? {
        guard let before = cpuTicks(pid) else { return nil }
        Thread.sleep(forTimeInterval: seconds)
        guard let after = cpuTicks(pid) else { return nil }
        return after - before
    }

    /// True while the process exists and is not a zombie.
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        let state = stat.split(separator: ")").last?.split(separator: " ").first ?? "?"
        return state != "Z" && state != "X"
    }
}

extension TmuxSession {
    /// A shell in tmux, so a test can see what the browser leaves behind when it ends.
    static func shell(_ label: String, width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let t = try TmuxSession(label: label, width: width, height: height,
                                command: "exec env -u ENV PS1='pv-shell$ ' TERM=xterm-256color sh")
        try t.waitFor(text: "pv-shell$")
        return t
    }

    /// The top row of a screen: title and breadcrumb (the selected expo, delegation, booth).
    static func header(of screen: String) -> String { ProcessResult.lines(screen).first ?? "" }

    /// The top row now.
    func header() throws -> String { Self.header(of: try capture()) }

    /// Presses a key and waits until the header (the breadcrumb of what is selected) changes.
    func pressAndWaitForTheHeaderToChange(_ key: String, timeout: Double = 10) throws {
        let before = try header()
        try press(key)
        try waitUntil("the selection to change after \(key)", timeout: timeout) { Self.header(of: $0) != before }
    }

    /// The pid of the pane's process.
    func panePID() throws -> pid_t {
        try #require(pid_t(try format("#{pane_pid}")))
    }

    /// The pid of the pane shell's first child (the browser started from the shell).
    func childPID() throws -> pid_t {
        let shellPID = try format("#{pane_pid}")
        var found: pid_t?
        _ = try waitUntil("the browser process to start") { _ in
            let children = (try? String(contentsOfFile: "/proc/\(shellPID)/task/\(shellPID)/children", encoding: .utf8)) ?? ""
            found = children.split(separator: " ").first.flatMap { pid_t($0) }
            return found != nil
        }
        return try #require(found)
    }

    /// Runs the browser from the pane's shell with `arguments` (and `environment` words such as
    /// `COLUMNS=80`), printing `exit=STATUS` when it ends.
    func startBrowserFromShell(_ arguments: [String] = [], environment: [String] = []) throws {
        let words = [try PavilionBinary.path()] + arguments
        try type((environment.isEmpty ? "" : "env " + environment.joined(separator: " ") + " ")
                 + words.map(TmuxSession.shellQuote).joined(separator: " ") + "; echo \"exit=$?\"")
        try press("Enter")
    }

    /// Writes bytes to the program as if typed (`send-keys -H`), for escape sequences such as
    /// mouse reports.
    func sendBytes(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", name, "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// An SGR (1006) mouse report: button 0 is the left button, 64 and 65 the wheel; a release
    /// ends in "m", a press in "M". x and y count from 0.
    func sendMouse(button: Int, x: Int, y: Int, release: Bool = false) throws {
        try sendBytes(Array("\u{1b}[<\(button);\(x + 1);\(y + 1)\(release ? "m" : "M")".utf8))
    }

    /// After the program has ended: the terminal is back to what a shell expects (cursor shown,
    /// main screen, no mouse reporting, echo and canonical mode on, XON/XOFF as before).
    func expectRestored(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(!screen.contains("┌ Expos"), "the alternate screen was left:\n\(screen)", sourceLocation: sourceLocation)
        #expect(try format("#{cursor_flag}") == "1", "the cursor is visible again", sourceLocation: sourceLocation)
        #expect(try format("#{alternate_on}") == "0", "the alternate screen is off", sourceLocation: sourceLocation)
        #expect(try format("#{mouse_any_flag}") == "0", "mouse reporting is off", sourceLocation: sourceLocation)
        try type("stty -a")
        try press("Enter")
        let modes = try waitFor(text: "icanon")
        let words = Set(modes.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for mode in ["icanon", "echo", "isig", "ixon"] {
            #expect(words.contains(mode), "terminal mode \(mode) is off:\n\(modes)", sourceLocation: sourceLocation)
        }
    }
}
