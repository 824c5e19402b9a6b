import Foundation
import Testing

/// Records with huge text in the real browser: wrapping is linear and only the lines in view
/// are drawn, so a 2,000,000-character word opens, scrolls and quits at once.
@Suite("huge text in the browser (tmux)", .serialized)
struct TmuxHugeTextTests {
    /// A catalogue of one expo with two booths: one whose summary is a single 2,000,000-character
    /// word, one with 40,000 Chinese characters and 10,000 cited sources.
    static func hugeCatalogue(in dir: TempDirectory) throws -> String {
        let word = String(repeating: "x", count: 2_000_000)
        let han = String(repeating: "哈尔滨", count: 13_334)
        let ids = (0..<10_000).map { "\"s\($0)\"" }.joined(separator: ",")
        let sources = (0..<10_000).map { #"{"id": "s\#($0)", "title": "Source \#($0)"}"# }.joined(separator: ",")
        return try dir.write("huge.json", catalogJSON(title: "Huge text", body: """
              "sources": [\(sources)],
              "expos": [{"id": "e", "name": "Fair", "sources": ["s0"]}],
              "exhibitors": [{"id": "x1", "name": "Long Word Ltd", "sources": ["s0"]},
                             {"id": "x2", "name": "哈尔滨 Ltd", "sources": ["s0"]}],
              "booths": [{"id": "b1", "expo": "e", "exhibitor": "x1", "code": "A-1", "summary": "\(word)", "sources": ["s0"]},
                         {"id": "b2", "expo": "e", "exhibitor": "x2", "code": "A-2", "summary": "\(han)", "sources": [\(ids)]}]
            """))
    }

    /// User and system CPU time of the pane's process in clock ticks (1/100 s).
    static func cpuTicks(_ pid: String) throws -> Int {
        let ticks = pid_t(pid).flatMap { ProcessProbe.cpuTicks($0) }
        guard let ticks else { throw TmuxError(description: "cannot read CPU times of process \(pid)") }
        return ticks
    }

    @Test func aTwoMillionCharacterWordOpensScrollsAndQuits() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try Self.hugeCatalogue(in: dir)
        let t = try TmuxSession.browser(label: "huge", width: 160, height: 40, arguments: ["--catalog", file])
        defer { t.kill() }
        try t.waitFor(text: "Expos 1/1")
        let pid = try t.format("#{pane_pid}")
        let before = try Self.cpuTicks(pid)
        // Into the booths: the first booth's details are drawn beside the lists.
        try t.press("Enter")
        try t.press("Enter")
        try t.waitFor(all: ["Long Word Ltd", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
        // Into the details, to the end and back: the title counts the wrapped lines.
        try t.press("Enter")
        try t.press("G")
        try t.waitFor(text: "[s0] Source 0")
        try t.press("g")
        try t.waitFor(text: "Details 1–")
        // CPU time, not the clock, so a busy machine does not fail the test.
        let used = try Self.cpuTicks(pid) - before
        #expect(used < 200, "opening and scrolling took \(used) clock ticks of CPU (2 s is 200)")
        try t.press("q")
        #expect(try t.waitForExit(timeout: 10) == 0)
    }

    @Test func fortyThousandHanAndTenThousandSourcesStayQuickPerKey() throws {
        let dir = try TempDirectory()
        defer { dir.remove() }
        let file = try Self.hugeCatalogue(in: dir)
        let t = try TmuxSession.browser(label: "han", width: 120, height: 40, arguments: ["--catalog", file])
        defer { t.kill() }
        try t.waitFor(text: "Expos 1/1")
        try t.press("Enter")
        try t.press("Enter")
        try t.press("j")
        try t.waitFor(text: "哈尔滨 Ltd")
        try t.press("Enter")
        try t.waitFor(text: "Details 1–")
        let pid = try t.format("#{pane_pid}")
        let before = try Self.cpuTicks(pid)
        // Twenty keys in the details, each a frame; the last one's result must show.
        for _ in 0..<19 { try t.press("j") }
        try t.press("G")
        try t.waitFor(text: "… and 9,700 more sources")
        let used = try Self.cpuTicks(pid) - before
        #expect(used < 100, "twenty keys took \(used) clock ticks of CPU (1 s is 100)")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}
