import Foundation
import Testing

/// The views core in the real binary: details at 80×24, the Exhibitors view by key and by
/// command, copying through OSC 52 into tmux's buffer.
@Suite(.serialized) struct TmuxViewsTests {
    let expoCount = 27

    static func rows(_ screen: String) -> [String] { ProcessResult.lines(screen) }
    static func header(_ screen: String) -> String { rows(screen).first ?? "" }
    static func status(_ screen: String) -> String {
        rows(screen).last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? ""
    }

    /// Moves down the expos with j until the header names `expo`.
    func select(_ expo: String, in t: TmuxSession) throws -> String {
        var screen = try t.waitFor(text: "Expos \(expoCount)/\(expoCount)")
        var presses = 0
        while !Self.header(screen).hasSuffix(expo) {
            try #require(presses < expoCount, "j never selected \(expo):\n\(screen)")
            let before = Self.header(screen)
            try t.press("j")
            presses += 1
            screen = try t.waitUntil("the selection to move after j") { Self.header($0) != before }
        }
        return screen
    }

    /// At 80×24, `i` on the 4th Expo shows its details, with its 2,550 booths, in place of the
    /// lists to its right; Esc returns to the three lists.
    @Test func detailsOfAnExpoAtEightyColumns() throws {
        let t = try TmuxSession.browser(label: "views-i", width: 80, height: 24)
        defer { t.kill() }
        let lists = try select("4th China–Russia Expo", in: t)
        try t.press("i")
        let screen = try t.waitUntil("the expo's details") { Self.status($0).hasPrefix(" Details · expo") }
        #expect(screen.contains("2,550"), "\(screen)")
        #expect(screen.contains("Id            cre-4"), "the id is shown:\n\(screen)")
        #expect(!screen.contains("┌ Delegations"), "the details take the place of the lists after the expos:\n\(screen)")
        try t.press("Escape")
        let back = try t.waitUntil("the lists again") { $0.contains("┌ Delegations") }
        #expect(back == lists, "Esc returns to exactly the same screen")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// `2` and `:exhibitors` both show the Exhibitors view with Vi Holding Group; `1` and
    /// `:catalogue` go back.
    @Test func exhibitorsByKeyAndByCommand() throws {
        let t = try TmuxSession.browser(label: "views-2", width: 80, height: 24)
        defer { t.kill() }
        try t.waitFor(text: "Expos \(expoCount)/\(expoCount)")
        try t.press("2")
        var screen = try t.waitFor(all: ["┌ Exhibitors", "Abrau-Durso"])
        #expect(Self.status(screen).hasPrefix(" Exhibitors "), "\(screen)")
        try t.press("1")
        try t.waitFor(text: "┌ Expos")
        try t.press(":")
        try t.type("exhibitors")
        try t.waitUntil("the command line") { Self.status($0).hasPrefix(" :exhibitors") }
        try t.press("Enter")
        screen = try t.waitFor(text: "┌ Exhibitors")
        try t.press("/")
        try t.type("^vi hold")
        try t.press("Enter")
        screen = try t.waitFor(all: ["┌ Exhibitors 1/", "Vi Holding Group"])
        // Enter on the exhibitor, then on its booth: the booth in the Catalogue view.
        try t.press("Enter")
        try t.waitUntil("the exhibitor's booths") { Self.status($0).hasPrefix(" Booths 1/1") }
        try t.press("Enter")
        screen = try t.waitUntil("the booth in the Catalogue view") { $0.contains("┌ Expos") && Self.status($0).hasPrefix(" Booths ") }
        #expect(Self.header(screen).hasSuffix("Vi Holding Group"), "\(screen)")
        #expect(screen.contains("▸ 2017 4th China–Rus"), "its expo is selected:\n\(screen)")
        // An unknown command says so and changes nothing.
        try t.press(":")
        try t.type("frob")
        try t.press("Enter")
        try t.waitUntil("the message") { Self.status($0).contains("unknown command :frob") }
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// `y` puts the selected record's id on the clipboard through OSC 52: tmux, told to accept
    /// it, keeps it as its newest buffer.
    @Test func yCopiesTheIdIntoTmuxsBuffer() throws {
        let t = try TmuxSession.browser(label: "views-y", width: 120, height: 30)
        defer { t.kill() }
        try t.run(["set-option", "-s", "set-clipboard", "on"])
        _ = try select("4th China–Russia Expo", in: t)
        try t.press("y")
        try t.waitUntil("the status line to say what was copied") { Self.status($0).contains("copied id cre-4") }
        let buffer = try t.waitUntilValue("tmux's buffer to hold the id") { (try? t.run(["show-buffer"])) == "cre-4" ? "cre-4" : nil }
        #expect(buffer == "cre-4")
        try t.press("Y")
        try t.waitUntil("the name copied") { Self.status($0).contains("copied name") }
        _ = try t.waitUntilValue("tmux's buffer to hold the name") { (try? t.run(["show-buffer"])) == "4th China–Russia Expo" ? true : nil }
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}

extension TmuxSession {
    /// Polls `probe` every 50 ms until it gives a value, up to `timeout` seconds.
    func waitUntilValue<T>(_ what: String, timeout: Double = 10, _ probe: () throws -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let value = try probe() { return value }
            if Date() >= deadline { throw TmuxError(description: "timed out after \(timeout) s waiting for \(what)") }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }
}

/// Bracketed paste in the real binary: tmux wraps a paste in ESC [ 200 ~ … ESC [ 201 ~ when the
/// program asked for it, and a line break in it stays text.
@Suite struct TmuxPasteTests {
    @Test func aMultiLinePasteStaysInTheFilter() throws {
        let t = try TmuxSession.browser(label: "paste-lines", width: 120, height: 30)
        defer { t.kill() }
        try t.waitFor(text: "Expos 27/27")
        try t.press("/")
        try t.waitFor(text: "Enter keep")
        try t.run(["set-buffer", "-b", "pv", "china\nGq"])
        try t.run(["paste-buffer", "-p", "-b", "pv", "-t", t.name])
        let screen = try t.waitFor(text: "/china Gq")
        #expect(screen.contains("Enter keep"), "still typing the filter:\n\(screen)")
        #expect(try t.format("#{pane_dead}") == "0", "the q in the paste did not quit")
        try t.press("Escape")
        try t.waitFor(text: "Expos 27/27")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}
