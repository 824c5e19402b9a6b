import CPrefetch

/// The scanning loop of `BoothSearchIndex`: a compiled query checked against one booth's bytes,
/// over raw buffers.
struct ByteScan {
    typealias Tag = BoothSearchIndex.Tag
    typealias Builder = SearchIndexBuilder
    let own: UnsafeBufferPointer<UInt8>
    let refs: UnsafeBufferPointer<UInt32>
    let heads: UnsafeBufferPointer<Builder.BoothHead>
    let contextRefs: UnsafeBufferPointer<UInt32>
    let contextStarts: UnsafeBufferPointer<Int>
    let vocab: UnsafeBufferPointer<UInt8>
    let vocabStarts: UnsafeBufferPointer<Int>
    let vocabMasks: UnsafeBufferPointer<UInt64>
    let areas: UnsafeBufferPointer<Double>
    let cold: UnsafeBufferPointer<Builder.ColdMasks>
    let ownTags: UInt32
    let terms: UnsafeBufferPointer<CompiledQuery.Flat>
    let patterns: UnsafeBufferPointer<UInt8>
    /// The field terms' rules (see `CompiledQuery.Flat.rule`).
    let rules: [FieldMatcher]
    /// Per term and shared string: its quick score, -1 for no match, `Int32.min` not yet known.
    let memo: UnsafeMutableBufferPointer<Int32>
    /// Per term and context: the best quick score of its strings, -1 for none (see `scoreContexts`).
    let contextScores: UnsafeMutableBufferPointer<Int32>
    let vocabCount: Int
    let contextCount: Int

    /// Runs `body` with a scanner over `arrays` for `query`.
    static func with(_ a: Builder.Arrays, _ query: CompiledQuery, memo: UnsafeMutableBufferPointer<Int32>,
                     contextScores: UnsafeMutableBufferPointer<Int32>, _ body: (ByteScan) -> Void) {
        a.own.withUnsafeBufferPointer { own in
        a.refs.withUnsafeBufferPointer { refs in
        a.heads.withUnsafeBufferPointer { heads in
        a.contextRefs.withUnsafeBufferPointer { contextRefs in
        a.contextStarts.withUnsafeBufferPointer { contextStarts in
        a.vocabulary.bytes.withUnsafeBufferPointer { vocab in
        a.vocabulary.starts.withUnsafeBufferPointer { vocabStarts in
        a.vocabulary.masks.withUnsafeBufferPointer { vocabMasks in
        a.areas.withUnsafeBufferPointer { areas in
        a.cold.withUnsafeBufferPointer { cold in
        query.flat.withUnsafeBufferPointer { terms in
        query.patterns.withUnsafeBufferPointer { patterns in
            body(ByteScan(own: own, refs: refs, heads: heads,
                          contextRefs: contextRefs, contextStarts: contextStarts, vocab: vocab, vocabStarts: vocabStarts,
                          vocabMasks: vocabMasks, areas: areas, cold: cold, ownTags: a.ownTags, terms: terms,
                          patterns: patterns, rules: query.rules, memo: memo, contextScores: contextScores, vocabCount: vocabMasks.count,
                          contextCount: contextStarts.count - 1))
        }}}}}}}}}}}}
    }

    /// Starts loading booth `i`'s head, and the cold masks when the query reads no bytes.
    @inline(__always)
    func prefetchHead(_ i: Int, bytes: Bool) {
        if let base = heads.baseAddress { pavilion_prefetch(base + i) }
        if !bytes, let base = cold.baseAddress { pavilion_prefetch(base + i) }
    }

    /// Starts loading booth `i`'s own bytes and references (its head should be loaded).
    @inline(__always)
    func prefetchBytes(_ i: Int) {
        let h = heads[i]
        if let base = own.baseAddress { pavilion_prefetch(base + h.ownStart) }
        if let base = refs.baseAddress { pavilion_prefetch(base + h.refStart) }
    }

