import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Terminal faults, on the real binary in tmux: signals, resize storms, a 10,000-key paste,
/// empty catalogues and idling.
@Suite("terminal faults in tmux", .serialized)
struct TmuxFaultTests {
    /// A shell in tmux, so the test can see what the browser leaves behind.
    func shell(_ label: String) throws -> TmuxSession {
        let t = try TmuxSession(label: label, width: 100, height: 30,
                                command: "exec env -u ENV PS1='pv-shell$ ' TERM=xterm-256color sh")
        try t.waitFor(text: "pv-shell$")
        return t
    }

    /// The pid of the shell's child (the browser).
    func childPID(of t: TmuxSession) throws -> pid_t {
        let shellPID = try t.format("#{pane_pid}")
        var found: pid_t?
        _ = try t.waitUntil("the browser process to start") { _ in
            let children = (try? String(contentsOfFile: "/proc/\(shellPID)/task/\(shellPID)/children", encoding: .utf8)) ?? ""
            found = children.split(separator: " ").first.flatMap { pid_t($0) }
            return found != nil
        }
        return try #require(found)
    }

    func expectCleanTerminal(_ t: TmuxSession, _ screen: String) throws {
        #expect(!screen.contains("Expos"), "the alternate screen was left:\n\(screen)")
        #expect(try t.format("#{cursor_flag}") == "1", "the cursor is visible again")
        try t.type("stty -a")
        try t.press("Enter")
        let modes = try t.waitFor(text: "icanon")
        let words = Set(modes.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for mode in ["icanon", "echo", "isig"] {
            #expect(words.contains(mode), "terminal mode \(mode) is off:\n\(modes)")
        }
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129)])
    func signalsRestoreTheTerminalAndExit(signal: Int32, status: Int) throws {
        let t = try shell("sig\(signal)")
        defer { t.kill() }
        try t.type(TmuxSession.shellQuote(try PavilionBinary.path()) + "; echo \"exit=$?\"")
        try t.press("Enter")
        try t.waitFor(all: ["Expos", "Delegations"])
        sendSignal(signal, to: try childPID(of: t))
        let screen = try t.waitFor(text: "exit=\(status)")
        try expectCleanTerminal(t, screen)
    }

    @Test(arguments: [("dumb", "cannot move the cursor"), ("no-such-terminal", "is unknown to ncurses")])
    func unusableTerminalTypesGetAClearMessage(term: String, message: String) throws {
        let t = try shell("term-\(term)")
        defer { t.kill() }
        try t.type("TERM=\(term) " + TmuxSession.shellQuote(try PavilionBinary.path()) + "; echo \"exit=$?\"")
        try t.press("Enter")
        let screen = try t.waitFor(text: "exit=64")
        #expect(screen.contains(message), "\(screen)")
        #expect(screen.contains("pavilion search"), "\(screen)")
    }

    /// Load errors are printed after the browser gives the terminal back, not onto its screen.
    @Test func aBrokenCatalogueSaysWhyAfterTheScreenCloses() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("broken.json", #"{"format": "pavilion-catalog", "version": 1, "title": "T", "booths": [{"id": "b", "expo": "nope", "exhibitor": "x"}]}"#)
        let t = try shell("broken")
        defer { t.kill() }
        try t.type(TmuxSession.shellQuote(try PavilionBinary.path()) + " --catalog " + TmuxSession.shellQuote(file) + "; echo \"exit=$?\"")
        try t.press("Enter")
        let screen = try t.waitFor(text: "exit=65")
        // The shell wraps long lines at 100 columns.
        let unwrapped = screen.replacingOccurrences(of: "\n", with: "")
        #expect(unwrapped.contains("booths[0].expo: refers to expo \"nope\""), "\(screen)")
    }

    @Test func resizeStormEndsOnACorrectScreen() throws {
        let t = try start("storm", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(all: ["Expos", "Details"])
        // 1×1 and back first.
        try t.resize(width: 1, height: 1)
        try t.resize(width: 120, height: 40)
        try t.waitFor(all: ["Expos", "Details"])
        // Then 200 resizes, as fast as tmux takes them.
        let started = Date()
        let sizes = [(80, 24), (200, 50), (39, 9), (100, 30), (1, 1), (150, 45), (60, 20), (120, 40)]
        for i in 0..<200 {
            let (w, h) = sizes[i % sizes.count]
            try t.resize(width: w, height: h)
        }
        let seconds = Date().timeIntervalSince(started)
        try t.resize(width: 120, height: 40)
        let screen = try t.waitUntil("a full 120×40 frame after the storm") { s in
            let rows = ProcessResult.lines(s)
            return rows.count == 40 && rows[1].hasPrefix("┌ Expos") && rows[1].hasSuffix("┐") && rows[38].hasPrefix("└")
                && rows[39].hasPrefix(" Expos ")
        }
        #expect(screen.contains("Details"))
        #expect(try t.format("#{pane_dead}") == "0", "the browser survived \(String(format: "%.1f", seconds)) s of resizing")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func tenThousandPastedKeysAreAllHandled() throws {
        let t = try start("paste", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(text: "Expos 27/27")
        try t.press("/")
        try t.waitFor(text: "Enter keep")
        // 9,999 x's and a final "q": every key must land in the filter, none may quit.
        let text = String(repeating: "x", count: 9_999) + "q"
        try t.run(["set-buffer", "-b", "pv", text])
        try t.run(["paste-buffer", "-b", "pv", "-t", t.name])
        // All keys reach the filter; a 10,000-character query is refused with a message, so the
        // list stays whole.
        let screen = try t.waitFor(all: ["xxq ", "the query is 10,000 characters long"])
        #expect(screen.contains("Expos 27/27"), "\(screen)")
        try t.press("Escape")
        try t.waitFor(text: "Expos 27/27")
        #expect(try t.format("#{pane_dead}") == "0")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func emptyCatalogueOpensWithEveryPaneSayingSo() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("empty.json", #"{"format": "pavilion-catalog", "version": 1, "title": "Nothing yet"}"#)
        let t = try start("empty", width: 160, height: 40, arguments: ["--catalog", file])
        defer { t.kill() }
        let screen = try t.waitFor(all: ["Nothing yet", "Expos 0/0", "No expos", "No expo selected", "This catalogue has no expos."])
        #expect(screen.contains("Booths 0/0"), "\(screen)")
        try t.press("s")
        try t.waitFor(text: "This catalogue lists no booths.")
        try t.press("Escape")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func expoWithNoDelegationsAndDelegationWithNoBooths() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try dir.write("sparse.json", """
            {"format": "pavilion-catalog", "version": 1, "title": "Sparse",
             "expos": [{"id": "a", "name": "Alone Fair", "start": "2020"}, {"id": "b", "name": "Busy Fair", "start": "2019"}],
             "delegations": [{"id": "d", "expo": "b", "name": "Quiet Delegation"}]}
            """)
        let t = try start("sparse", width: 160, height: 40, arguments: ["--catalog", file])
        defer { t.kill() }
        try t.waitFor(all: ["Alone Fair", "Delegations 0/0", "No booths listed"])
        try t.press("j")
        try t.waitFor(all: ["Quiet Delegation", "Delegations 1/1"])
        try t.press("Enter")
        try t.press("j")
        try t.waitFor(text: "Busy Fair › Quiet Delegation")
        let screen = try t.waitFor(text: "No booths listed")
        #expect(screen.contains("Booths 0/0"), "\(screen)")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// Idle means idle: the process uses (almost) no CPU while it waits for a key. This reads
    /// the kernel's CPU counters over one second; it does not wait for the app.
    @Test func idleUsesNoCPU() throws {
        let t = try start("idle", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(text: "Expos 27/27")
        let pid = try t.format("#{pane_pid}")
        func ticks() -> Int {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
            // utime and stime are fields 14 and 15; after the ")" they are the 12th and 13th.
            guard fields.count > 13, let u = Int(fields[11]), let s = Int(fields[12]) else { return -1 }
            return u + s
        }
        let before = ticks()
        Thread.sleep(forTimeInterval: 1)
        let after = ticks()
        #expect(before >= 0)
        #expect(after - before <= 2, "the idle browser used \(after - before) clock ticks in one second")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    func start(_ label: String, width: Int, height: Int, arguments: [String] = []) throws -> TmuxSession {
        try TmuxSession.browser(label: label, width: width, height: height, arguments: arguments)
    }
}
