import Foundation
import Testing

/// Issue 10, item 6: names with flags, a ZWJ family emoji, Thai and Devanagari drawn in tmux:
/// every border in its column, every character of the text on screen (the family as its first
/// emoji, which every terminal draws two columns wide).
@Suite("graphemes in tmux", .serialized)
struct TmuxGraphemeTests {
    static let names = ["🇷🇺🇨🇳 Flag House", "👨‍👩‍👧 Family Foods", "จำกัด Thai Trading", "क्षत्रिय Exports", "🇰🇷 Seoul Mix"]

    static func catalogue() -> String {
        let exhibitors = names.enumerated().map { i, n in #"{"id": "x\#(i)", "name": "\#(n)", "country": "RU"}"# }
        let booths = names.indices.map { i in #"{"id": "b\#(i)", "expo": "e", "exhibitor": "x\#(i)", "area_sqm": \#(10 + i)}"# }
        return catalogJSON(title: "Grapheme fair", body: """
              "sources": [{"id": "s", "title": "Test source"}],
              "expos": [{"id": "e", "name": "Script Expo", "start": "2024"}],
              "exhibitors": [\(exhibitors.joined(separator: ", "))],
              "booths": [\(booths.joined(separator: ", "))]
            """)
    }

    func open(_ label: String) throws -> (TmuxSession, TempDirectory) {
        let dir = try TempDirectory()
        let file = try dir.write("graphemes.json", Self.catalogue())
        let t = try TmuxSession.browser(label: label, width: 160, height: 30, arguments: ["--catalog", file])
        return (t, dir)
    }

    func expectWhole(_ screen: String, overlay: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        let problem = ScreenCheck.bordersProblem(screen, width: 160, height: 30)
        #expect(problem == nil, "\(problem ?? ""):\n\(screen)", sourceLocation: sourceLocation)
        if !overlay {
            let inner = ScreenCheck.innerBordersProblem(screen, height: 30)
            #expect(inner == nil, "\(inner ?? ""):\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    @Test func namesInEveryScriptKeepTheBordersInPlace() throws {
        let (t, dir) = try open("names")
        defer { t.kill(); dir.remove() }
        try t.waitFor(text: "Script Expo")
        try t.press("Enter")
        try t.press("Enter")
        var screen = try t.waitFor(all: ["Flag House", "Family Foods", "Thai Trading", "Exports", "Seoul Mix", "Booths 5/5"])
        expectWhole(screen)
        #expect(screen.contains("🇷🇺🇨🇳 Flag House"), "\(screen)")
        #expect(screen.contains("จำกัด Thai Trading"), "\(screen)")
        #expect(screen.contains("क्षत्रिय Exports"), "\(screen)")
        #expect(screen.contains("👨 Family Foods") && !screen.contains("👩"), "the family is drawn as its first emoji:\n\(screen)")
        // Move over every booth (the details name each one again) and back: frames over frames.
        // The second Enter may land after the lists are drawn: wait for the booth to be selected.
        screen = try t.waitUntil("the first booth to be selected") { TmuxSession.header(of: $0).hasSuffix("क्षत्रिय Exports") }
        expectWhole(screen)
        for key in ["j", "j", "j", "j", "k", "k", "k", "k"] {
            try t.pressAndWaitForTheHeaderToChange(key)
            screen = try t.capture()
            expectWhole(screen)
        }
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    @Test func typingSuchTextKeepsTheOverlayBorder() throws {
        let (t, dir) = try open("typing")
        defer { t.kill(); dir.remove() }
        try t.waitFor(text: "Script Expo")
        try t.press("s")
        try t.waitFor(text: "Search")
        var typed = ""
        for (text, drawn) in [("จำกัด", "จำกัด"), (" क्षत्रिय", " क्षत्रिय"), (" 🇷🇺", " 🇷🇺"), (" 👨‍👩‍👧", " 👨")] {
            try t.type(text)
            typed += drawn
            let screen = try t.waitFor(text: "> " + typed + " ")
            expectWhole(screen, overlay: true)
            let box = ScreenCheck.boxProblem(screen, titled: "Search exhibitors")
            #expect(box == nil, "the search box's border moved: \(box ?? "")\n\(screen)")
        }
        try t.press("Escape")
        try t.waitForAbsence(of: "Search exhibitors")
        try t.press("/")
        try t.type("จำ")
        let screen = try t.waitFor(text: "/จำ ")
        expectWhole(screen)
        try t.press("Escape")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}