    /// Fills `contextScores`: for each text term, the best score of each context's strings.
    func scoreContexts() {
        for (ti, t) in terms.enumerated() where !t.isCompare {
            let pat = pattern(t)
            for c in 0..<contextCount {
                var best: Int32 = -1
                for r in contextStarts[c]..<contextStarts[c + 1] {
                    let sc = shared(t, ti, pat, refs: contextRefs, r)
                    if sc > best { best = sc }
                }
                contextScores[ti * contextCount + c] = best
            }
        }
    }

    @inline(__always)
    func pattern(_ t: CompiledQuery.Flat) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: patterns[t.patternStart..<(t.patternStart + t.patternCount)])
    }

    /// The score of shared string `list[r]` for term `t` (number `ti`): -1 when its tag is not
    /// the term's or it does not match; each string is matched once per term.
    @inline(__always)
    func shared(_ t: CompiledQuery.Flat, _ ti: Int, _ pat: UnsafeBufferPointer<UInt8>, refs list: UnsafeBufferPointer<UInt32>, _ r: Int) -> Int32 {
        let ref = list[r]
        guard t.tags & (1 << (ref >> Builder.idBits)) != 0 else { return -1 }
        let id = Int(ref & Builder.idMask)
        let slot = ti &* vocabCount &+ id
        var sc = memo[slot]
        if sc == Int32.min {
            let lo = vocabStarts[id], hi = vocabStarts[id + 1]
            if t.rule >= 0 {
                sc = rules[t.rule].score(folded: UnsafeBufferPointer(rebasing: vocab[lo..<hi]))
            } else {
                sc = t.required & ~vocabMasks[id] != 0 || hi - lo < pat.count ? -1 : Int32(ByteScan.match(pat, vocab, lo, hi, t.mode))
            }
            memo[slot] = sc
        }
        // A name's Latin form scores a little less than the name (see `SearchQuery.romanisedPenalty`).
        if sc > 0, ref >> Builder.idBits == UInt32(Tag.roman.rawValue) { return max(0, sc &- Int32(SearchQuery.romanisedPenalty)) }
        return sc
    }

    /// The quick score of booth `i` over the terms from `first` on (-1 when it does not match),
    /// the score of the last group alone, and whether the exact matcher must confirm it.
    @inline(__always)
    func score(_ i: Int, from first: Int = 0) -> (total: Int, last: Int, needsExact: Bool) {
        if terms.count &- first == 1 {
            // One term (the usual case, and every second keystroke): no groups to walk.
            let t = terms[first]
            let (hit, s) = test(t, first, i)
            guard hit != t.negated else { return (-1, 0, false) }
            let best = t.negated ? 0 : s
            return (best, best, t.needsExactCheck)
        }
        var total = 0
        var best = 0
        var needsExact = false
        var k = first
        let n = terms.count
        while k < n {
            let group = terms[k].group
            var ok = false
            best = 0
            while k < n, terms[k].group == group {
                let t = terms[k]
                let (hit, s) = test(t, k, i)
                if hit != t.negated {
                    ok = true
                    if !t.negated, s > best { best = s }
                    if t.needsExactCheck { needsExact = true }
                }
                k += 1
            }
            if !ok { return (-1, 0, false) }
            total += best
        }
        return (total, best, needsExact)
    }

    /// Whether term `t` (number `ti`) matches booth `i`, and its quick score.
    @inline(__always)
    func test(_ t: CompiledQuery.Flat, _ ti: Int, _ i: Int) -> (Bool, Int) {
        if t.isCompare {
            let a = areas[i]
            return (!a.isNaN && t.op.holds(a, t.value), 0)
        }
        // Characters the term needs but the booth lacks: no match, without reading its bytes.
        let m = heads[i]
        if t.required & ~m.all != 0 { return (false, 0) }
        if t.singleTextLetter {
            // A one-letter fuzzy term over the text fields is decided by the mask; the name
            // scores a little more, and the best results are scored again exactly.
            let c = cold[i]
            guard c.text & t.required != 0 else { return (false, 0) }
            // 20 in the name, else 16, without a branch.
            return (true, 16 &+ 4 &* Int(truncatingIfNeeded: (c.name & t.required) &>> UInt64(t.required.trailingZeroBitCount)))
        }
        let pat = pattern(t)
        var best = -1
        // The booth's own segments, the name first, unless they lack a character of the term.
        // Each segment is a tag byte and folded text; the booth's run ends with a 0 byte.
        if t.tags & ownTags != 0, t.required & ~m.own == 0 {
            var s = m.ownStart
            while true {
                let tag = own[s]
                if tag == 0 { break }
                var e = s &+ 1
                if t.tags & (1 << UInt32(tag)) != 0 {
                    if t.mode == .fuzzy {
                        var (sc, stop) = ByteScan.fuzzy(pat, own, s &+ 1)
                        if sc > 0, tag == Tag.roman.rawValue { sc = max(0, sc &- SearchQuery.romanisedPenalty) }
                        if sc >= 0 {
                            if tag == Tag.name.rawValue { return (true, sc + 4) }
                            if sc > best { best = sc }
                        }
                        e = stop
                    } else {
                        if let base = own.baseAddress { e = ByteScan.end(base, from: e) }
                        if t.rule >= 0 || e - s - 1 >= pat.count {
                            var sc = t.rule >= 0 ? Int(rules[t.rule].score(folded: UnsafeBufferPointer(rebasing: own[(s + 1)..<e])))
                                                 : ByteScan.match(pat, own, s + 1, e, t.mode)
                            if sc > 0, tag == Tag.roman.rawValue { sc = max(0, sc - SearchQuery.romanisedPenalty) }
                            if sc >= 0 {
                                if tag == Tag.name.rawValue { return (true, sc + 4) }
                                if sc > best { best = sc }
                            }
                        }
                    }
                }
                if let base = own.baseAddress { e = ByteScan.end(base, from: e) }
                s = e
            }
        }
        // Shared strings: the booth's and its exhibitor's, then its expo's and delegation's.
        for r in m.refStart..<(m.refStart &+ Int(m.refCount)) {
            let sc = Int(shared(t, ti, pat, refs: refs, r))
            if sc > best { best = sc }
        }
        let cs = Int(contextScores[ti &* contextCount &+ Int(m.context)])
        if cs > best { best = cs }
        return (best >= 0, max(0, best))
    }

    /// Fuzzy match of a folded pattern in the segment starting at `lo`, which ends at the first
    /// byte below 14: the quick score (as `match` gives it) and where the scan stopped, or
    /// -1 and the segment's end. One pass, however the segment ends.
    @inline(__always)
    static func fuzzy(_ p: UnsafeBufferPointer<UInt8>, _ buf: UnsafeBufferPointer<UInt8>, _ lo: Int) -> (Int, Int) {
        let m = p.count
        if m == 0 { return (0, lo) }
        var pi = 0
        var score = 0
        var prev = -2
        var j = lo
        var want = p[0]
        guard let base = buf.baseAddress else { return (-1, lo) }
        while true {
            j = ByteScan.find(want, base, from: j)
            let c = buf[j]
            if c == want {
                var len = 1
                var ok = true
                if want >= 0xC0 {
                    // A multi-byte character matches whole; a segment's end byte (below 14)
                    // never equals a continuation byte, so this stops inside the segment.
                    len = want >= 0xF0 ? 4 : (want >= 0xE0 ? 3 : 2)
                    var k = 1
                    while k < len { if buf[j &+ k] != p[pi &+ k] { ok = false; break }; k &+= 1 }
                }
                if ok {
                    score &+= 16
                    if j == lo { score &+= 8 } else {
                        let b = buf[j &- 1]
                        if b == 0x20 || b == 0x2D || b == 0x2E || b == 0x2C || b == 0x28 || b == 0x2F || b == 0x5F { score &+= 8 }
                    }
                    if j == prev &+ 1 { score &+= 4 }
                    prev = j &+ len &- 1
                    pi &+= len
                    if pi == m { return (score - min(j - lo, 15) / 5, j &+ len) }
                    j &+= len
                    want = p[pi]
                    continue
                }
            } else if c < BoothSearchIndex.Tag.endBelow {
                return (-1, j)
            }
            j &+= 1
        }
    }

    /// The first position at or after `j` of byte `want` or of a byte below 14 (a segment's
    /// end), eight bytes at a time. The buffer must hold eight bytes past any segment's end.
    @inline(__always)
    static func find(_ want: UInt8, _ base: UnsafePointer<UInt8>, from j: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let w = UInt64(want) &* ones, fourteen = UInt64(Tag.endBelow) &* ones
        var p = j
        while true {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            // Bytes equal to `want`, and bytes below 14: the lowest flagged byte is exact.
            let eq = x ^ w
            let hit = ((eq &- ones) & ~eq & highs) | ((x &- fourteen) & ~x & highs)
            if hit != 0 { return p &+ hit.trailingZeroBitCount >> 3 }
            p &+= 8
        }
    }

    /// The end of the segment holding `j`: the first byte below 14 at or after it.
    @inline(__always)
    static func end(_ base: UnsafePointer<UInt8>, from j: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let fourteen = UInt64(Tag.endBelow) &* ones
        var p = j
        while true {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            let hit = (x &- fourteen) & ~x & highs
            if hit != 0 { return p &+ hit.trailingZeroBitCount >> 3 }
            p &+= 8
        }
    }

    /// Byte-level match of a folded pattern in one segment; -1 when it does not match, else a
    /// quick score (16 a byte, +8 at a word start, +4 when consecutive).
    static func match(_ p: UnsafeBufferPointer<UInt8>, _ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ mode: QueryTerm.Mode) -> Int {
        let m = p.count, n = hi - lo
        guard m <= n else { return -1 }
        @inline(__always) func boundary(_ j: Int) -> Bool {
            if j == lo { return true }
            let c = buf[j - 1]
            return c == 0x20 || c == 0x2D || c == 0x2E || c == 0x2C || c == 0x28 || c == 0x2F || c == 0x5F
        }
        switch mode {
        case .fuzzy:
            // Pattern characters are matched whole: a multi-byte character must match all its
            // bytes at one place, so the scan agrees with a subsequence of characters.
            var pi = 0
            var score = 0
            var prev = -2
            var j = lo
            while j < hi {
                let first = p[pi]
                if buf[j] == first {
                    var len = 1
                    if first >= 0xC0 { len = first >= 0xF0 ? 4 : (first >= 0xE0 ? 3 : 2) }
                    var ok = j + len <= hi
                    var k = 1
                    while ok, k < len { if buf[j + k] != p[pi + k] { ok = false }; k += 1 }
                    if ok {
                        score += 16
                        if boundary(j) { score += 8 }
                        if j == prev + 1 { score += 4 }
                        prev = j + len - 1
                        pi += len
                        if pi == m { return score - min(j - lo, 15) / 5 }
                        j += len
                        continue
                    }
                }
                j += 1
            }
            return -1
        case .exact, .prefix, .suffix, .whole:
            let starts: StrideThrough<Int>
            switch mode {
            case .prefix: starts = stride(from: lo, through: lo, by: 1)
            case .suffix: starts = stride(from: hi - m, through: hi - m, by: 1)
            case .whole: guard m == n else { return -1 }; starts = stride(from: lo, through: lo, by: 1)
            default: starts = stride(from: lo, through: hi - m, by: 1)
            }
            for s in starts {
                var k = 0
                while k < m, buf[s + k] == p[k] { k += 1 }
                if k == m { return 16 * m + 4 * (m - 1) + (boundary(s) ? 16 : 0) }
            }
            return -1
        }
    }
}
