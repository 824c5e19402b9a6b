import Foundation
import Testing
@testable import ExpoModel

/// Matches `query` against `text` the way `SearchQuery` does, with smart case off.
private func fm(_ query: String, _ text: String, _ mode: QueryTerm.Mode = .fuzzy, caseSensitive: Bool = false) -> FuzzyMatcher.Match? {
    let p = TextFolding.fold(query), t = TextFolding.fold(text)
    return FuzzyMatcher.match(caseSensitive ? p.cased : p.lower, cased: t.cased, lower: t.lower, mode: mode, caseSensitive: caseSensitive)
}

private func score(_ query: String, _ text: String) -> Int {
    fm(query, text)?.score ?? Int.min
}

@Suite struct FuzzyMatcherTests {
    @Test func emptyPatternMatchesWithNoPositions() {
        #expect(fm("", "anything") == FuzzyMatcher.Match(score: 0, positions: []))
        #expect(fm("", "") == FuzzyMatcher.Match(score: 0, positions: []))
        for mode: QueryTerm.Mode in [.exact, .prefix, .suffix, .whole] {
            #expect(fm("", "abc", mode) == FuzzyMatcher.Match(score: 0, positions: []), "\(mode)")
        }
    }

    @Test func patternLongerThanTextNeverMatches() {
        #expect(fm("abcd", "abc") == nil)
        #expect(fm("abcd", "abc", .exact) == nil)
    }

    @Test func fuzzyPositions() {
        #expect(fm("hold", "Vi Holding Group")?.positions == [3, 4, 5, 6])
        #expect(fm("vgr", "Vi Group")?.positions == [0, 3, 4])
        #expect(fm("哈滨", "哈尔滨啤酒")?.positions == [0, 2])
        #expect(fm("ba", "abba")?.positions == [2, 3])
        #expect(fm("abc", "acb") == nil)
    }

    @Test func fuzzyPrefersWordStartsOverTheFirstOccurrence() {
        // "g" at 9 comes first, but "G" at 11 starts a word.
        #expect(fm("vhg", "Vi Holding Group")?.positions == [0, 3, 11])
        #expect(fm("amr", "a mr Amur River")?.positions == [0, 2, 3])
        #expect(fm("ar", "Harbin Amur River")?.positions == [7, 12]) // the initials of "Amur River"
    }

    @Test func longTextsAgreeWithTheWindowFallback() {
        // Long enough that the matcher skips the optimal alignment.
        let text = String(repeating: "ab", count: 20_000) + "xyz"
        let m = fm("axyz", text)
        #expect(m != nil)
        if let m {
            #expect(m.positions.count == 4)
            #expect(Array(m.positions.suffix(3)) == [40_000, 40_001, 40_002])
            #expect(m.positions[0] < 40_000)
        }
        #expect(fm("zyx", text) == nil)
        #expect(fm("ba", text) != nil)
    }

    @Test func fuzzyPositionsAreGraphemeIndices() {
        // "é" decomposed is one grapheme; the family emoji is one grapheme.
        #expect(fm("ca", "e\u{301}👨‍👩‍👧ca")?.positions == [2, 3])
        #expect(fm("eb", "ae\u{301}b")?.positions == [1, 2])
    }

    @Test func exactPrefersTheWordStartOccurrence() {
        #expect(fm("ore", "Score Ore", .exact)?.positions == [6, 7, 8])
        #expect(fm("ore", "Score", .exact)?.positions == [2, 3, 4])
        #expect(fm("orx", "Score Ore", .exact) == nil)
    }

    @Test func prefixSuffixWhole() {
        #expect(fm("har", "Harbin", .prefix)?.positions == [0, 1, 2])
        #expect(fm("arb", "Harbin", .prefix) == nil)
        #expect(fm("bin", "Harbin", .suffix)?.positions == [3, 4, 5])
        #expect(fm("har", "Harbin", .suffix) == nil)
        #expect(fm("harbin", "Harbin", .whole)?.positions == [0, 1, 2, 3, 4, 5])
        #expect(fm("harbi", "Harbin", .whole) == nil)
    }

    @Test func caseSensitiveModeComparesCase() {
        #expect(fm("Harbin", "Harbin", caseSensitive: true) != nil)
        #expect(fm("Harbin", "harbin", caseSensitive: true) == nil)
        #expect(fm("harbin", "HARBIN") != nil)
    }

    @Test func consecutiveAtWordStartBeatsScattered() {
        let timber = score("tim", "Timber Trade")
        let initials = score("tim", "Tractor Import Machinery")
        let scattered = score("tim", "Stainless Milling")
        #expect(timber > initials)
        #expect(initials > scattered)
    }

    @Test func wordStartBeatsMidWord() {
        #expect(score("bar", "Bar Harbor") > score("bar", "Crowbar"))
    }

    @Test func consecutiveBeatsGaps() {
        #expect(score("abc", "xabcx") > score("abc", "xaxbxcx"))
    }

    @Test func camelHumpBeatsPlainLetter() {
        #expect(score("hb", "HarbinBeer") > score("hb", "harbinbeer"))
    }

