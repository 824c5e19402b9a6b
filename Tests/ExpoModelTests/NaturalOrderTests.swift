import Testing
@testable import ExpoModel

@Suite struct NaturalOrderTests {
    @Test func ordinalsAndNumberedNames() {
        let chain = ["1st", "2nd", "3rd", "11th", "18th"]
        for (a, b) in zip(chain, chain.dropFirst()) {
            #expect(naturalLess(a, b), "\(a) < \(b)")
            #expect(!naturalLess(b, a), "\(b) ≮ \(a)")
        }
        #expect(naturalLess("Expo 9", "Expo 10"))
        #expect(!naturalLess("Expo 10", "Expo 9"))
        #expect(naturalLess("A-9", "A-10"))
        #expect(!naturalLess("A-10", "A-9"))
        #expect(naturalLess("G-282-2", "G-282-10"))
        #expect(naturalLess("G-9-9", "G-10-1"))
    }

    @Test func sortingOrdinals() {
        #expect(["11th", "18th", "1st", "2nd", "3rd"].sorted(by: naturalLess) == ["1st", "2nd", "3rd", "11th", "18th"])
    }

    @Test func caseIsIgnoredThenTheStringDecides() {
        #expect(naturalLess("apple", "Banana"))
        #expect(naturalLess("Apple", "banana"))
        #expect(naturalLess("hall 2", "HALL 10"))
        #expect(naturalLess("A", "a"))
        #expect(!naturalLess("a", "A"))
        #expect(!naturalLess("a", "a"))
        #expect(["b", "B", "a", "A"].sorted(by: naturalLess) == ["A", "a", "B", "b"])
    }

    @Test func digitsAgainstOtherCharacters() {
        // A digit run sorts where "0" would: after space and "-", before letters.
        #expect(naturalLess("A 1", "A1"))
        #expect(naturalLess("A-1", "A1"))
        #expect(naturalLess("A1", "AB"))
        #expect(naturalLess("A", "A1"))
        #expect(naturalLess("A9Z", "A10A"))
    }

    @Test func leadingZeros() {
        #expect(naturalLess("7", "10"))
        #expect(naturalLess("007", "10"))
        #expect(naturalLess("A-007", "A-10"))
        #expect(naturalLess("0", "1"))
        #expect(naturalLess("00", "1"))
        // Equal as numbers: the strings decide, so the order is still strict.
        #expect(naturalLess("007", "7"))
        #expect(!naturalLess("7", "007"))
        #expect(naturalLess("A007b", "A7c"))
        #expect(naturalLess("A7b", "A007c"))
        #expect(["7", "07", "007", "6", "8"].sorted(by: naturalLess) == ["6", "007", "07", "7", "8"])
    }

    @Test func veryLongDigitRuns() {
        let forty = String(repeating: "9", count: 40)
        let fortyOne = "1" + String(repeating: "0", count: 40)
        #expect(naturalLess(forty, fortyOne))
        #expect(!naturalLess(fortyOne, forty))
        #expect(naturalLess("x" + forty + "a", "x" + forty + "b"))
        #expect(naturalLess(String(repeating: "0", count: 100) + "5", "6"))
        let a = "1234567890123456789012345678901234567890"
        let b = "1234567890123456789012345678901234567891"
        #expect(naturalLess(a, b))
        #expect(naturalLess("part " + a, "part " + b))
        #expect(!naturalLess(b, a))
        #expect(naturalLess(String(repeating: "1", count: 10_000), String(repeating: "1", count: 10_001)))
    }

    @Test func otherScripts() {
        #expect(naturalLess("Амур", "Байкал"))
        #expect(naturalLess("амур", "Байкал"))
        #expect(naturalLess("Павильон 2", "павильон 10"))
        #expect(!naturalLess("Павильон 2", "Павильон 2"))
        #expect(naturalLess("哈尔滨 9", "哈尔滨 10"))
        #expect(naturalLess("Zeta", "Амур"))
        #expect(naturalLess("İstanbul 1", "İstanbul 2"))
        let names = ["会展 3", "Москва 12", "会展 20", "москва 3", "Expo 9", "expo 10", "🇷🇺 1", "e\u{301}"]
        let sorted = names.sorted(by: naturalLess)
        #expect(sorted == ["Expo 9", "expo 10", "e\u{301}", "москва 3", "Москва 12", "会展 3", "会展 20", "🇷🇺 1"])
    }

    // MARK: - Against a reference

    /// A plain restatement of the order: split into tokens, then compare token lists.
    enum Token: Equatable {
        case number(String) // significant digits
        case scalar(UInt32)
    }

