import Testing
@testable import ExpoModel

/// Reading a large file on two cores gives exactly what reading it in one piece gives: the same
/// catalogue, and the same messages in the same order, whatever is wrong and wherever.
@Suite struct TwoCoreDecodeTests {
    /// A 2,000-booth demo, one record per line.
    static let lines: [String] = {
        var text = ""
        CatalogEncoder.write(DemoCatalog.generate(booths: 2_000, seed: 5)) { text += $0 }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }()

    /// The line of booth `id`.
    static func line(ofBooth id: String) -> Int {
        lines.firstIndex { $0.hasPrefix("    {\"id\":\"\(id)\",") } ?? -1
    }

    static func text(_ lines: [String]) -> [UInt8] { Array(lines.joined(separator: "\n").utf8) }

    static func encoded(_ c: Catalog) -> String {
        var s = ""
        CatalogEncoder.write(c) { s += $0 }
        return s
    }

    /// Decodes `bytes` both ways and checks that they agree; returns the two-core result.
    @discardableResult
    static func agree(_ bytes: [UInt8], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) -> CatalogDecoder.Result {
        let one = CatalogDecoder().decodeInOnePiece(bytes, progress: nil)
        let two = CatalogDecoder().decode(bytes, twoCoresFrom: 0, waitForCut: true)
        #expect(two.diagnostics == one.diagnostics, "\(what)", sourceLocation: sourceLocation)
        #expect(encoded(two.catalog) == encoded(one.catalog), "\(what)", sourceLocation: sourceLocation)
        return two
    }

    /// `lines` with line `n` changed by `edit`.
    static func editing(_ n: Int, _ edit: (String) -> String) -> [String] {
        var l = lines
        l[n] = edit(l[n])
        return l
    }

    @Test func aValidFileIsReadOnTwoCoresWithTheSameResult() throws {
        let bytes = Self.text(Self.lines)
        #expect(CatalogDecoder().decodeOnTwoCores(bytes, progress: nil, waitForCut: true) != nil, "the two-core reading was used")
        let two = Self.agree(bytes, "valid")
        #expect(two.isValid && two.diagnostics.isEmpty)
        let c = two.catalog
        #expect(c.booths.count == 2_000)
        // Look-ups by id reach records of both halves, and relations are built.
        for id in ["b1", "b1000", "b2000"] {
            #expect(c.booth(id)?.id == id)
            let b = try #require(c.booth(id))
            #expect(c.boothIndices(ofExhibitor: b.exhibitor).contains { c.booths[$0].id == id })
            #expect(c.boothIndices(ofExpo: b.expo).contains { c.booths[$0].id == id })
        }
    }

    @Test func theCutFallsBetweenTwoRecords() throws {
        let bytes = Self.text(Self.lines)
        let cut = try #require(CatalogDecoder.findCut(bytes))
        #expect(cut.key == "booths" || cut.key == "exhibitors")
        #expect(bytes[cut.offset] == UInt8(ascii: ","))
        #expect(cut.offset > bytes.count / 3 && cut.offset < bytes.count * 2 / 3)
    }

    static let late = "b1900", early = "b5"

