import Dispatch

extension BoothSearchIndex {
    /// How many booths ahead the scan asks for memory, when it reads a pool of positions.
    static let prefetchDistance = 16

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

    /// What one core found in its slice of the pool.
    private struct Slice {
        var count = 0
        var histogram: [Int] = []
        var exact = false
    }

    /// Every booth of `pool` (all booths when nil) that matches on bytes, in pool order, with
    /// its score (`carried` plus the terms from group `fromGroup` on) and its last group's
    /// score; on both cores when there are many. Each core writes its hits where its slice of
    /// the pool starts, and the second core's are then moved down after the first's.
    // Over 60 lines: the search's hot loop; its nested unsafe buffers and inlined `visit` would not survive being split.
    func scan(_ compiled: CompiledQuery, pool given: [Int32]?, carried: [Int32]?, fromGroup: Int) -> Hits {
        // A pool of every booth (sorted, without repeats) is read straight, not through positions.
        let pool = given?.count == catalog.booths.count ? nil : given
        let total = pool?.count ?? catalog.booths.count
        let chunks = total >= 20_000 ? 2 : 1
        let bounds = (0...chunks).map { total * $0 / chunks }
        var slices = [Slice](repeating: Slice(), count: chunks)
        let vocabCount = arrays.vocabulary.masks.count
        let first = compiled.flat.firstIndex { $0.group >= fromGroup } ?? compiled.flat.count
        // Whether booths' bytes are read at all (a one-letter term is decided by masks).
        let readsBytes = compiled.flat[first...].contains { !$0.isCompare && !$0.singleTextLetter }
        // Each expo's and delegation's strings are scored once, before the booths.
        var contextScores = [Int32](repeating: -1, count: (arrays.contextStarts.count - 1) * compiled.flat.count)
        contextScores.withUnsafeMutableBufferPointer { contextScores in
            var memo = [Int32](repeating: Int32.min, count: vocabCount * compiled.flat.count)
            memo.withUnsafeMutableBufferPointer { memo in
                ByteScan.with(arrays, compiled, memo: memo, contextScores: contextScores) { $0.scoreContexts() }
            }
        }
        let scored = contextScores
        var hits = Hits()
        var found = 0
        // The last group's scores are kept apart only when there are several groups.
        let keepLasts = (compiled.flat.last?.group ?? 0) > 0
        // Capacities are at least 1: an array made with none shares the runtime's one empty
        // storage, and setting its count there from two threads is a data race.
        hits.booths = [Int32](unsafeUninitializedCapacity: max(1, total)) { hb, hbCount in
            hits.totals = [Int32](unsafeUninitializedCapacity: max(1, total)) { ht, htCount in
                hits.lasts = [Int32](unsafeUninitializedCapacity: keepLasts ? max(1, total) : 1) { hl, hlCount in
                    slices.withUnsafeMutableBufferPointer { out in
                        let shared = UncheckedBox((hb, ht, hl, out))
                        DispatchQueue.concurrentPerform(iterations: chunks) { c in
                            let (hb, ht, hl, out) = shared.value
                            var memo = [Int32](repeating: Int32.min, count: vocabCount * compiled.flat.count)
                            var slice = Slice()
                            var histogram = [Int](repeating: 0, count: 256)
                            var n = bounds[c]
                            memo.withUnsafeMutableBufferPointer { memo in
                                scored.withUnsafeBufferPointer { contextScores in
                                    ByteScan.with(arrays, compiled, memo: memo, contextScores: UnsafeMutableBufferPointer(mutating: contextScores)) { scan in
                                        @inline(__always) func visit(_ k: Int, _ i: Int) {
                                            let (s, last, exact) = scan.score(i, from: first)
                                            guard s >= 0 else { return }
                                            var score: Int
                                            if exact {
                                                // Smart case: confirm with the exact matcher, which also scores.
                                                guard let m = compiled.source.match(BoothSearch.record(self.catalog.booths[i], in: self.catalog)) else { return }
                                                score = max(0, m.score)
                                                if keepLasts { hl[n] = 0 }
                                                slice.exact = true
                                            } else {
                                                score = s &+ Int(carried?[k] ?? 0)
                                                if keepLasts { hl[n] = Int32(truncatingIfNeeded: last) }
                                            }
                                            score = min(score, 1 << 20)
                                            hb[n] = Int32(truncatingIfNeeded: i)
                                            ht[n] = Int32(truncatingIfNeeded: score)
                                            n &+= 1
                                            if score >= histogram.count {
                                                histogram += [Int](repeating: 0, count: score + 1 - histogram.count)
                                            }
                                            histogram[score] &+= 1
                                        }
                                        let lo = bounds[c], hi = bounds[c + 1]
                                        // Memory is asked for ahead: the loop reads several arrays at
                                        // once, more than the processor follows by itself.
                                        // Heads twice as far ahead as the bytes they point to.
                                        let d = Self.prefetchDistance
                                        if let pool {
                                            pool.withUnsafeBufferPointer { pool in
                                                for k in lo..<hi {
                                                    if k &+ 2 &* d < hi { scan.prefetchHead(Int(pool[k &+ 2 &* d]), bytes: readsBytes) }
                                                    if readsBytes, k &+ d < hi { scan.prefetchBytes(Int(pool[k &+ d])) }
                                                    visit(k, Int(pool[k]))
                                                }
                                            }
                                        } else {
                                            for k in lo..<hi {
                                                if k &+ 2 &* d < hi { scan.prefetchHead(k &+ 2 &* d, bytes: readsBytes) }
                                                if readsBytes, k &+ d < hi { scan.prefetchBytes(k &+ d) }
                                                visit(k, k)
                                            }
                                        }
                                    }
                                }
                            }
                            slice.count = n - bounds[c]
                            slice.histogram = histogram
                            out[c] = slice
                        }
                    }
                    // The second core's hits follow the first's.
                    var n = slices[0].count
                    for c in 1..<chunks {
                        let from = bounds[c], count = slices[c].count
                        if from != n, count > 0, let b = hb.baseAddress, let t = ht.baseAddress {
                            (b + n).update(from: b + from, count: count)
                            (t + n).update(from: t + from, count: count)
                            if keepLasts, let l = hl.baseAddress { (l + n).update(from: l + from, count: count) }
                        }
                        n += count
                    }
                    found = n
                    hlCount = keepLasts ? n : 0
                }
                htCount = found
            }
            hbCount = found
        }
        // With one group, the last group's score is the whole score.
        if !keepLasts { hits.lasts = hits.totals }
        hits.exact = slices.contains { $0.exact }
        hits.histogram = [Int](repeating: 0, count: slices.map(\.histogram.count).max() ?? 0)
        for s in slices { for (score, c) in s.histogram.enumerated() { hits.histogram[score] += c } }
        return hits
    }

