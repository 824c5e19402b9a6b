import Foundation
import Testing

/// The real binary in a real terminal: tmux runs it, `send-keys` types and `capture-pane`
/// reads the screen. Every test has its own tmux server and session, killed at the end even
/// when the test fails. Nothing sleeps for a fixed time: each step waits for what it expects
/// to see (polling every 50 ms, up to 10 s).
@Suite("browser end to end in tmux", .serialized)
struct TmuxE2ETests {
    let expoCount: Int
    let boothCount: Int

    init() throws {
        let counts = try bundledCatalogCounts()
        expoCount = try #require(counts["expos"])
        boothCount = try #require(counts["booths"])
    }

    /// Starts the browser in a fresh tmux session.
    func start(_ label: String, width: Int, height: Int, arguments: [String] = []) throws -> TmuxSession {
        try TmuxSession.browser(label: label, width: width, height: height, arguments: arguments)
    }

    static func rows(_ screen: String) -> [String] { ProcessResult.lines(screen) }

    /// The top row: title on the left, breadcrumb on the right.
    static func header(_ screen: String) -> String {
        (rows(screen).first ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// The bottom row: focused pane, counts and keys.
    static func status(_ screen: String) -> String {
        rows(screen).last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? ""
    }

    // MARK: 200×50: all four panes

    @Test func wideLayoutDrillsDownFromExpoToBoothDetails() throws {
        let t = try start("wide", width: 200, height: 50)
        defer { t.kill() }
        var screen = try t.waitFor(all: ["Expos \(expoCount)/\(expoCount)", "4th China–Russia Expo", "Delegations", "Booths", "Details"])
        #expect(Self.header(screen).hasPrefix("Pavilion  1 Catalogue  2 Exhibitors  3 Plan  4 Events  China–Russia Expo (Harbin) — public-record catalogue"), "\(screen)")
        #expect(Self.rows(screen).count == 50)
        #expect(Self.status(screen).hasPrefix(" Expos \(expoCount)/\(expoCount) · sort: date"), "\(screen)")
        #expect(Self.status(screen).hasSuffix("/ filter  s search  o sort  F facets  y copy id  ? help  q quit"), "\(screen)")

        // j moves down the expos (newest first) until the breadcrumb names the 4th Expo.
        var presses = 0
        while !Self.header(screen).hasSuffix("4th China–Russia Expo") {
            try #require(presses < expoCount, "j never selected the 4th China–Russia Expo:\n\(screen)")
            let before = Self.header(screen)
            try t.press("j")
            presses += 1
            screen = try t.waitUntil("the selection to move after j") { Self.header($0) != before }
        }
        #expect(screen.contains("▸ 2017 4th China–Russia Expo"), "\(screen)")
        #expect(screen.contains("Russian exposition"), "the delegations of the selected expo are shown:\n\(screen)")

        try t.press("Enter")
        screen = try t.waitUntil("the Delegations pane to take the focus") { Self.status($0).hasPrefix(" Delegations ") }
        #expect(screen.contains("▸ All booths"), "\(screen)")
        #expect(Self.status(screen).contains("listed 19 of 2,550"), "\(screen)")

        try t.press("Enter")
        screen = try t.waitUntil("the Booths pane to take the focus") { Self.status($0).hasPrefix(" Booths 19/19") }
        // The 4th Expo lists 19 booths: a filter finds Vi Holding Group's.
        try t.press("/")
        try t.type("^vi hold")
        try t.press("Enter")
        screen = try t.waitUntil("the booth filter") { Self.status($0).hasPrefix(" Booths 1/19") }
        #expect(screen.contains("Vi Holding Group"), "\(screen)")
        #expect(Self.header(screen).hasSuffix("4th China–Russia Expo › All booths › Vi Holding Group"), "\(screen)")

        try t.press("Enter")
        screen = try t.waitUntil("the Details pane to take the focus") { Self.status($0).hasPrefix(" Details") }
        #expect(screen.contains("84 m²"), "\(screen)")
        #expect(screen.contains("aluminium"), "\(screen)")
        #expect(screen.contains("Area          84 m²"), "\(screen)")

        try t.press("q")
        let status = try t.waitForExit()
        #expect(status == 0, "exit status")
        let after = try t.capture()
        #expect(!after.contains("Expos") && !after.contains("Pavilion  1 Catalogue"), "the browser's screen is gone after quitting:\n\(after)")
    }

    // MARK: 80×24: search, then resize

    @Test func searchAtEightyColumnsThenResize() throws {
        let t = try start("search", width: 80, height: 24)
        defer { t.kill() }
        var screen = try t.waitFor(all: ["Expos \(expoCount)/\(expoCount)", "Delegations", "Booths"])
        #expect(!screen.contains("Details"), "at 80 columns the details are not shown until a booth is opened:\n\(screen)")

        try t.press("s")
        try t.waitFor(text: "Search exhibitors")
        try t.type("^vi hold")
        screen = try t.waitFor(text: "> ^vi hold ")
        let count = try #require(screen.firstMatch(of: #/> \^vi hold\s+(\d+)/(\d+)/#), "no N/M count in the search box:\n\(screen)")
        #expect(Int(count.1) == 1 && Int(count.2) == boothCount, "\(screen)")
        #expect(screen.contains("Vi Holding Group"), "\(screen)")

        try t.press("Enter")
        screen = try t.waitUntil("the booth's details") { Self.status($0).hasPrefix(" Details") && !$0.contains("Search exhibitors") }
        #expect(screen.contains("Vi Holding Group"), "\(screen)")
        #expect(screen.contains("┌ Details"), "\(screen)")
        #expect(!screen.contains("Booths 19/19"), "at 80 columns the details cover the booth pane:\n\(screen)")
        #expect(Self.header(screen).contains("4th C"), "the expo is cut before the booth is:\n\(screen)")
        #expect(Self.header(screen).hasSuffix("Vi Holding Group"), "\(screen)")

        // 120 columns: the wide layout shows the booth pane and the details side by side.
        try t.resize(width: 120, height: 40)
        screen = try t.waitUntil("the wide layout at 120×40") { s in
            Self.rows(s).count == 40 && s.contains("Booths 19/19") && s.contains("┌ Details")
        }
        #expect(screen.contains("Vi Holding Group"), "\(screen)")
        #expect(Self.status(screen).hasPrefix(" Details"), "the focus is kept:\n\(screen)")

        try t.resize(width: 80, height: 24)
        screen = try t.waitUntil("the medium layout at 80×24 again") { s in
            Self.rows(s).count == 24 && !s.contains("Booths 19/19") && s.contains("┌ Details")
        }

        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    // MARK: Filter

    @Test func filterShowsALiveCountAndEscClearsIt() throws {
        let t = try start("filter", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(text: "Expos \(expoCount)/\(expoCount)")

        try t.press("/")
        var screen = try t.waitUntil("the filter prompt") { $0.split(separator: "\n").last.map { $0.wholeMatch(of: #/ /\s+\d+/\d+.*/#) != nil } ?? false }
        #expect(Self.status(screen).contains("\(expoCount)/\(expoCount)"), "\(screen)")

        /// Expo rows in the leftmost pane ("│▸ 2017 Name" or "│  2017 Name").
        func expoRows(_ s: String) -> Int {
            Self.rows(s).filter { $0.wholeMatch(of: #/│[▸ ] \d{4} .*/#) != nil }.count
        }

        var typed = ""
        var previous = expoCount
        for ch in "russia" {
            typed.append(ch)
            try t.type(String(ch))
            screen = try t.waitUntil("the filter to read /\(typed)") { Self.status($0).hasPrefix(" /\(typed) ") }
            let m = try #require(Self.status(screen).firstMatch(of: #/^ /(\S*)\s+(\d+)/(\d+)/#), "no N/M count:\n\(screen)")
            let (n, total) = (try #require(Int(m.2)), try #require(Int(m.3)))
            #expect(total == expoCount, "\(screen)")
            #expect(n <= previous, "typing more can only narrow the list: \(previous) → \(n) at /\(typed)")
            #expect(expoRows(screen) == n, "the pane lists as many expos as the count says:\n\(screen)")
            #expect(screen.contains("Expos \(n)/\(total) /\(typed)"), "the pane title shows the filter:\n\(screen)")
            previous = n
        }
        #expect(previous > 0 && previous < expoCount, "\"russia\" matches some expos but not all: \(previous)")
        #expect(screen.contains("China–Russia Expo"))
        #expect(!screen.contains("Harbin International Economic"), "non-matching expos are hidden:\n\(screen)")

        // Esc while typing clears the filter.
        try t.press("Escape")
        screen = try t.waitUntil("the filter to clear") { Self.status($0).hasPrefix(" Expos \(self.expoCount)/\(self.expoCount) · sort") }
        #expect(expoRows(screen) == expoCount, "\(screen)")
        #expect(!screen.contains("/russia"), "\(screen)")

        // Enter keeps a filter; Esc afterwards clears it.
        try t.press("/")
        try t.waitUntil("the filter prompt") { $0.split(separator: "\n").last.map { $0.wholeMatch(of: #/ /\s+\d+/\d+.*/#) != nil } ?? false }
        try t.type("^4th")
        try t.waitUntil("the filter to read /^4th") { Self.status($0).hasPrefix(" /^4th ") }
        try t.press("Enter")
        screen = try t.waitUntil("the kept filter") { Self.status($0).contains("· filter /^4th") }
        #expect(Self.status(screen).hasPrefix(" Expos 1/\(expoCount)"), "\(screen)")
        try t.press("Escape")
        try t.waitUntil("the kept filter to clear") { Self.status($0).hasPrefix(" Expos \(self.expoCount)/\(self.expoCount) · sort") }

        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    // MARK: Help

    @Test func helpOverlayListsEveryGroupAndEscClosesIt() throws {
        let t = try start("help", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(text: "Expos \(expoCount)/\(expoCount)")
        try t.press("?")
        var screen = try t.waitFor(text: "┌ Keys")
        // The help is longer than 40 rows: Space pages through it, every page is kept.
        func lastShown(_ s: String) -> Int? { s.firstMatch(of: #/┌ Keys \d+–(\d+)//#).flatMap { Int($0.1) } }
        var pages = [screen]
        for _ in 0..<10 where !screen.contains("│ Mouse ") {
            let before = lastShown(screen) ?? 0
            try t.press("Space")
            screen = try t.waitUntil("the help's next page") { (lastShown($0) ?? 0) > before }
            pages.append(screen)
        }
        for group in ["Move", "Panes", "Views", "Find", "Plan", "Copy and open", "App", "Typing a filter or search", "Typing a note (n) or a time (t)", "Command line (:)", "Mouse"] {
            #expect(pages.flatMap(Self.rows).contains { $0.contains("│ \(group) ") }, "no \(group) heading:\n\(pages.joined(separator: "\n"))")
        }
        try t.press("g")
        screen = try t.waitUntil("the help's first page") { $0.contains("│ Move ") }
        for help in ["up one row", "drill in / open details", "filter this list as you type", "search exhibitors everywhere", "this help", "quit"] {
            #expect(pages.contains { $0.contains(help) }, "help does not say \"\(help)\":\n\(pages.joined(separator: "\n"))")
        }
        try t.press("Escape")
        let closed = try t.waitForAbsence(of: "┌ Keys")
        #expect(closed.contains("Expos \(expoCount)/\(expoCount)"), "\(closed)")

        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func helpScrollsToTheEndInASmallTerminal() throws {
        let t = try start("help-small", width: 80, height: 24)
        defer { t.kill() }
        try t.waitFor(text: "Expos \(expoCount)/\(expoCount)")
        try t.press("?")
        var screen = try t.waitFor(all: ["┌ Keys", "│ Move "])
        #expect(screen.contains("scroll"), "at 80×24 the help does not fit, and its frame says how to scroll:\n\(screen)")
        // The frame's title says which lines show ("Keys 1–20/31"); j scrolls until the last.
        func shown(_ s: String) -> (last: Int, total: Int)? {
            s.firstMatch(of: #/┌ Keys \d+–(\d+)/(\d+)/#).flatMap { m in Int(m.1).flatMap { a in Int(m.2).map { (a, $0) } } }
        }
        var range = try #require(shown(screen), "no line range in the help's title:\n\(screen)")
        #expect(range.last < range.total, "\(screen)")
        var presses = 0
        while range.last < range.total {
            try #require(presses < 150, "j never scrolled the help to its end:\n\(screen)")
            let before = range.last
            try t.press("j")
            presses += 1
            screen = try t.waitUntil("the help to scroll after j") { shown($0).map { $0.last > before } ?? false }
            range = try #require(shown(screen))
        }
        #expect(screen.contains("wheel"), "the last group, Mouse, is shown:\n\(screen)")
        #expect(!screen.contains("│ Move "), "the top scrolled away:\n\(screen)")
        try t.press("Escape")
        try t.waitForAbsence(of: "┌ Keys")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// G and End jump to the help's last line, g and Home back to its first, as tmux sends them.
    @Test func helpReachesItsEndWithG() throws {
        let t = try start("help-g", width: 80, height: 24)
        defer { t.kill() }
        try t.waitFor(text: "Expos \(expoCount)/\(expoCount)")
        try t.press("?")
        try t.waitFor(all: ["┌ Keys 1–", "│ Move "])
        func atEnd(_ s: String) -> Bool {
            guard let m = s.firstMatch(of: #/┌ Keys \d+–(\d+)/(\d+)/#) else { return false }
            return m.1 == m.2
        }
        for (down, up) in [("G", "g"), ("End", "Home")] {
            try t.press(down)
            let end = try t.waitUntil("\(down) to show the help's last line") { atEnd($0) }
            #expect(end.contains("│ Mouse "), "\(end)")
            try t.press(up)
            try t.waitUntil("\(up) to show the help's first line") { $0.contains("┌ Keys 1–") && $0.contains("│ Move ") }
        }
        try t.press("Escape")
        try t.waitForAbsence(of: "┌ Keys")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    // MARK: Too small

    @Test func tooSmallWindowSaysSoAndRecoversWhenEnlarged() throws {
        let t = try start("small", width: 30, height: 8)
        defer { t.kill() }
        let screen = try t.waitFor(all: ["Terminal too small", "(needs 40×10)"])
        #expect(!screen.contains("Expos"), "\(screen)")

        try t.resize(width: 80, height: 24)
        try t.waitFor(text: "Expos \(expoCount)/\(expoCount)")
        try t.resize(width: 30, height: 8)
        try t.waitFor(text: "Terminal too small")

        // Ctrl-C ends the browser with status 0 (SIGINT is caught and the terminal restored).
        try t.press("C-c")
        #expect(try t.waitForExit() == 0)
    }

    // MARK: Hostile text

    @Test func escapesInCatalogueTextNeverReachTheTerminal() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try HostileTextTests.write(in: dir)
        let t = try start("hostile", width: 200, height: 50, arguments: ["--catalog", file])
        defer { t.kill() }
        let titleBefore = try t.format("#{pane_title}")
        var screen = try t.waitFor(all: ["Fair ␛[31mred", "Expo ␛[2J"])
        try t.press("Enter")
        try t.waitUntil("the Delegations pane to take the focus") { Self.status($0).hasPrefix(" Delegations ") }
        try t.press("Enter")
        try t.waitUntil("the Booths pane to take the focus") { Self.status($0).hasPrefix(" Booths ") }
        try t.press("Enter")
        screen = try t.waitUntil("the booth's details") { Self.status($0).hasPrefix(" Details") }
        #expect(screen.contains("Evil ␛]0;pwned␇ Corp ␛[2J"), "\(screen)")
        #expect(screen.contains("Z␛[1m"), "\(screen)")
        // Had "ESC ] 0 ; pwned BEL" reached tmux, it would have set the pane title; had
        // "ESC [ 2 J" reached it, the screen would have been cleared.
        let title = try t.format("#{pane_title}")
        #expect(title == titleBefore && !title.contains("pwned"), "the catalogue set the terminal title to \(title)")
        #expect(Self.header(screen).hasPrefix("Pavilion  1 Catalogue  2 Exhibitors  3 Plan  4 Events  Fair ␛[31mred"), "\(screen)")

        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    // MARK: Ctrl-C

    @Test func ctrlCQuitsWithStatusZeroAndLeavesTheTerminalUsable() throws {
        let t = try TmuxSession(label: "ctrlc", width: 100, height: 30,
                                command: "exec env -u ENV PS1='pv-shell$ ' TERM=xterm-256color sh")
        defer { t.kill() }
        try t.waitFor(text: "pv-shell$")
        try t.type(TmuxSession.shellQuote(try PavilionBinary.path()) + "; echo \"exit=$?\"")
        try t.press("Enter")
        try t.waitFor(all: ["Expos \(expoCount)/\(expoCount)", "Delegations"])

        try t.press("C-c")
        var screen = try t.waitFor(text: "exit=0")
        #expect(!screen.contains("Expos"), "the alternate screen was left:\n\(screen)")
        #expect(screen.contains("; echo \"exit=$?\""), "the shell's screen is back with the command line:\n\(screen)")
        #expect(try t.format("#{cursor_flag}") == "1", "the cursor is visible again")

        // Typed text is echoed and lines are cooked: the shell works as before.
        try t.type("echo typed-$((6*7))")
        try t.waitFor(text: "pv-shell$ echo typed-$((6*7))")
        try t.press("Enter")
        try t.waitFor(text: "typed-42")

        try t.type("stty -a")
        try t.press("Enter")
        screen = try t.waitFor(text: "icanon")
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        for mode in ["icanon", "echo", "isig", "icrnl", "opost", "onlcr"] {
            #expect(words.contains(mode), "terminal mode \(mode) is off after the browser quit:\n\(screen)")
        }
        #expect(try t.format("#{pane_dead}") == "0", "the shell is still running")
    }
}