    @Test func problemsInEitherHalfGiveTheSameMessages() throws {
        let l = Self.lines
        let tail = Self.line(ofBooth: Self.late), head = Self.line(ofBooth: Self.early)
        let exhibitorLine = try #require(l.firstIndex { $0.hasPrefix("    {\"id\":\"x10\",") })
        #expect(tail > 0 && head > 0)
        let cases: [(String, [String])] = [
            ("a reference to a missing exhibitor in the second half",
             Self.editing(tail) { $0.replacingOccurrences(of: "\"exhibitor\":\"", with: "\"exhibitor\":\"missing-") }),
            ("an id of the first half again in the second",
             Self.editing(tail) { $0.replacingOccurrences(of: "\"id\":\"\(Self.late)\"", with: "\"id\":\"\(Self.early)\"") }),
            ("an id of the second half already in the first",
             Self.editing(head) { $0.replacingOccurrences(of: "\"id\":\"\(Self.early)\"", with: "\"id\":\"\(Self.late)\"") }),
            ("a delegation of another expo in the second half",
             Self.editing(tail) { $0.replacingOccurrences(of: "\"delegation\":\"demo-", with: "\"delegation\":\"demo-1-d1\",\"x-was\":\"demo-") }),
            ("a missing required key in the second half",
             Self.editing(tail) { $0.replacingOccurrences(of: "\"expo\":", with: "\"expo_typo\":") }),
            ("an unknown key in the second half (a warning)",
             Self.editing(tail) { $0.replacingOccurrences(of: "{\"id\"", with: "{\"colour\":\"red\",\"id\"") }),
            ("a syntax error in the second half",
             Self.editing(tail) { $0.replacingOccurrences(of: "}", with: "]") }),
            ("a syntax error in the first half",
             Self.editing(exhibitorLine) { $0.replacingOccurrences(of: "\":\"", with: "\":,\"") }),
            ("a file cut short", Array(l.dropLast(3))),
            ("a wrong source in the second half",
             Self.editing(tail) { $0.replacingOccurrences(of: "\"sources\":[\"synthetic\"]", with: "\"sources\":[\"elsewhere\"]") }),
        ]
        for (what, lines) in cases {
            let two = Self.agree(Self.text(lines), what)
            #expect(!two.diagnostics.isEmpty, "\(what) is reported")
        }
    }

    @Test func aByteOrderMarkAndRootKeysAfterTheArraysAgree() throws {
        Self.agree([0xEF, 0xBB, 0xBF] + Self.text(Self.lines), "a byte-order mark")
        // The title moved after the booths.
        var l = Self.lines
        let title = try #require(l.firstIndex { $0.hasPrefix("  \"title\":") })
        let moved = l.remove(at: title)
        let end = try #require(l.lastIndex { $0 == "  ]" })
        l[end] = "  ],"
        l.insert(String(moved.dropLast()), at: end + 1)
        let two = Self.agree(Self.text(l), "the title last")
        #expect(two.isValid, "\(two.diagnostics.first?.description ?? "")")
        #expect(two.catalog.title.hasPrefix("Synthetic demo catalogue"))
        // A root key given twice, once in each half.
        var d = Self.lines
        let last = try #require(d.lastIndex { $0 == "  ]" })
        d[last] = "  ],"
        d.insert("  \"format\": \"pavilion-catalog\"", at: last + 1)
        #expect(!Self.agree(Self.text(d), "a root key twice").isValid)
    }

    @Test func exhibitorsListedAfterTheirBoothsAgree() throws {
        // Booths first, then exhibitors: the first half's references point forward.
        let l = Self.lines
        let xs = try #require(l.firstIndex { $0 == "  \"exhibitors\": [" })
        let bs = try #require(l.firstIndex { $0 == "  \"booths\": [" })
        let xEnd = try #require(l[xs...].firstIndex { $0 == "  ]," })
        let bEnd = try #require(l[bs...].firstIndex { $0 == "  ]" })
        let reordered = Array(l[..<xs]) + Array(l[bs..<bEnd]) + ["  ],"] + Array(l[xs..<xEnd]) + ["  ]"] + Array(l[(bEnd + 1)...])
        let two = Self.agree(Self.text(reordered), "exhibitors after booths")
        #expect(two.isValid, "\(two.diagnostics.first?.description ?? "")")
        // And with one forward reference broken.
        let broken = reordered.map { $0.hasPrefix("    {\"id\":\"b3\",") ? $0.replacingOccurrences(of: "\"exhibitor\":\"", with: "\"exhibitor\":\"gone-") : $0 }
        #expect(!Self.agree(Self.text(broken), "a broken forward reference").isValid)
    }
}