    /// Puts the best `rankedLimit` hits (all with `rankAll`) in order: score, then the tie-break
    /// rank; the rest follow in catalogue order. The best `exactScoringLimit` are scored again
    /// by the exact matcher, as `BoothSearch.search` scores them. On both cores for many hits.
    func order(_ hits: Hits, query: SearchQuery, rankAll: Bool) -> (booths: [Int32], scores: [Int32]) {
        let booths = hits.booths, scores = hits.totals
        let count = booths.count
        let rank = arrays.rank
        // Sort keys: a higher score first, then the lower rank. Ranks are distinct, so keys are.
        @Sendable func key(_ j: Int) -> UInt64 {
            (UInt64(UInt32(Int32.max - scores[j])) << 32) | UInt64(UInt32(rank[Int(booths[j])]))
        }
        let k = rankAll ? count : min(count, Self.rankedLimit)
        let chunks = count >= 20_000 ? 2 : 1
        let bounds = (0...chunks).map { count * $0 / chunks }
        var keys: [UInt64]
        if k == count {
            keys = (0..<count).map { key($0) }
        } else {
            keys = Self.bestPositions(hits, k, bounds: bounds, rank: rank).map { key($0) }
        }
        keys.sort()
        keys.removeLast(keys.count - k)
        // Positions (into `booths`) of the ranked hits, in catalogue order.
        let headPositions = Self.positions(of: keys, booths: booths, byRank: arrays.byRank)
        let byRank = arrays.byRank
        var outBooths = [Int32](), outScores = [Int32]()
        outBooths = [Int32](unsafeUninitializedCapacity: max(1, count)) { ob, obCount in
            outScores = [Int32](unsafeUninitializedCapacity: max(1, count)) { os, osCount in
                for (n, key) in keys.enumerated() {
                    ob[n] = byRank[Int(key & 0xFFFF_FFFF)]
                    os[n] = Int32.max - Int32(truncatingIfNeeded: key >> 32)
                }
                if k < count {
                    // The rest in catalogue order, so a narrowed search and a fresh one agree.
                    Self.writeRest(booths, scores, skipping: headPositions, from: k, bounds: bounds, into: ob, os)
                }
                osCount = count
            }
            obCount = count
        }
        // The best results by the quick score are scored again exactly, as `BoothSearch.search`
        // does, so the rows a person sees first are in the matcher's order.
        rescoreExactly(&outBooths, &outScores, query: query)
        return (outBooths, outScores)
    }

