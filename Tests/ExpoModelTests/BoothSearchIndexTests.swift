import Testing
@testable import ExpoModel

/// The byte index agrees with the reference search, also when narrowing.
@Suite struct BoothSearchIndexTests {
    static let demo = DemoCatalog.generate(booths: 3_000, seed: 42)
    static let index = BoothSearchIndex(demo)

    static let queries = [
        "amur", "AMUR", "Amur", "timber co", "амур", "Амурский", "哈尔滨", "哈尔滨电", "'works", "^songhua", "group$", "!amur timber",
        "amur | baikal", "country:ru", "country:cn metal", "sector:food", "hall:b", "kind:regional", "expo:2015", "area>=100",
        "area<10 hall:a", "delegation:amur", "code:a-10", "product:crab", "zzqx", "e", "ö", "cafe", "b12",
        // Latin queries for Cyrillic and Chinese names, and the field terms' own rules.
        "amurskiy", "amurskij", "harbin", "haerbin", "ha er bin", "Harbin", "heilongjiang", "khabarovsk", "!harbin",
        "name:amursk", "name:haerbin", "country:russia", "country:россия", "country:中国", "country:chi", "hall:1", "hall:10",
        "code:a", "\"amur timber\"", "sector:\"food\"",
    ]

    @Test(arguments: queries)
    func sameMatchesAsReference(_ text: String) throws {
        try Self.agreeWithReference(Self.index, text)
    }

    /// `index` finds the booths the plain search finds, in its order when it scores them all.
    static func agreeWithReference(_ index: BoothSearchIndex, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let q = try SearchQuery.parse(text)
        let reference = BoothSearch.search(q, in: Self.demo)
        let fast = index.search(q)
        #expect(Set(fast.booths) == Set(reference.map(\.boothIndex)), "query \(text)", sourceLocation: sourceLocation)
        if reference.count <= BoothSearchIndex.exactScoringLimit {
            #expect(fast.booths == reference.map(\.boothIndex), "same order when scored exactly: \(text)", sourceLocation: sourceLocation)
        }
    }

    /// An index whose table of shared strings is full after 7 strings keeps the rest with each
    /// booth's own strings (as a gigantic file would), and still finds the same booths.
    static let overflowing = BoothSearchIndex(demo, vocabularyLimit: 7)

    @Test(arguments: queries)
    func sharedStringsPastTheTableStillMatch(_ text: String) throws {
        try Self.agreeWithReference(Self.overflowing, text)
        #expect(Self.overflowing.arrays.vocabulary.masks.count == 7)
    }

    @Test(arguments: ["amur timber", "哈尔滨电机", "country:ru metal", "'mach", "sector:food area", "country:russia", "hall:10", "harbin", "amurskiy"])
    func narrowingGivesTheSameResultAsAFreshSearch(_ text: String) throws {
        var typed = ""
        var previous: BoothSearchIndex.Result?
        for ch in text {
            typed.append(ch)
            // A prefix that is not a query yet ("'" alone) has no result to narrow from.
            guard let q = try? SearchQuery.parse(typed) else { previous = nil; continue }
            let narrowed = Self.index.search(q, within: previous)
            let fresh = Self.index.search(q)
            #expect(narrowed.booths == fresh.booths, "after typing \(typed)")
            previous = narrowed
        }
    }

    @Test(arguments: ["a", "e", "country:ru", "o 1"])
    func aLargeResultRanksItsBestAndKeepsTheRestInCatalogueOrder(_ text: String) throws {
        let q = try SearchQuery.parse(text)
        let all = Self.index.search(q, rankAll: true)
        let some = Self.index.search(q)
        #expect(all.booths.count > BoothSearchIndex.rankedLimit, "the query must match more than the ranked limit")
        #expect(Set(all.booths) == Set(some.booths))
        let k = BoothSearchIndex.rankedLimit
        #expect(Array(some.booths.prefix(k)) == Array(all.booths.prefix(k)), "the best \(k) in the same order")
        let tail = Array(some.booths.dropFirst(k))
        #expect(tail == tail.sorted(), "the rest in catalogue order")
        // Every ranked score is at least every unranked one.
        let lowestRanked = some.scores.prefix(k).dropFirst(BoothSearchIndex.exactScoringLimit).min() ?? 0
        #expect(some.scores.dropFirst(k).allSatisfy { $0 <= lowestRanked })
    }

