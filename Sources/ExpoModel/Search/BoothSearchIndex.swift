import Dispatch

/// A search index over every booth of a catalogue, built once, for searching large catalogues
/// quickly. Searchable text is folded (lower case, no diacritics) to UTF-8 bytes: each booth's
/// own strings (exhibitor name, local name, booth code) as tagged segments in one flat buffer,
/// and the strings booths share (products, sectors, delegation, hall, expo…) once each in a
/// table that booths refer to by number.
///
/// A query is checked first on these bytes, on both cores, matching each shared string once per
/// query; a match on bytes is necessary for a real match, and only candidates whose query needs
/// it (capital letters, under smart case) are checked again with the exact matcher. The result
/// set is therefore the same as `BoothSearch.search`'s. When a query only grows, the search runs
/// within the previous result (narrowing).
public final class BoothSearchIndex: @unchecked Sendable {
    /// Segment tags: which field a segment holds.
    enum Tag: UInt8 {
        case name = 1, local, product, sector, delegation, code, hall, expo
        // Not matched by plain text terms, only by field terms:
        case country, kind, expoKey, region
        var isText: Bool { rawValue <= Tag.expo.rawValue }
    }

    /// The catalogue indexed.
    public let catalog: Catalog
    let arrays: SearchIndexBuilder.Arrays

