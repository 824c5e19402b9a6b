import Foundation
import Testing

/// The Events view in the real binary, on a version-2 catalogue of the corpus.
@Suite(.serialized) struct TmuxEventsTests {
    static let catalogue = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/valid-v2-events.json").path

    static func status(_ screen: String) -> String {
        ProcessResult.lines(screen).last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? ""
    }

    /// `4` lists the expo's events by time at 80×24; `i` shows one with its organiser; a
    /// `kind:` filter narrows the list; `1` goes back to the catalogue.
    @Test func eventsByKeyDetailsAndFilter() throws {
        let t = try TmuxSession.browser(label: "events", width: 80, height: 24, arguments: ["--catalog", Self.catalogue])
        defer { t.kill() }
        try t.waitFor(text: "Expos 1/1")
        try t.press("4")
        var screen = try t.waitFor(all: ["Events 3/3 · Expo One", "09:30–12:00", "High-level forum", "Business day", "all day"])
        // The signing runs 10:00+08:00 to 02:30Z: the end is shown on the start's clock.
        #expect(screen.contains("10:00–10:30"), "\(screen)")
        try t.press("i")
        screen = try t.waitUntil("the event's details") { Self.status($0).hasPrefix(" Details · event") }
        #expect(screen.contains("Organisers    Amur Oblast delegation"), "\(screen)")
        #expect(screen.contains("When          2017-06-15 09:30–12:00"), "\(screen)")
        try t.press("Escape")
        try t.press("/")
        try t.type("kind:signing")
        try t.press("Enter")
        screen = try t.waitFor(text: "Events 1/3")
        #expect(screen.contains("Signing") && !screen.contains("Business day"), "\(screen)")
        try t.press("1")
        try t.waitFor(text: "┌ Expos")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}