    @Test func ranksOfManyNamesAgreeWithAPlainSort() {
        // Enough names to be sorted on two cores and merged; many repeated, three scripts.
        let words = ["Amur", "amur", "Zeya", "Ёлка", "Елка", "哈尔滨", "Café", "Cafe\u{301}", "B", ""]
        var rng = ExpoModel.SplitMix64(seed: 9)
        let n = 60_000
        let exhibitors = (0..<n).map { i in Exhibitor(id: "x\(i)", name: "\(rng.pick(words)) \(rng.pick(words))\(rng.below(40))") }
        var booths = (0..<n).map { i in Booth(id: "b\(i)", expo: "e", exhibitor: "x\(rng.below(n))") }
        booths.append(Booth(id: "orphan", expo: "e", exhibitor: "no such exhibitor"))
        let c = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: exhibitors, booths: booths)
        let (rank, byRank) = SearchIndexBuilder.ranks(c)
        let names = c.booths.map { c.exhibitor($0.exhibitor)?.name ?? $0.exhibitor }
        let reference = names.indices.sorted { a, b in
            let ca = names[a].count, cb = names[b].count
            if ca != cb { return ca < cb }
            if names[a] != names[b] { return names[a] < names[b] }
            return a < b
        }
        #expect(byRank.map(Int.init) == reference)
        #expect(reference.enumerated().allSatisfy { rank[$0.element] == Int32($0.offset) })
    }

    @Test func lowestRanksAgreesWithSorting() {
        var rng = ExpoModel.SplitMix64(seed: 3)
        for trial in 0..<40 {
            let ranks = 1 + rng.below(50_000)
            var pool = Array(0..<ranks)
            pool.shuffle(using: &rng)
            let items = Array(pool.prefix(rng.below(min(ranks, 20_000)) + 1))
            let need = rng.below(items.count + 2)
            let fast = BoothSearchIndex.lowestRanks(items, need, rank: { $0 }, ranks: ranks)
            #expect(fast.sorted() == Array(items.sorted().prefix(need)), "trial \(trial)")
        }
    }

    @Test func nonLatinCharactersSetMaskBitsThatRejectOtherScripts() throws {
        let latin = BoothSearchIndex.mask(CompiledQuery.fold("Amur Timber Co. 12"))
        let cyrillic = BoothSearchIndex.mask(CompiledQuery.fold("амур"))
        let chinese = BoothSearchIndex.mask(CompiledQuery.fold("哈尔滨"))
        #expect(cyrillic != 0 && chinese != 0)
        #expect(cyrillic & ~latin != 0, "a Latin name cannot hold a Cyrillic term")
        #expect(chinese & ~latin != 0)
        #expect(cyrillic & ~chinese != 0 && chinese & ~cyrillic != 0, "Cyrillic and Chinese terms tell each other apart")
        #expect(cyrillic & ~BoothSearchIndex.mask(CompiledQuery.fold("Амурский завод")) == 0, "text holding the term covers its mask")
    }

    @Test func aLocalNameEqualToTheNameStillMatchesByField() throws {
        var x = Exhibitor(id: "x", name: "Амурский Завод")
        x.localName = "АМУРСКИЙ ЗАВОД"
        let c = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [x], booths: [Booth(id: "b", expo: "e", exhibitor: "x")])
        let idx = BoothSearchIndex(c)
        #expect(idx.search(try SearchQuery.parse("name:завод")).booths == [0])
        #expect(idx.search(try SearchQuery.parse("амзав")).booths == [0])
        #expect(idx.search(try SearchQuery.parse("Завод")).booths == [0])
        #expect(idx.search(try SearchQuery.parse("завод$")).booths == [0])
    }

    @Test func negationAndAlternativesAreNotNarrowed() throws {
        let a = Self.index.search(try SearchQuery.parse("!amur"))
        let b = Self.index.search(try SearchQuery.parse("!amurx"), within: a)
        #expect(b.booths.count > a.booths.count, "a longer negated term matches more booths")
        #expect(!BoothSearchIndex.isNarrowable(try SearchQuery.parse("a | b")))
        #expect(!BoothSearchIndex.isNarrowable(try SearchQuery.parse("area<5")))
        #expect(BoothSearchIndex.isNarrowable(try SearchQuery.parse("amur country:ru")))
    }

    @Test func repeatedOrUnorderedCandidatesCountOnce() throws {
        let n = Self.demo.booths.count
        // As many candidates as booths, but not every booth: not to be read as "all booths".
        let repeated = Array(0..<(n / 2)) + Array((0..<(n - n / 2)).reversed())
        #expect(repeated.count == n)
        let r = Self.index.search(try SearchQuery.parse("e"), candidates: repeated)
        #expect(r.booths.allSatisfy { $0 < n / 2 })
        #expect(Set(r.booths).count == r.booths.count, "each booth once")
    }

    @Test func candidatesLimitTheSearch() throws {
        let some = Array(0..<100)
        let r = Self.index.search(try SearchQuery.parse("a"), candidates: some)
        #expect(r.booths.allSatisfy { $0 < 100 })
        #expect(Set(r.booths) == Set(BoothSearch.search(try SearchQuery.parse("a"), in: Self.demo).map(\.boothIndex).filter { $0 < 100 }))
    }

    @Test func controlCharactersInNamesDoNotBreakSegments() throws {
        var x = Exhibitor(id: "x", name: "A\u{1}B\u{7}C\u{0}D")
        x.country = "RU"
        let b = Booth(id: "b", expo: "e", exhibitor: "x")
        let c = Catalog(title: "t", expos: [Expo(id: "e", name: "E")], exhibitors: [x], booths: [b])
        let idx = BoothSearchIndex(c)
        #expect(idx.search(try SearchQuery.parse("country:ru")).booths == [0])
        #expect(idx.search(try SearchQuery.parse("abcd")).booths == [0])
    }

    @Test func demoIsDeterministicAndSynthetic() {
        let a = DemoCatalog.generate(booths: 500, seed: 7)
        let b = DemoCatalog.generate(booths: 500, seed: 7)
        let c = DemoCatalog.generate(booths: 500, seed: 8)
        var ta = "", tb = "", tc = ""
        CatalogEncoder.write(a) { ta += $0 }
        CatalogEncoder.write(b) { tb += $0 }
        CatalogEncoder.write(c) { tc += $0 }
        #expect(ta == tb)
        #expect(ta != tc)
        #expect(a.synthetic)
        #expect(a.title.lowercased().contains("synthetic"))
        #expect(a.booths.count == 500)
        // Written JSON is a valid catalogue with every kind of delegation and all three scripts.
        let decoded = CatalogDecoder().decode(Array(ta.utf8))
        #expect(decoded.isValid)
        #expect(decoded.diagnostics.isEmpty)
        #expect(Set(a.delegations.compactMap(\.kind)) == Set(Delegation.Kind.allCases))
        let names = a.exhibitors.map(\.name).joined()
        #expect(names.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }, "Cyrillic")
        #expect(names.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "Chinese")
        #expect(a.expos.count >= 3)
        #expect(a.booths.allSatisfy { $0.sources == ["synthetic"] })
    }
}

extension BoothList {
    /// Compares with a plain array of positions, for expectations.
    static func == (l: BoothList, r: [Int]) -> Bool { Array(l) == r }
}