    /// The mask bit of a folded byte: a–z and 0–9 have one each; the last byte of a non-ASCII
    /// character (a UTF-8 continuation byte) one of 28 more, shared by many characters; other
    /// bytes none. Text holding a pattern holds each of its bytes, so its mask covers the
    /// pattern's.
    @inline(__always)
    static func bit(_ b: UInt8) -> UInt64 {
        if b >= 0x61 && b <= 0x7A { return 1 << UInt64(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return 1 << UInt64(26 + b - 0x30) }
        if b >= 0x80 && b < 0xC0 { return 1 << UInt64(36 + (b & 0x3F) % 28) }
        return 0
    }

    /// The mask bits of folded bytes.
    static func mask(_ bytes: [UInt8]) -> UInt64 {
        var bits: UInt64 = 0
        for b in bytes { bits |= bit(b) }
        return bits
    }

    /// A search result: matching booth positions with their scores, best first.
    public struct Result: Sendable {
        /// The query it answers.
        public let query: SearchQuery
        /// Matching booth positions (into `catalog.booths`), best first.
        public let booths: [Int]
        /// Scores, parallel to `booths`.
        public let scores: [Int]
        /// True when this result may be narrowed by a longer query.
        let narrowable: Bool
        /// The matching booth positions in catalogue order: the pool a longer query searches.
        let members: [Int32]
        /// Per member, its quick score and the last group's share of it, so that a longer query
        /// checks only its new terms; nil when the exact matcher scored (smart case).
        let quick: (totals: [Int32], lasts: [Int32])?

        /// The same result answering an equivalent query (the same terms, spelled differently).
        func answering(_ q: SearchQuery) -> Result {
            Result(query: q, booths: booths, scores: scores, narrowable: narrowable, members: members, quick: quick)
        }
    }

    /// How many of the best results (by the quick score on bytes) are scored again by the exact
    /// matcher. Results up to this size come out in exactly `BoothSearch.search`'s order.
    public static let exactScoringLimit = 200

    /// How many of the best matches a search puts in order unless asked to rank all; the rest
    /// follow in catalogue order.
    public static let rankedLimit = 2_000

    /// Indexes every booth, on both cores for large catalogues.
    public init(_ catalog: Catalog) {
        self.catalog = catalog
        self.arrays = SearchIndexBuilder.build(catalog)
    }

    // MARK: Searching

    /// Booths matching `query`, best first (then shorter name, then name order).
    /// - Parameters:
    ///   - previous: the result of a shorter query typed just before, over the same candidates;
    ///     when the new query only narrows it, only its booths are checked.
    ///   - candidates: limit the search to these booth positions (e.g. one pane's booths).
    ///   - rankAll: put every match in order; otherwise only the best `rankedLimit` are
    ///     ordered and the rest follow in catalogue order.
    public func search(_ query: SearchQuery, within previous: Result? = nil, candidates: [Int]? = nil, rankAll: Bool = false) -> Result {
        let narrowable = Self.isNarrowable(query)
        if let previous, previous.query.groups == query.groups {
            return previous.answering(query)
        }
        var pool: [Int32]?
        var carried: [Int32]?
        var fromGroup = 0
        if let previous, previous.narrowable, narrowable, Self.narrows(query, previous.query) {
            pool = previous.members
            let o = previous.query.groups, n = query.groups
            if let quick = previous.quick, !o.isEmpty {
                // The terms before the first one that changed keep their scores.
                if o[o.count - 1] == n[o.count - 1] {
                    fromGroup = o.count
                    carried = quick.totals
                } else {
                    fromGroup = o.count - 1
                    carried = zip(quick.totals, quick.lasts).map { $0 &- $1 }
                }
            }
        } else if let candidates {
            var p = candidates.compactMap { $0 >= 0 && $0 < catalog.booths.count ? Int32($0) : nil }
            if zip(p, p.dropFirst()).contains(where: { $0 > $1 }) { p.sort() }
            pool = p
        }
        if query.isEmpty {
            let booths: [Int]
            if let pool {
                booths = pool.sorted { arrays.rank[Int($0)] < arrays.rank[Int($1)] }.map { Int($0) }
            } else {
                booths = arrays.byRank.map { Int($0) }
            }
            let members = pool ?? (0..<Int32(catalog.booths.count)).map { $0 }
            let zeros = [Int32](repeating: 0, count: members.count)
            return Result(query: query, booths: booths, scores: Array(repeating: 0, count: booths.count), narrowable: narrowable,
                          members: members, quick: (zeros, zeros))
        }
        let compiled = CompiledQuery(query)
        let hits = scan(compiled, pool: pool, carried: carried, fromGroup: fromGroup)
        let ordered = order(hits, query: query, rankAll: rankAll)
        return Result(query: query, booths: ordered.booths, scores: ordered.scores, narrowable: narrowable, members: hits.booths,
                      quick: hits.exact ? nil : (hits.totals, hits.lasts))
    }

    /// Booths that match on bytes, in pool order, with their scores.
    struct Hits {
        var booths: [Int32] = []
        /// Each booth's score.
        var totals: [Int32] = []
        /// Each booth's last group's score.
        var lasts: [Int32] = []
        /// How many booths have each score.
        var histogram: [Int] = []
        /// True when the exact matcher scored some booth (smart case).
        var exact = false
    }

    /// Every booth of `pool` (all booths when nil) that matches on bytes, in pool order, with
    /// its score (`carried` plus the terms from group `fromGroup` on) and its last group's
    /// score; on both cores when there are many.
    private func scan(_ compiled: CompiledQuery, pool: [Int32]?, carried: [Int32]?, fromGroup: Int) -> Hits {
        let total = pool?.count ?? catalog.booths.count
        let chunks = total >= 20_000 ? 2 : 1
        var parts = [Hits](repeating: Hits(), count: chunks)
        let vocabCount = arrays.vocabulary.masks.count
        let first = compiled.flat.firstIndex { $0.group >= fromGroup } ?? compiled.flat.count
        // Each expo's and delegation's strings are scored once, before the booths.
        var contextScores = [Int32](repeating: -1, count: (arrays.contextStarts.count - 1) * compiled.flat.count)
        contextScores.withUnsafeMutableBufferPointer { contextScores in
            var memo = [Int32](repeating: Int32.min, count: vocabCount * compiled.flat.count)
            memo.withUnsafeMutableBufferPointer { memo in
                ByteScan.with(arrays, compiled, memo: memo, contextScores: contextScores) { $0.scoreContexts() }
            }
        }
        let scored = contextScores
        parts.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBox(out)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = total * c / chunks, hi = total * (c + 1) / chunks
                var hits = Hits()
                hits.histogram = [Int](repeating: 0, count: 256)
                var n = 0
                // Each shared string is matched once per term, on first need.
                var memo = [Int32](repeating: Int32.min, count: vocabCount * compiled.flat.count)
                memo.withUnsafeMutableBufferPointer { memo in
                  scored.withUnsafeBufferPointer { contextScores in
                    ByteScan.with(arrays, compiled, memo: memo, contextScores: UnsafeMutableBufferPointer(mutating: contextScores)) { scan in
                        hits.booths = [Int32](unsafeUninitializedCapacity: hi - lo) { hb, hbCount in
                            hits.totals = [Int32](unsafeUninitializedCapacity: hi - lo) { ht, htCount in
                                hits.lasts = [Int32](unsafeUninitializedCapacity: hi - lo) { hl, hlCount in
                                    for k in lo..<hi {
                                        let i = pool.map { Int($0[k]) } ?? k
                                        let (s, last, exact) = scan.score(i, from: first)
                                        guard s >= 0 else { continue }
                                        var score: Int32
                                        if exact {
                                            // Smart case: confirm with the exact matcher, which also scores.
                                            guard let m = compiled.source.match(BoothSearch.record(self.catalog.booths[i], in: self.catalog)) else { continue }
                                            score = Int32(clamping: max(0, m.score))
                                            hl[n] = 0
                                            hits.exact = true
                                        } else {
                                            score = Int32(clamping: s + Int(carried?[k] ?? 0))
                                            hl[n] = Int32(clamping: last)
                                        }
                                        score = min(score, 1 << 20)
                                        hb[n] = Int32(i)
                                        ht[n] = score
                                        n += 1
                                        if Int(score) >= hits.histogram.count {
                                            hits.histogram += [Int](repeating: 0, count: Int(score) + 1 - hits.histogram.count)
                                        }
                                        hits.histogram[Int(score)] += 1
                                    }
                                    hlCount = n
                                }
                                htCount = n
                            }
                            hbCount = n
                        }
                    }
                  }
                }
                out.value[c] = hits
            }
        }
        if chunks == 1 { return parts[0] }
        var all = Hits()
        all.booths = parts[0].booths + parts[1].booths
        all.totals = parts[0].totals + parts[1].totals
        all.lasts = parts[0].lasts + parts[1].lasts
        all.exact = parts[0].exact || parts[1].exact
        all.histogram = [Int](repeating: 0, count: max(parts[0].histogram.count, parts[1].histogram.count))
        for p in parts { for (s, c) in p.histogram.enumerated() { all.histogram[s] += c } }
        return all
    }

    /// Puts the best `rankedLimit` hits (all with `rankAll`) in order: score, then the tie-break
    /// rank; the rest follow in catalogue order. The best `exactScoringLimit` are scored again
    /// by the exact matcher, as `BoothSearch.search` scores them.
    private func order(_ hits: Hits, query: SearchQuery, rankAll: Bool) -> (booths: [Int], scores: [Int]) {
        let booths = hits.booths, scores = hits.totals
        let count = booths.count
        let rank = arrays.rank
        // Sort keys: a higher score first, then the lower rank. Ranks are distinct, so keys are.
        @inline(__always) func key(_ j: Int) -> UInt64 {
            (UInt64(UInt32(Int32.max - scores[j])) << 32) | UInt64(UInt32(rank[Int(booths[j])]))
        }
        let k = rankAll ? count : min(count, Self.rankedLimit)
        var head: [Int] = []   // positions into `booths`
        head.reserveCapacity(k)
        if k == count {
            head = Array(0..<count)
        } else {
            // Find the score at which the best k end, then choose among the booths with
            // exactly that score by rank.
            let counts = hits.histogram
            var threshold = counts.count - 1, taken = 0
            while threshold > 0, taken + counts[threshold] < k { taken += counts[threshold]; threshold -= 1 }
            let need = k - taken
            var level: [Int] = []
            level.reserveCapacity(counts[threshold])
            let t = Int32(threshold)
            scores.withUnsafeBufferPointer { sc in
                for j in 0..<count {
                    let s = sc[j]
                    if s > t { head.append(j) } else if s == t { level.append(j) }
                }
            }
            head += Self.lowestRanks(level, need, rank: { Int(rank[Int(booths[$0])]) }, ranks: rank.count)
        }
        var keys = head.map { key($0) }
        keys.sort()
        let byRank = arrays.byRank
        var outBooths = [Int](unsafeUninitializedCapacity: count) { out, n in
            for key in keys { out[n] = Int(byRank[Int(key & 0xFFFF_FFFF)]); n += 1 }
            if k < count {
                // The rest in catalogue order, so a narrowed search and a fresh one agree.
                let sortedHead = head.sorted()
                var h = 0
                booths.withUnsafeBufferPointer { b in
                    for j in 0..<count {
                        if h < sortedHead.count, sortedHead[h] == j { h += 1; continue }
                        out[n] = Int(b[j])
                        n += 1
                    }
                }
            }
        }
        var outScores = [Int](unsafeUninitializedCapacity: count) { out, n in
            for key in keys { out[n] = Int(Int32.max - Int32(truncatingIfNeeded: key >> 32)); n += 1 }
            if k < count {
                let sortedHead = head.sorted()
                var h = 0
                scores.withUnsafeBufferPointer { sc in
                    for j in 0..<count {
                        if h < sortedHead.count, sortedHead[h] == j { h += 1; continue }
                        out[n] = Int(sc[j])
                        n += 1
                    }
                }
            }
        }
        // The best results by the quick score are scored again exactly, as `BoothSearch.search`
        // does, so the rows a person sees first are in the matcher's order.
        let top = min(count, Self.exactScoringLimit)
        if top > 0 {
            // On both cores: the exact matcher costs microseconds a booth.
            let chunks = top >= 50 ? 2 : 1
            var parts = [[(booth: Int, score: Int)]](repeating: [], count: chunks)
            let heads = Array(outBooths[0..<top])
            parts.withUnsafeMutableBufferPointer { out in
                let out = UncheckedBox(out)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    out.value[c] = (top * c / chunks..<top * (c + 1) / chunks).compactMap { j in
                        query.match(BoothSearch.record(self.catalog.booths[heads[j]], in: self.catalog)).map { (heads[j], $0.score) }
                    }
                }
            }
            var rescored = parts.flatMap { $0 }
            rescored.sort { a, b in a.score != b.score ? a.score > b.score : rank[a.booth] < rank[b.booth] }
            outBooths.replaceSubrange(0..<top, with: rescored.map(\.booth))
            outScores.replaceSubrange(0..<top, with: rescored.map(\.score))
        }
        return (outBooths, outScores)
    }

    /// The `need` items of `items` with the lowest rank (ranks are distinct, below `ranks`).
    static func lowestRanks(_ items: [Int], _ need: Int, rank: (Int) -> Int, ranks: Int) -> [Int] {
        guard need < items.count else { return items }
        guard need > 0 else { return [] }
        if items.count <= 4 * need + 1_024 {
            return Array(items.sorted { rank($0) < rank($1) }.prefix(need))
        }
        // Bucket by rank, keep whole buckets below the one where `need` is reached, and sort
        // only that bucket.
        let buckets = 1_024
        let width = max(1, (ranks + buckets - 1) / buckets)
        var counts = [Int](repeating: 0, count: buckets + 1)
        for j in items { counts[rank(j) / width] += 1 }
        var cut = 0, below = 0
        while below + counts[cut] < need { below += counts[cut]; cut += 1 }
        var out: [Int] = []
        out.reserveCapacity(need)
        var edge: [Int] = []
        for j in items {
            let b = rank(j) / width
            if b < cut { out.append(j) } else if b == cut { edge.append(j) }
        }
        edge.sort { rank($0) < rank($1) }
        out += edge.prefix(need - below)
        return out
    }

    /// Orders two booths by exhibitor name, compared on the folded bytes (case and accents
    /// ignored), then by position.
    public func nameLess(_ a: Int, _ b: Int) -> Bool {
        arrays.own.withUnsafeBufferPointer { buf in
            let starts = arrays.ownStarts
            var i = starts[a] + 1, j = starts[b] + 1
            let ei = starts[a + 1], ej = starts[b + 1]
            while true {
                let ca: UInt8 = i < ei && buf[i] > 12 ? buf[i] : 0
                let cb: UInt8 = j < ej && buf[j] > 12 ? buf[j] : 0
                if ca != cb { return ca < cb }
                if ca == 0 { return a < b }
                i += 1
                j += 1
            }
        }
    }

    /// True when every booth matching `new` also matches `old`: `new` keeps `old`'s terms, may
    /// lengthen its last term (same field and mode) and may add terms.
    static func narrows(_ new: SearchQuery, _ old: SearchQuery) -> Bool {
        let o = old.groups, n = new.groups
        guard !o.isEmpty else { return true }
        guard n.count >= o.count else { return false }
        for i in 0..<(o.count - 1) where o[i] != n[i] { return false }
        guard let a = o.last?.first, let b = n[o.count - 1].first else { return false }
        switch (a.kind, b.kind) {
        case let (.text(x, m1), .text(y, m2)):
            return m1 == m2 && a.caseSensitive == b.caseSensitive && y.hasPrefix(x)
        case let (.field(f1, x), .field(f2, y)):
            return f1 == f2 && y.lowercased().hasPrefix(x.lowercased())
        default:
            return false
        }
    }

    /// A query may narrow a previous result when it only adds restrictions as it grows:
    /// no negation, no alternatives and no numeric comparisons.
    static func isNarrowable(_ q: SearchQuery) -> Bool {
        !q.text.contains("!") && !q.text.contains("|") && q.groups.allSatisfy { g in
            g.count == 1 && g.allSatisfy { if case .compare = $0.kind { return false }; return !$0.negated }
        }
    }

}
