import Foundation
import Testing

/// A seeded random walk over the browser's keys in tmux (issue 10): a few thousand keys with
/// F-keys, mouse reports, pastes of Chinese and Cyrillic text and resizes, over the bundled
/// catalogue and the demo. After each burst the process must be alive, the borders whole and
/// the idle CPU near 0. `PAVILION_MONKEY_SEED` replays a seed; a failure prints the seed.
@Suite("monkey in tmux", .serialized)
struct TmuxMonkeyTests {
    /// SplitMix64: small, fast and the same everywhere for a seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    /// Keys by tmux name. No q, Ctrl-C, Ctrl-\ or Ctrl-Z: those end or stop the browser.
    static let keys = [
        "Up", "Down", "Left", "Right", "Up", "Down", "j", "k", "h", "l", "g", "G", "o", "Tab", "BTab",
        "Enter", "Enter", "Escape", "Escape", "BSpace", "PPage", "NPage", "Home", "End", "/", "s", "?",
        "a", "e", "r", "x", "1", "2", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10",
        "F11", "F12", "IC", "DC", "C-u", "C-d", "C-s", "C-q", "Space",
    ]
    static let pastes = ["哈尔滨", "Москва", "俄罗斯 Россия", "黑龙江省", "Харбин expo", "中俄博览会", "Ёлка", "àé"]
    static let sizes = [(120, 40), (80, 24), (100, 30), (160, 45), (60, 20), (39, 9), (140, 35)]

    static var seed: UInt64 {
        if let s = ProcessInfo.processInfo.environment["PAVILION_MONKEY_SEED"], let v = UInt64(s) { return v }
        return UInt64.random(in: 1...UInt64(UInt32.max))
    }

    @Test(arguments: [("bundled", [String]()), ("demo", ["--demo"])])
    func randomKeysNeverBreakTheBrowser(name: String, arguments: [String]) throws {
        let seed = Self.seed
        var random = Random(state: seed)
        let started = Date()
        var size = (120, 40)
        let t = try TmuxSession.browser(label: "monkey-\(name)", width: size.0, height: size.1, arguments: arguments)
        defer { t.kill() }
        try t.waitFor(text: "q quit")
        let pid = try t.panePID()
        var sent = 0
        var bursts = 0
        // About 14 s of keys per catalogue: the whole suite stays near 30 s.
        while bursts < 30, Date().timeIntervalSince(started) < 14 {
            bursts += 1
            let context = "seed \(seed) (PAVILION_MONKEY_SEED=\(seed) replays it), \(name), burst \(bursts), \(sent) keys sent"
            if random.below(5) == 0 {
                size = random.pick(Self.sizes)
                try t.resize(width: size.0, height: size.1)
            }
            var names: [String] = []
            for _ in 0..<(60 + random.below(80)) { names.append(random.pick(Self.keys)) }
            try t.run(["send-keys", "-t", t.name] + names)
            sent += names.count
            if random.below(2) == 0 {
                try t.type(random.pick(Self.pastes))
                sent += 1
            }
            for _ in 0..<random.below(4) {
                let button = random.pick([0, 0, 64, 65])
                let x = random.below(size.0), y = random.below(size.1)
                try t.sendMouse(button: button, x: x, y: y)
                if button == 0 { try t.sendMouse(button: 0, x: x, y: y, release: true) }
                sent += 1
            }
            // Idle: a 0.3 s stretch with at most 1 clock tick of CPU, within 10 s (the debug
            // build under load can take a few seconds over a burst; a spinning one never idles).
            var quietest = Int.max
            let idleBy = Date().addingTimeInterval(10)
            while quietest > 1, Date() < idleBy {
                guard let used = ProcessProbe.ticksUsed(by: pid, over: 0.3) else { break }
                quietest = min(quietest, used)
            }
            #expect(quietest <= 1, "the browser never idled after the burst: at least \(quietest) ticks in every 0.3 s (\(context))")
            // Then the screen, settled (the same twice in a row) at the window's size.
            let screen = try t.waitUntil("a settled \(size.0)×\(size.1) screen (\(context))") { s in
                ProcessResult.lines(s).count == size.1
            }
            #expect(try t.format("#{pane_dead}") == "0" && ProcessProbe.isAlive(pid), "the browser died: \(context)\n\(screen)")
            if let problem = ScreenCheck.bordersProblem(screen, width: size.0, height: size.1) {
                Issue.record("borders not whole: \(problem) (\(context))\n\(screen)")
            }
        }
        print("monkey \(name): seed \(seed), \(sent) keys in \(bursts) bursts, \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        #expect(sent >= 600, "only \(sent) keys were sent in the time (seed \(seed))")
        // Still answering: Escape out of whatever is open, then quit.
        try t.press("Escape", "Escape", "Escape")
        try t.press("q")
        let status = try t.waitForExit(timeout: 10)
        #expect(status == 0, "q ends the browser after the walk (seed \(seed))")
    }
}
