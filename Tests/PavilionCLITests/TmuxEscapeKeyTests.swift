import Foundation
import Testing

/// Keys that reach the browser as escape sequences ncurses does not decode: tmux sends Home
/// as `ESC [ 1 ~` while xterm's terminfo says `ESC O H`. The browser reads them as keys, and
/// ignores the sequences it has no use for instead of reading Escape and typed text.
@Suite("escape sequences as keys in tmux", .serialized)
struct TmuxEscapeKeyTests {
    let expoCount: Int

    init() throws {
        expoCount = try #require(try bundledCatalogCounts()["expos"])
    }

    static func rows(_ screen: String) -> [String] { ProcessResult.lines(screen) }

    /// The bottom row: focused pane, counts and keys, or the filter being typed.
    static func status(_ screen: String) -> String {
        rows(screen).last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? ""
    }

    /// The expo pane's rows ("│▸ 2017 Name" or "│  2017 Name"), top to bottom.
    static func expoRows(_ screen: String) -> [String] {
        rows(screen).filter { $0.prefixMatch(of: #/│[▸ ] \d{4} /#) != nil }
    }

    /// Which expo row is selected (starts with ▸), or nil.
    static func selectedExpo(_ screen: String) -> Int? {
        expoRows(screen).firstIndex { $0.hasPrefix("│▸") }
    }

    /// Sends `send` and waits until the selection is on expo row `row`.
    @discardableResult
    func expectSelection(_ t: TmuxSession, _ what: String, at row: Int, after send: () throws -> Void) throws -> String {
        try send()
        return try t.waitUntil("\(what) to select expo row \(row)") { s in
            Self.expoRows(s).count == expoCount && Self.selectedExpo(s) == row
        }
    }

    @Test func homeAndEndInEveryFormMoveToTheFirstAndLastExpo() throws {
        let t = try TmuxSession.browser(label: "home-end", width: 120, height: 40)
        defer { t.kill() }
        let first = try t.waitUntil("every expo listed, the first selected") { s in
            Self.expoRows(s).count == expoCount && Self.selectedExpo(s) == 0
        }
        let last = expoCount - 1

        // By tmux's key names: tmux sends ESC [ 4 ~ and ESC [ 1 ~.
        let atEnd = try expectSelection(t, "End", at: last) { try t.press("End") }
        let atHome = try expectSelection(t, "Home", at: 0) { try t.press("Home") }
        #expect(atHome == first, "Home gives back the first screen:\n\(atHome)")

        // As raw bytes, in every form terminals send.
        let forms: [(String, [UInt8], Int)] = [
            ("ESC [ 4 ~", [0x1B, 0x5B, 0x34, 0x7E], last), ("ESC [ 1 ~", [0x1B, 0x5B, 0x31, 0x7E], 0),
            ("ESC [ 8 ~", [0x1B, 0x5B, 0x38, 0x7E], last), ("ESC [ 7 ~", [0x1B, 0x5B, 0x37, 0x7E], 0),
            ("ESC O F", [0x1B, 0x4F, 0x46], last), ("ESC O H", [0x1B, 0x4F, 0x48], 0),
            ("ESC [ F", [0x1B, 0x5B, 0x46], last), ("ESC [ H", [0x1B, 0x5B, 0x48], 0),
        ]
        for (name, bytes, row) in forms {
            let screen = try expectSelection(t, name, at: row) { try t.sendBytes(bytes) }
            #expect(screen == (row == 0 ? first : atEnd), "\(name) changed more than the selection:\n\(screen)")
        }

        // Sequences the browser has no use for are ignored whole: F9 (ESC [ 2 0 ~, which
        // ncurses knows), ESC [ 9 9 ~ and Ctrl-Right (ESC [ 1 ; 5 C). After them, End still
        // works and the screen is exactly the one End gave before: no overlay, no filter.
        let screen = try expectSelection(t, "F9, ESC [ 9 9 ~ and Ctrl-Right, then End", at: last) {
            try t.sendBytes([0x1B, 0x5B, 0x32, 0x30, 0x7E])
            try t.sendBytes([0x1B, 0x5B, 0x39, 0x39, 0x7E])
            try t.sendBytes([0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43])
            try t.sendBytes([0x1B, 0x5B, 0x34, 0x7E])
        }
        #expect(screen == atEnd, "\(screen)")

        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func unknownSequencesWhileTypingAFilterTypeNothingAndCloseNothing() throws {
        let t = try TmuxSession.browser(label: "unknown-seq", width: 120, height: 40)
        defer { t.kill() }
        try t.waitFor(text: "Expos \(expoCount)/\(expoCount)")
        try t.press("/")
        try t.waitUntil("the filter prompt") { $0.split(separator: "\n").last.map { $0.wholeMatch(of: #/ /\s+\d+/\d+.*/#) != nil } ?? false }

        // Read as Escape and text, each of these would close the filter (Escape) and type
        // "[20~" or the like; ignored, the filter stays open and empty, and "r" is its text.
        try t.sendBytes([0x1B, 0x5B, 0x32, 0x30, 0x7E])              // F9
        try t.sendBytes([0x1B, 0x5B, 0x39, 0x39, 0x7E])              // ESC [ 9 9 ~
        try t.sendBytes([0x1B, 0x5B, 0x31, 0x3B, 0x35, 0x43])        // Ctrl-Right
        try t.sendBytes([0x1B, 0x5B, 0x32, 0x30, 0x30, 0x7E])        // bracketed paste start
        try t.type("r")
        let screen = try t.waitUntil("the filter to read /r") { Self.status($0).hasPrefix(" /r ") }
        #expect(Self.status(screen).hasPrefix(" /r "), "\(screen)")

        // A lone Escape is still Escape: it clears the filter.
        try t.press("Escape")
        try t.waitUntil("the filter to clear") { Self.status($0).hasPrefix(" Expos \(self.expoCount)/\(self.expoCount) · sort") }

        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}