    @Test func earlierMatchIsSlightlyBetter() {
        #expect(score("ab", "ab cd") > score("ab", "cd ef gh ij ab"))
    }

    @Test func longerGapsCostMore() {
        #expect(score("ab", "a-b") > score("ab", "a---b"))
    }
}

// MARK: - Property test

/// Plain reference implementations over folded codes.
private enum Reference {
    static func isSubsequence(_ p: [UInt32], _ t: [UInt32]) -> Bool {
        var i = 0
        for c in t where i < p.count && c == p[i] { i += 1 }
        return i == p.count
    }

    static func isSubstring(_ p: [UInt32], _ t: [UInt32]) -> Bool {
        if p.isEmpty { return true }
        if p.count > t.count { return false }
        for s in 0...(t.count - p.count) where Array(t[s..<(s + p.count)]) == p { return true }
        return false
    }

    /// Folding done independently with Foundation, one code per grapheme.
    static func fold(_ s: String) -> [UInt32] {
        s.map { c in
            String(c).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).unicodeScalars.first?.value ?? 0
        }
    }
}

private let nameAlphabet = ["a", "b", "c", "A", "B", "e", "é", "É", "E", "e\u{301}", "ê", "о", "О", "ё", "Ё", "е", "Е",
                            "к", "К", "哈", "尔", "滨", " ", "-", "x"]
private let queryAlphabet = ["a", "b", "c", "e", "é", "e\u{301}", "о", "ё", "е", "к", "哈", "尔", "滨", "-", "x"]

private func randomString<G: RandomNumberGenerator>(_ alphabet: [String], maxLength: Int, using g: inout G) -> String {
    let n = Int.random(in: 0...maxLength, using: &g)
    return (0..<n).map { _ in alphabet.randomElement(using: &g)! }.joined()
}

@Suite struct FuzzyMatcherPropertyTests {
    @Test func generatorIsDeterministic() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42), c = SplitMix64(seed: 43)
        let xs = (0..<5).map { _ in a.next() }
        #expect(xs == (0..<5).map { _ in b.next() })
        #expect(xs != (0..<5).map { _ in c.next() })
    }

    @Test func matchAgreesWithAReferenceOnFoldedCodes() {
        var g = SplitMix64(seed: 0x5EED_2017)
        var matched = 0, total = 0
        for _ in 0..<2000 {
            let name = randomString(nameAlphabet, maxLength: 12, using: &g)
            let query = randomString(nameAlphabet, maxLength: 4, using: &g)
            let caseSensitive = Bool.random(using: &g)
            let t = TextFolding.fold(name), q = TextFolding.fold(query)
            let pattern = caseSensitive ? q.cased : q.lower
            let text = caseSensitive ? t.cased : t.lower
            let expected: [(QueryTerm.Mode, Bool)] = [
                (.fuzzy, Reference.isSubsequence(pattern, text)),
                (.exact, Reference.isSubstring(pattern, text)),
                (.prefix, pattern.count <= text.count && Array(text.prefix(pattern.count)) == pattern),
                (.suffix, pattern.count <= text.count && Array(text.suffix(pattern.count)) == pattern),
                (.whole, pattern.isEmpty || pattern == text), // an empty pattern matches in every mode
            ]
            for (mode, want) in expected {
                total += 1
                let m = FuzzyMatcher.match(pattern, cased: t.cased, lower: t.lower, mode: mode, caseSensitive: caseSensitive)
                #expect((m != nil) == want, "mode \(mode), name \(name.debugDescription), query \(query.debugDescription), case-sensitive \(caseSensitive)")
                guard let m else { continue }
                matched += 1
                // Positions: one per pattern code, ascending, each on an equal code.
                #expect(m.positions.count == pattern.count)
                #expect(zip(m.positions, m.positions.dropFirst()).allSatisfy { $0 < $1 })
                #expect(m.positions.enumerated().allSatisfy { k, p in p >= 0 && p < text.count && text[p] == pattern[k] },
                        "positions \(m.positions) for \(query.debugDescription) in \(name.debugDescription)")
                if mode != .fuzzy, let first = m.positions.first {
                    #expect(m.positions == Array(first..<(first + pattern.count)))
                }
            }
        }
        // The generator gives a fair share of both outcomes.
        #expect(matched > total / 10)
        #expect(matched < total * 9 / 10)
    }

    @Test func queryMatchingAgreesWithIndependentFolding() throws {
        var g = SplitMix64(seed: 20_140_630)
        var hits = 0
        for _ in 0..<2000 {
            let name = randomString(nameAlphabet, maxLength: 12, using: &g)
            let query = randomString(queryAlphabet, maxLength: 4, using: &g)
            let want = Reference.isSubsequence(Reference.fold(query), Reference.fold(name))
            // Folding alone: no Latin forms of names (CrossScriptSearchTests covers those).
            let got = try SearchQuery.parse(query).match(SearchRecord(texts: [name], romanised: []))
            #expect((got != nil) == want, "query \(query.debugDescription), name \(name.debugDescription)")
            if let got {
                hits += 1
                #expect(got.namePositions.count == query.count)
                #expect(got.namePositions.allSatisfy { $0 < name.count })
            }
        }
        #expect(hits > 100 && hits < 1900)
    }
}
