import Foundation
import Testing

/// The visit plan across processes: what the browser marks is in the database at once, and
/// what the command line adds shows in the open Plan view without a key press.
@Suite(.serialized) struct TmuxPlanTests {
    static func rows(_ screen: String) -> [String] { ProcessResult.lines(screen) }
    static func status(_ screen: String) -> String {
        rows(screen).last(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? ""
    }

    func planList(_ t: TmuxSession) throws -> String {
        let r = try ProcessRunner.pavilion(["plan", "list"], extraEnvironment: ["PAVILION_DB": t.planDatabase])
        #expect(r.status == 0, "\(r)")
        return r.stdout
    }

    /// `m` on Vi Holding Group's booth is seen by `plan list` while the browser still runs;
    /// `n` saves a note the same way.
    @Test func markInTheBrowserIsSeenByPlanList() throws {
        let t = try TmuxSession.browser(label: "plan-m", width: 120, height: 30)
        defer { t.kill() }
        try t.waitFor(text: "4th China–Russia Expo")
        // The 4th Expo's booths: filter the expos, then two panes right.
        try t.press("/")
        try t.type("^4th")
        try t.press("Enter")
        try t.press("l")
        try t.press("l")
        try t.waitUntil("the booth pane") { Self.status($0).hasPrefix(" Booths ") }
        try t.press("/")
        try t.type("^vi hold")
        try t.press("Enter")
        try t.waitUntil("the booth filter") { Self.status($0).hasPrefix(" Booths 1/") }
        try t.press("m")
        try t.waitFor(text: "★ marked")
        let deadline = Date().addingTimeInterval(5)
        var listed = try planList(t)
        while !listed.contains("cre-4-vi-holding-group"), Date() < deadline { listed = try planList(t) }
        #expect(listed.contains("cre-4-vi-holding-group") && listed.contains("to-visit"), "\(listed)")
        try t.press("n")
        try t.type("ask about rolling mills")
        try t.press("Enter")
        try t.waitFor(text: "note saved")
        #expect(try planList(t).contains("ask about rolling mills"))
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }

    /// `plan add` from another process appears in the open Plan view within 2 s, with no key.
    @Test func planAddFromTheCommandLineAppearsInTheOpenPlanView() throws {
        let t = try TmuxSession.browser(label: "plan-add", width: 120, height: 30)
        defer { t.kill() }
        try t.waitFor(text: "4th China–Russia Expo")
        try t.press("3")
        try t.waitFor(text: "No booths planned yet")
        let r = try ProcessRunner.pavilion(["plan", "add", "cre-4-vi-holding-group", "--note", "from the shell", "--at", "10:30"],
                                           extraEnvironment: ["PAVILION_DB": t.planDatabase])
        #expect(r.status == 0, "\(r)")
        let started = Date()
        let screen = try t.waitFor(all: ["Vi Holding Group", "from the shell", "1 planned"], timeout: 5)
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds < 2.0, "the change took \(seconds) s to show")
        #expect(screen.contains("06-15 10:30"), "\(screen)")
        try t.press("q")
        #expect(try t.waitForExit() == 0)
    }
}
