/// The scanning loop of `BoothSearchIndex`: a compiled query checked against one booth's bytes,
/// over raw buffers.
struct ByteScan {
    typealias Tag = BoothSearchIndex.Tag
    let own: UnsafeBufferPointer<UInt8>
    let ownStarts: UnsafeBufferPointer<Int>
    let refTags: UnsafeBufferPointer<UInt8>
    let refIDs: UnsafeBufferPointer<UInt32>
    let refStarts: UnsafeBufferPointer<Int>
    let vocab: UnsafeBufferPointer<UInt8>
    let vocabStarts: UnsafeBufferPointer<Int>
    let vocabMasks: UnsafeBufferPointer<UInt64>
    let areas: UnsafeBufferPointer<Double>
    let masks: UnsafeBufferPointer<BoothSearchIndex.Masks>
    let terms: UnsafeBufferPointer<CompiledQuery.Flat>
    let patterns: UnsafeBufferPointer<UInt8>
    /// Per term and shared string: its quick score, -1 for no match, `Int32.min` not yet known.
    let memo: UnsafeMutableBufferPointer<Int32>
    let vocabCount: Int

    /// Runs `body` with a scanner over `arrays` for `query`.
    static func with(_ a: SearchIndexBuilder.Arrays, _ query: CompiledQuery, _ memo: UnsafeMutableBufferPointer<Int32>, _ body: (ByteScan) -> Void) {
        a.own.withUnsafeBufferPointer { own in
        a.ownStarts.withUnsafeBufferPointer { ownStarts in
        a.refTags.withUnsafeBufferPointer { refTags in
        a.refIDs.withUnsafeBufferPointer { refIDs in
        a.refStarts.withUnsafeBufferPointer { refStarts in
        a.vocabulary.bytes.withUnsafeBufferPointer { vocab in
        a.vocabulary.starts.withUnsafeBufferPointer { vocabStarts in
        a.vocabulary.masks.withUnsafeBufferPointer { vocabMasks in
        a.areas.withUnsafeBufferPointer { areas in
        a.masks.withUnsafeBufferPointer { masks in
        query.flat.withUnsafeBufferPointer { terms in
        query.patterns.withUnsafeBufferPointer { patterns in
            body(ByteScan(own: own, ownStarts: ownStarts, refTags: refTags, refIDs: refIDs, refStarts: refStarts, vocab: vocab,
                          vocabStarts: vocabStarts, vocabMasks: vocabMasks, areas: areas, masks: masks, terms: terms,
                          patterns: patterns, memo: memo, vocabCount: vocabMasks.count))
        }}}}}}}}}}}}
    }

    /// The quick score of booth `i` (-1 when it does not match) and whether the exact matcher
    /// must confirm it.
    @inline(__always)
    func score(_ i: Int) -> (Int, Bool) {
        var total = 0
        var needsExact = false
        var k = 0
        let n = terms.count
        while k < n {
            let group = terms[k].group
            var ok = false
            var best = 0
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
            if !ok { return (-1, false) }
            total += best
        }
        return (total, needsExact)
    }

    /// Whether term `t` (number `ti`) matches booth `i`, and its quick score.
    @inline(__always)
    func test(_ t: CompiledQuery.Flat, _ ti: Int, _ i: Int) -> (Bool, Int) {
        if t.isCompare {
            let a = areas[i]
            return (!a.isNaN && t.op.holds(a, t.value), 0)
        }
        // Letters the term needs but the booth lacks: no match, without reading its bytes.
        let m = masks[i]
        if t.required & ~m.all != 0 { return (false, 0) }
        if t.singleTextLetter {
            // A one-letter fuzzy term over the text fields is decided by the mask; the name
            // scores a little more, and the best results are scored again exactly.
            guard m.text & t.required != 0 else { return (false, 0) }
            return (true, m.name & t.required != 0 ? 20 : 16)
        }
        let pat = UnsafeBufferPointer(rebasing: patterns[t.patternStart..<(t.patternStart + t.patternCount)])
        var best = -1
        // The booth's own segments, the name first, unless they lack a character of the term.
        if t.tags & CompiledQuery.ownTags != 0, t.required & ~m.own == 0 {
            var s = ownStarts[i]
            let hi = ownStarts[i + 1]
            while s < hi {
                let tag = own[s]
                var e = s + 1
                while e < hi, own[e] > 12 { e += 1 }
                if t.tags & (1 << UInt32(tag)) != 0, e - s - 1 >= pat.count {
                    let sc = ByteScan.match(pat, own, s + 1, e, t.mode)
                    if sc >= 0 {
                        if tag == Tag.name.rawValue { return (true, sc + 4) }
                        if sc > best { best = sc }
                    }
                }
                s = e
            }
        }
        // Shared strings, each matched once per term.
        let base = ti * vocabCount
        for r in refStarts[i]..<refStarts[i + 1] where t.tags & (1 << UInt32(refTags[r])) != 0 {
            let id = Int(refIDs[r])
            var sc = memo[base + id]
            if sc == Int32.min {
                let lo = vocabStarts[id], hi = vocabStarts[id + 1]
                sc = t.required & ~vocabMasks[id] != 0 || hi - lo < pat.count ? -1 : Int32(ByteScan.match(pat, vocab, lo, hi, t.mode))
                memo[base + id] = sc
            }
            if sc > best { best = Int(sc) }
        }
        return (best >= 0, max(0, best))
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
