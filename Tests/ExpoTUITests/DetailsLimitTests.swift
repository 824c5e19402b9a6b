import Testing
import ExpoModel
@testable import ExpoTUI

/// Details of huge records: lists are cut at `Details.listLimit` with a count of the rest, and
/// the wrapped lines are kept while the record and width stay the same.
@Suite struct DetailsLimitTests {
    /// One expo, one exhibitor, one booth citing `sources` sources, with `extra` extra fields
    /// and a summary.
    static func catalog(sources: Int = 1, extra: Int = 0, summary: String? = nil) -> Catalog {
        let ids = (0..<sources).map { "s\($0)" }
        var b = Booth(id: "b1", expo: "e1", exhibitor: "x1")
        b.code = "A-1"
        b.sources = ids
        b.summary = summary
        b.extra = (0..<extra).map { JSONMember(key: "col\($0)", node: JSONNode(.string("v\($0)"), offset: 0)) }
        return Catalog(title: "Huge", sources: ids.map { Source(id: $0, title: "Source \($0)") },
                       expos: [Expo(id: "e1", name: "Fair")], exhibitors: [Exhibitor(id: "x1", name: "Maker")], booths: [b])
    }

    /// The state with the booth's details focused.
    static func onBooth(_ c: Catalog, _ w: Int = 120, _ h: Int = 30) -> BrowserState {
        press(Fixtures.state(w, h, catalog: c), .enter, .enter, .enter)
    }

    @Test func sourcesAreCutWithACount() {
        let c = Self.catalog(sources: 10_000)
        let items = Details.booth(c.booths[0], in: c)
        let cited = items.filter { if case let .text(t) = $0 { return t.hasPrefix("[s") } else { return false } }
        #expect(cited.count == Details.listLimit)
        #expect(items.last == .text("… and 9,700 more sources"))
        // `pavilion show` asks for everything.
        #expect(Details.booth(c.booths[0], in: c, limit: .max).count == items.count - 1 + 9_700)
    }

    @Test func extraFieldsAreCutWithACount() {
        let c = Self.catalog(extra: 1_000_000)
        let items = Details.booth(c.booths[0], in: c)
        #expect(items.contains(.field("col299", "v299")))
        #expect(!items.contains(.field("col300", "v300")))
        #expect(items.contains(.text("… and 999,700 more fields")))
    }

    @Test func wrappedLinesAreKeptWhileRecordAndWidthStay() throws {
        let c = Self.catalog(summary: String(repeating: "x", count: 100_000))
        let s = Self.onBooth(c)
        #expect(s.focus == .details)
        #expect(s.detailsCache.target == .booth(0))
        let width = s.detailsCache.width
        let lines = s.detailsCache.lines.count
        #expect(lines > 100_000 / width)
        // Scrolling keeps the cache, and the viewport shows the lines at the scroll offset.
        let scrolled = press(s, .char("j"), .char("j"))
        #expect(scrolled.current.detailsScroll == 2)
        #expect(scrolled.detailsCache.target == .booth(0) && scrolled.detailsCache.width == width)
        let text = render(scrolled).text
        #expect(text.contains("Details 3–"))
        #expect(text.contains("/\(lines)"))
        // End reaches the last line; a resize wraps again for the new width.
        let end = press(scrolled, .char("G"))
        #expect(render(end).text.contains("/\(lines)"))
        let narrower = update(end, .resize(Size(width: 100, height: 30))).state
        #expect(narrower.detailsCache.width != width)
        let rewrapped = Details.lines(Details.items(for: narrower), width: narrower.detailsCache.width)
        #expect(narrower.detailsCache.lines.count == rewrapped.count)
        #expect(narrower.detailsCache.lines.count != lines)
    }

    @Test func renderWithoutACacheGivesTheSameScreen() {
        let c = Self.catalog(sources: 500, summary: String(repeating: "哈尔滨", count: 2_000))
        var s = press(Self.onBooth(c), .char("j"))
        let cached = render(s).text
        s.detailsCache = DetailsCache()
        #expect(render(s).text == cached)
    }
}