    /// Writes the hits not at `headPositions` from place `k` on, in catalogue order; each core
    /// writes its share where the ones before it end.
    static func writeRest(_ booths: [Int32], _ scores: [Int32], skipping headPositions: [Int], from k: Int, bounds: [Int],
                          into ob: UnsafeMutableBufferPointer<Int32>, _ os: UnsafeMutableBufferPointer<Int32>) {
        let chunks = bounds.count - 1
        var starts = [Int](repeating: k, count: chunks + 1)
        var h = 0
        for c in 0..<chunks {
            let before = h
            while h < headPositions.count, headPositions[h] < bounds[c + 1] { h += 1 }
            starts[c + 1] = starts[c] + (bounds[c + 1] - bounds[c]) - (h - before)
        }
        let shared = UncheckedBox((ob, os))
        let from = starts
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let (ob, os) = shared.value
            var n = from[c]
            var h = headPositions.firstIndex { $0 >= bounds[c] } ?? headPositions.count
            booths.withUnsafeBufferPointer { b in
                scores.withUnsafeBufferPointer { sc in
                    for j in bounds[c]..<bounds[c + 1] {
                        if h < headPositions.count, headPositions[h] == j { h += 1; continue }
                        ob[n] = b[j]
                        os[n] = sc[j]
                        n += 1
                    }
                }
            }
        }
    }

    /// Positions (into `hits.booths`) of the best `k` hits by score and, at the lowest score
    /// taken, by rank, in no particular order; on both cores for many hits.
    static func bestPositions(_ hits: Hits, _ k: Int, bounds: [Int], rank: [Int32]) -> [Int] {
        let booths = hits.booths, scores = hits.totals
        let chunks = bounds.count - 1
        // Find the score at which the best k end; each core then takes its hits above it
        // and, of those with exactly that score, the `need` of lowest rank.
        let counts = hits.histogram
        var threshold = counts.count - 1, taken = 0
        while threshold > 0, taken + counts[threshold] < k { taken += counts[threshold]; threshold -= 1 }
        let need = k - taken
        let t = Int32(threshold)
        var parts = [[Int]](repeating: [], count: chunks)
        parts.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBox(out)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                var head: [Int] = [], level: [Int] = []
                scores.withUnsafeBufferPointer { sc in
                    for j in bounds[c]..<bounds[c + 1] {
                        let s = sc[j]
                        if s > t { head.append(j) } else if s == t { level.append(j) }
                    }
                }
                out.value[c] = head + Self.lowestRanks(level, need, rank: { Int(rank[Int(booths[$0])]) }, ranks: rank.count)
            }
        }
        return parts.flatMap { $0 }
    }

    /// Scores the best `exactScoringLimit` hits again with the exact matcher, and orders them by it.
    func rescoreExactly(_ outBooths: inout [Int32], _ outScores: inout [Int32], query: SearchQuery) {
        let count = outBooths.count
        let rank = arrays.rank
        let top = min(count, Self.exactScoringLimit)
        if top > 0 {
            // On both cores: the exact matcher costs microseconds a booth.
            let chunks = top >= 50 ? 2 : 1
            var parts = [[(booth: Int, score: Int)]](repeating: [], count: chunks)
            let heads = Array(outBooths[0..<top])
            parts.withUnsafeMutableBufferPointer { out in
                let out = UncheckedBox(out)
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    var cache = SearchQuery.MatchCache()
                    out.value[c] = (top * c / chunks..<top * (c + 1) / chunks).compactMap { j in
                        query.match(BoothSearch.record(self.catalog.booths[Int(heads[j])], in: self.catalog), cache: &cache).map { (Int(heads[j]), $0.score) }
                    }
                }
            }
            var rescored = parts.flatMap { $0 }
            rescored.sort { a, b in a.score != b.score ? a.score > b.score : rank[a.booth] < rank[b.booth] }
            outBooths.replaceSubrange(0..<top, with: rescored.map { Int32(truncatingIfNeeded: $0.booth) })
            outScores.replaceSubrange(0..<top, with: rescored.map { Int32(clamping: $0.score) })
        }
    }

    /// Where the booths of `keys` (by rank) stand in `booths` (catalogue order), ascending.
    static func positions(of keys: [UInt64], booths: [Int32], byRank: [Int32]) -> [Int] {
        let wanted = keys.map { byRank[Int($0 & 0xFFFF_FFFF)] }.sorted()
        var out: [Int] = []
        out.reserveCapacity(wanted.count)
        // Both lists ascend: one binary search each.
        for b in wanted {
            var lo = out.last.map { $0 + 1 } ?? 0, hi = booths.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if booths[mid] < b { lo = mid + 1 } else { hi = mid }
            }
            out.append(lo)
        }
        return out
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
}