    static func tokens(_ s: String) -> [Token] {
        var out: [Token] = []
        var digits = ""
        for u in s.lowercased().unicodeScalars {
            if ("0"..."9").contains(u) { digits.unicodeScalars.append(u); continue }
            if !digits.isEmpty { out.append(.number(String(digits.drop { $0 == "0" }))); digits = "" }
            out.append(.scalar(u.value))
        }
        if !digits.isEmpty { out.append(.number(String(digits.drop { $0 == "0" }))) }
        return out
    }

    /// -1, 0, 1 for two tokens.
    static func order(_ x: Token, _ y: Token) -> Int {
        switch (x, y) {
        case let (.number(p), .number(q)):
            if p.count != q.count { return p.count < q.count ? -1 : 1 }
            return p == q ? 0 : (p < q ? -1 : 1)
        case let (.number, .scalar(v)): return 0x30 < v ? -1 : 1
        case let (.scalar(v), .number): return v < 0x30 ? -1 : 1
        case let (.scalar(v), .scalar(w)): return v == w ? 0 : (v < w ? -1 : 1)
        }
    }

    static func referenceLess(_ a: String, _ b: String) -> Bool {
        let ta = tokens(a), tb = tokens(b)
        for (x, y) in zip(ta, tb) {
            let o = order(x, y)
            if o != 0 { return o < 0 }
        }
        if ta.count != tb.count { return ta.count < tb.count }
        return a < b
    }

    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        let pieces: [String] = ["0", "0", "1", "2", "9", "10", "00", "a", "b", "A", "B", "z", "-", " ",
                                "ж", "Ж", "ё", "哈", "会", "e\u{301}", "7"]
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let n = Int(rng.next() % 7)
            return (0..<n).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func matchesTheReferenceOnRandomStrings() {
        let strings = Self.randomStrings(count: 300, seed: 7)
        for a in strings {
            for b in strings {
                #expect(naturalLess(a, b) == Self.referenceLess(a, b), "\(a.debugDescription) vs \(b.debugDescription)")
            }
        }
    }

    @Test func isAStrictWeakOrderOnRandomStrings() {
        let strings = Self.randomStrings(count: 300, seed: 2026)
        // Irreflexive and asymmetric.
        for a in strings {
            #expect(!naturalLess(a, a))
            for b in strings where naturalLess(a, b) {
                #expect(!naturalLess(b, a))
            }
        }
        // Transitive, and incomparability is transitive, on random triples.
        var rng = SplitMix64(seed: 99)
        func pick() -> String { strings[Int(rng.next() % UInt64(strings.count))] }
        func equivalent(_ x: String, _ y: String) -> Bool { !naturalLess(x, y) && !naturalLess(y, x) }
        for _ in 0..<50_000 {
            let a = pick(), b = pick(), c = pick()
            if naturalLess(a, b), naturalLess(b, c) { #expect(naturalLess(a, c)) }
            if equivalent(a, b), equivalent(b, c) { #expect(equivalent(a, c)) }
        }
        // A sorted list is consistent with every pair.
        let sorted = strings.sorted(by: naturalLess)
        for i in sorted.indices {
            for j in sorted.indices where i < j {
                #expect(!naturalLess(sorted[j], sorted[i]))
            }
        }
    }
}

/// `NaturalOrder.key` sorts as `naturalLess` does.
@Suite struct NaturalOrderKeyTests {
    @Test func keysOrderAsNaturalLess() {
        var g = SystemRandomNumberGenerator()
        let alphabet = Array("aAbB09 1-ёЯ中0")
        let strings = (0..<400).map { _ in String((0..<Int.random(in: 0...7, using: &g)).map { _ in alphabet.randomElement(using: &g) ?? "a" }) }
            + ["1st", "2nd", "11th", "007", "7", "Expo 9", "Expo 10", String(repeating: "9", count: 40)]
        for a in strings {
            for b in strings.prefix(80) {
                let ka = NaturalOrder.key(a), kb = NaturalOrder.key(b)
                if ka != kb {
                    #expect(ka.lexicographicallyPrecedes(kb) == naturalLess(a, b), "\(a) vs \(b)")
                }
            }
        }
        let names = ["11th", "18th", "1st", "2nd", "3rd"]
        #expect(names.sorted { NaturalOrder.key($0).lexicographicallyPrecedes(NaturalOrder.key($1)) } == ["1st", "2nd", "3rd", "11th", "18th"])
    }
}
