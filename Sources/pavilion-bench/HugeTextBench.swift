import ExpoModel
import ExpoTUI
import Foundation

/// Figures for records with huge text: wrapping, opening their details and a key while they
/// are shown (`pavilion-bench --huge-text`).
enum HugeTextBench {
    /// One booth whose summary is `summary`, citing `sources` sources.
    static func catalog(summary: String, sources: Int) -> Catalog {
        let ids = (0..<sources).map { "s\($0)" }
        var b = Booth(id: "b1", expo: "e1", exhibitor: "x1")
        b.summary = summary
        b.sources = ids
        return Catalog(title: "Huge text (synthetic)", sources: ids.map { Source(id: $0, title: "Source \($0)") },
                       expos: [Expo(id: "e1", name: "Fair")], exhibitors: [Exhibitor(id: "x1", name: "Maker")], booths: [b])
    }

    /// Prints one line per case: wrap time, time to open the details, mean time of a key.
    static func run() {
        let cases: [(String, String, Int)] = [
            ("2,000,000-character word", String(repeating: "x", count: 2_000_000), 1),
            ("800,000 characters of words", String(repeating: "lorem ipsum dolor ", count: 44_445), 1),
            ("40,000 Chinese characters", String(repeating: "哈尔滨啤酒厂", count: 6_667), 1),
            ("1,000,000 cited sources", "A short summary.", 1_000_000),
        ]
        for (name, text, sources) in cases {
            var t = Clock.now
            let lines = TextWidth.wrap(text, to: 80)
            let wrapMS = t.ms
            let c = catalog(summary: text, sources: sources)
            let size = Size(width: 200, height: 50)
            var s = update(BrowserState(catalog: c, size: size), .resize(size)).state
            t = Clock.now
            s = update(s, [.key(.enter), .key(.enter), .key(.enter)]).state
            _ = render(s)
            let openMS = t.ms
            t = Clock.now
            for i in 0..<100 {
                s = update(s, .key(.char(i % 2 == 0 ? "j" : "k"))).state
                _ = render(s)
            }
            let keyMS = t.ms / 100
            print(String(format: "%@: wrap at 80 columns %.1f ms (%d lines), open details %.1f ms, a key %.3f ms", name, wrapMS, lines.count, openMS, keyMS))
        }
    }
}
