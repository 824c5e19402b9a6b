import Dispatch

/// A search index over every booth of a catalogue, built once, for searching large catalogues
/// quickly: each booth's searchable fields are folded (lower case, no diacritics) and stored as
/// tagged UTF-8 segments in one flat buffer.
///
/// A query is checked first on these bytes, on both cores; a match on bytes is necessary for a
/// real match, and only candidates whose query needs it (non-ASCII or capital letters) are checked
/// again with the exact matcher. The result set is therefore the same as `BoothSearch.search`'s.
/// When a query only grows, the search runs within the previous result (narrowing).
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
    private let bytes: [UInt8]
    private let starts: [Int]
    /// Each booth's place in the order (name width, name): the tie-break order of results.
    private let rank: [Int32]
    private let areas: [Double]
    /// Per booth, which of a–z and 0–9 occur: in its text fields, in its name, in any field.
    /// A term whose letters are not all there cannot match, and a one-letter term is decided
    /// by the mask alone.
    private let masks: [Masks]

    struct Masks: Sendable {
        var text: UInt64 = 0
        var name: UInt64 = 0
        var all: UInt64 = 0
    }

    /// The mask bit of a folded byte: a–z and 0–9 have one each; other bytes none.
    @inline(__always)
    static func bit(_ b: UInt8) -> UInt64 {
        if b >= 0x61 && b <= 0x7A { return 1 << UInt64(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return 1 << UInt64(26 + b - 0x30) }
        return 0
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
    }

    /// How many of the best results (by the quick score on bytes) are scored again by the exact
    /// matcher. Results up to this size come out in exactly `BoothSearch.search`'s order.
    public static let exactScoringLimit = 200

    /// How many of the best matches a search puts in order unless asked to rank all.
    public static let rankedLimit = 2_000

    /// One slice of the index, built on its own core.
    private struct Part {
        var starts: [Int] = []
        var bytes: [UInt8] = []
        var areas: [Double] = []
        var masks: [Masks] = []
        var names: [String] = []
    }

    /// Folds booths `range` of `catalog` into tagged segments.
    private static func build(_ catalog: Catalog, _ range: Range<Int>) -> Part {
        var part = Part()
        let n = range.count
        part.masks.reserveCapacity(n)
        part.starts.reserveCapacity(n)
        part.bytes.reserveCapacity(n * 96)
        part.areas.reserveCapacity(n)
        part.names.reserveCapacity(n)
        func fold(_ s: String) -> [UInt8] { CompiledQuery.fold(s) }
        var cache: [String: [UInt8]] = [:]
        func cached(_ s: String) -> [UInt8] {
            if let c = cache[s] { return c }
            let f = fold(s)
            if cache.count < 200_000 { cache[s] = f }
            return f
        }
        for i in range {
            let b = catalog.booths[i]
            part.starts.append(part.bytes.count)
            let x = catalog.exhibitor(b.exhibitor)
            let d = b.delegation.flatMap { catalog.delegation($0) }
            let e = catalog.expo(b.expo)
            var m = Masks()
            func add(_ tag: Tag, _ folded: [UInt8]) {
                var bits: UInt64 = 0
                for b in folded { bits |= Self.bit(b) }
                m.all |= bits
                if tag.isText { m.text |= bits }
                if tag == .name { m.name |= bits }
                part.bytes.append(tag.rawValue)
                part.bytes.append(contentsOf: folded)
            }
            let name = x?.name ?? b.exhibitor
            part.names.append(name)
            add(.name, fold(name))
            if let l = x?.localName { add(.local, fold(l)) }
            for p in b.products { add(.product, cached(p)) }
            for s in x?.sectors ?? [] { add(.sector, cached(s)) }
            if let d { add(.delegation, cached(d.name)) }
            if let c = b.code { add(.code, fold(c)) }
            if let h = b.hall { add(.hall, cached(h)) }
            if let e { add(.expo, cached(e.name)) }
            for c in [x?.country, d?.country].compactMap({ $0 }) { add(.country, cached(c)) }
            if let k = d?.kind { add(.kind, cached(k.rawValue)) }
            if let e {
                add(.expoKey, cached(e.id))
                if let s = e.start { add(.expoKey, cached(s)) }
            }
            if let r = d?.region { add(.region, cached(r)) }
            part.areas.append(b.areaSqm ?? .nan)
            part.masks.append(m)
        }
        return part
    }

    /// Indexes every booth, on both cores for large catalogues.
    public init(_ catalog: Catalog) {
        self.catalog = catalog
        let n = catalog.booths.count
        let chunks = n >= 20_000 ? 2 : 1
        var parts = [Part](repeating: Part(), count: chunks)
        parts.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBox(out)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                out.value[c] = Self.build(catalog, (n * c / chunks)..<(n * (c + 1) / chunks))
            }
        }
        var starts: [Int] = []
        var bytes: [UInt8] = []
        var areas: [Double] = []
        var masks: [Masks] = []
        var names: [String] = []
        starts.reserveCapacity(n + 1)
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        for part in parts {
            let base = bytes.count
            starts.append(contentsOf: part.starts.map { $0 + base })
            bytes.append(contentsOf: part.bytes)
            areas.append(contentsOf: part.areas)
            masks.append(contentsOf: part.masks)
            names.append(contentsOf: part.names)
        }
        parts = []
        starts.append(bytes.count)
        // Tie-break order: shorter name first, then name order.
        let counts = names.map(\.count)
        let order = names.indices.sorted { a, b in
            let ca = counts[a], cb = counts[b]
            if ca != cb { return ca < cb }
            if names[a] != names[b] { return names[a] < names[b] }
            return a < b
        }
        var rank = [Int32](repeating: 0, count: n)
        for (r, i) in order.enumerated() { rank[i] = Int32(r) }
        self.rank = rank
        self.bytes = bytes
        self.starts = starts
        self.areas = areas
        self.masks = masks
    }

    // MARK: Searching

    /// Booths matching `query`, best first (then shorter name, then name order).
    /// - Parameters:
    ///   - previous: the result of a shorter query typed just before, over the same candidates;
    ///     when the new query only narrows it, only its booths are checked.
    ///   - candidates: limit the search to these booth positions (e.g. one pane's booths).
    ///   - rankAll: put every match in order; otherwise only the best `rankedLimit` or so are
    ///     ordered and the rest follow in catalogue order.
    public func search(_ query: SearchQuery, within previous: Result? = nil, candidates: [Int]? = nil, rankAll: Bool = false) -> Result {
        let narrowable = Self.isNarrowable(query)
        var pool: [Int]? = candidates
        if let previous, previous.narrowable, narrowable, Self.narrows(query, previous.query) {
            pool = previous.booths
        }
        if query.isEmpty {
            let all = pool ?? Array(catalog.booths.indices)
            let sorted = all.sorted { rank[$0] < rank[$1] }
            return Result(query: query, booths: sorted, scores: Array(repeating: 0, count: sorted.count), narrowable: narrowable)
        }
        let compiled = CompiledQuery(query)
        let fixedPool = pool
        let total = fixedPool?.count ?? catalog.booths.count
        let chunks = total >= 20_000 ? 2 : 1
        var parts = [[(Int, Int)]](repeating: [], count: chunks)
        parts.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBox(out)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = total * c / chunks, hi = total * (c + 1) / chunks
                var found: [(Int, Int)] = []
                self.bytes.withUnsafeBufferPointer { buf in
                    compiled.flat.withUnsafeBufferPointer { terms in
                        compiled.patterns.withUnsafeBufferPointer { pats in
                            self.starts.withUnsafeBufferPointer { starts in
                                self.areas.withUnsafeBufferPointer { areas in
                                  self.masks.withUnsafeBufferPointer { masks in
                                    let scan = Scan(buf: buf, terms: terms, patterns: pats, starts: starts, areas: areas, masks: masks)
                                    for k in lo..<hi {
                                        let i = fixedPool?[k] ?? k
                                        let (s, exact) = scan.score(i)
                                        guard s >= 0 else { continue }
                                        if exact {
                                            // Smart case: confirm with the exact matcher, which also scores.
                                            guard let m = compiled.source.match(BoothSearch.record(self.catalog.booths[i], in: self.catalog)) else { continue }
                                            found.append((i, m.score))
                                        } else {
                                            found.append((i, s))
                                        }
                                    }
                                }
                                  }
                            }
                        }
                    }
                }
                out.value[c] = found
            }
        }
        var all = parts.flatMap { $0 }
        let order = self.rank
        let better = { (a: (Int, Int), b: (Int, Int)) -> Bool in
            if a.1 != b.1 { return a.1 > b.1 }
            return order[a.0] < order[b.0]
        }
        if rankAll || all.count <= Self.rankedLimit {
            all.sort(by: better)
        } else {
            // Only the best `rankedLimit` are put in order; finding them takes one pass
            // over the scores (counting), not a sort of every match.
            let maxScore = all.reduce(0) { max($0, $1.1) }
            var counts = [Int](repeating: 0, count: maxScore + 1)
            for h in all { counts[h.1] += 1 }
            var threshold = maxScore, taken = 0
            while threshold > 0, taken + counts[threshold] < Self.rankedLimit { taken += counts[threshold]; threshold -= 1 }
            var head = all.filter { $0.1 >= threshold }
            var tail = all.filter { $0.1 < threshold }
            // The rest in catalogue order, so a narrowed search and a fresh one agree.
            if fixedPool != nil { tail.sort { $0.0 < $1.0 } }
            head.sort(by: better)
            all = head + tail
        }
        // The best results by the quick score are scored again exactly, as `BoothSearch.search`
        // does, so the rows a person sees first are in the matcher's order.
        let top = min(all.count, Self.exactScoringLimit)
        if top > 0 {
            var head = Array(all[0..<top]).compactMap { hit in
                query.match(BoothSearch.record(catalog.booths[hit.0], in: catalog)).map { (hit.0, $0.score) }
            }
            head.sort(by: better)
            all.replaceSubrange(0..<top, with: head)
        }
        let booths: [Int] = all.map { $0.0 }
        let scores: [Int] = all.map { $0.1 }
        return Result(query: query, booths: booths, scores: scores, narrowable: narrowable)
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

    /// Orders two booths by exhibitor name, compared on the folded bytes (case and accents
    /// ignored), then by position.
    public func nameLess(_ a: Int, _ b: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buf in
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

    /// A query may narrow a previous result when it only adds restrictions as it grows:
    /// no negation, no alternatives and no numeric comparisons.
    static func isNarrowable(_ q: SearchQuery) -> Bool {
        !q.text.contains("!") && !q.text.contains("|") && q.groups.allSatisfy { g in
            g.count == 1 && g.allSatisfy { if case .compare = $0.kind { return false }; return !$0.negated }
        }
    }

    /// Byte-level match of a folded pattern in one segment; -1 when it does not match, else a
    /// quick score (16 a byte, +8 at a word start, +4 when consecutive).
    static func matchBytes(_ p: UnsafeBufferPointer<UInt8>, _ buf: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ mode: QueryTerm.Mode) -> Int {
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

/// The scanning loop over raw buffers.
struct Scan {
    let buf: UnsafeBufferPointer<UInt8>
    let terms: UnsafeBufferPointer<CompiledQuery.Flat>
    let patterns: UnsafeBufferPointer<UInt8>
    let starts: UnsafeBufferPointer<Int>
    let areas: UnsafeBufferPointer<Double>
    let masks: UnsafeBufferPointer<BoothSearchIndex.Masks>

    /// The quick score of booth `i` (-1 when it does not match) and whether the exact matcher
    /// must confirm it.
    @inline(__always)
    func score(_ i: Int) -> (Int, Bool) {
        let lo = starts[i], hi = starts[i + 1]
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
                let (hit, s) = test(t, i, lo, hi)
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

    @inline(__always)
    func test(_ t: CompiledQuery.Flat, _ i: Int, _ lo: Int, _ hi: Int) -> (Bool, Int) {
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
        var s = lo
        while s < hi {
            let tag = buf[s]
            var e = s + 1
            while e < hi, buf[e] > 12 { e += 1 }
            if t.tags & (1 << UInt32(tag)) != 0, e - s - 1 >= pat.count {
                let sc = BoothSearchIndex.matchBytes(pat, buf, s + 1, e, t.mode)
                if sc >= 0 {
                    if tag == BoothSearchIndex.Tag.name.rawValue { return (true, sc + 4) }
                    if sc > best { best = sc }
                }
            }
            s = e
        }
        return (best >= 0, max(0, best))
    }
}

/// A query compiled for the byte index.
struct CompiledQuery: Sendable {
    struct Term: Sendable {
        enum Kind: Sendable {
            case text([UInt8], QueryTerm.Mode, UInt32)
            case compare(QueryTerm.Comparison, Double)
        }
        var kind: Kind
        var negated: Bool
        /// True when bytes alone cannot decide the match.
        var needsExactCheck: Bool
    }

    let source: SearchQuery
    var groups: [[Term]] = []

    /// The same terms as plain values, group by group, for the scanning loop: no arrays inside,
    /// so two threads reading them never touch a shared reference count.
    struct Flat: Sendable {
        var group: Int
        var isCompare: Bool
        var mode: QueryTerm.Mode
        var tags: UInt32
        var patternStart: Int
        var patternCount: Int
        var op: QueryTerm.Comparison
        var value: Double
        var negated: Bool
        var needsExactCheck: Bool
        /// Mask bits of the letters and digits in the pattern.
        var required: UInt64 = 0
        /// A one-character fuzzy term (a letter or digit) over the text fields.
        var singleTextLetter = false
    }
    var flat: [Flat] = []
    var patterns: [UInt8] = []

    mutating func flatten() {
        for (gi, g) in groups.enumerated() {
            for t in g {
                switch t.kind {
                case let .text(p, mode, tags):
                    var f = Flat(group: gi, isCompare: false, mode: mode, tags: tags, patternStart: patterns.count, patternCount: p.count,
                                 op: .equal, value: 0, negated: t.negated, needsExactCheck: t.needsExactCheck)
                    for b in p { f.required |= BoothSearchIndex.bit(b) }
                    f.singleTextLetter = mode == .fuzzy && p.count == 1 && f.required != 0 && tags == Self.textTags
                    flat.append(f)
                    patterns.append(contentsOf: p)
                case let .compare(op, x):
                    flat.append(Flat(group: gi, isCompare: true, mode: .exact, tags: 0, patternStart: 0, patternCount: 0,
                                     op: op, value: x, negated: t.negated, needsExactCheck: false))
                }
            }
        }
    }

    static let textTags = mask([.name, .local, .product, .sector, .delegation, .code, .hall, .expo])

    static func mask(_ tags: [BoothSearchIndex.Tag]) -> UInt32 {
        tags.reduce(0) { $0 | (1 << UInt32($1.rawValue)) }
    }

    init(_ q: SearchQuery) {
        source = q
        typealias T = BoothSearchIndex.Tag
        let textTags = Self.textTags
        for g in q.groups {
            groups.append(g.map { t in
                switch t.kind {
                case let .text(s, mode):
                    // Bytes decide a case-insensitive match exactly (the fuzzy scan matches whole
                    // UTF-8 characters); smart case needs the exact matcher on candidates.
                    return Term(kind: .text(Self.fold(s), mode, textTags), negated: t.negated, needsExactCheck: t.caseSensitive && !t.negated)
                case let .field(f, s):
                    let tags: [T]
                    switch f {
                    case .name: tags = [.name, .local]
                    case .country: tags = [.country]
                    case .sector: tags = [.sector]
                    case .product: tags = [.product]
                    case .hall: tags = [.hall]
                    case .code: tags = [.code]
                    case .kind: tags = [.kind]
                    case .expo: tags = [.expo, .expoKey]
                    case .delegation: tags = [.delegation, .region]
                    case .area: tags = []
                    }
                    return Term(kind: .text(Self.fold(s), .exact, Self.mask(tags)), negated: t.negated, needsExactCheck: false)
                case let .compare(_, op, x):
                    return Term(kind: .compare(op, x), negated: t.negated, needsExactCheck: false)
                }
            })
        }
        flatten()
    }

    /// Folded lower-case UTF-8 of one code per grapheme (as `TextFolding.fold(_:).lower`);
    /// control characters become spaces so that bytes 1–12 can tag segments.
    static func fold(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        if s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            for b in s.utf8 {
                out.append(b < 0x20 ? 0x20 : (b >= 65 && b <= 90 ? b + 32 : b))
            }
            return out
        }
        for ch in s {
            let code = TextFolding.foldCharacter(ch).lower
            appendUTF8(code, to: &out)
        }
        return out
    }

    @inline(__always)
    static func appendUTF8(_ code: UInt32, to out: inout [UInt8]) {
        switch code {
        case ..<0x20: out.append(0x20)
        case ..<0x80: out.append(UInt8(code))
        case ..<0x800:
            out.append(UInt8(0xC0 | (code >> 6)))
            out.append(UInt8(0x80 | (code & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (code >> 12)))
            out.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (code & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (code >> 18)))
            out.append(UInt8(0x80 | ((code >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((code >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (code & 0x3F)))
        }
    }
}

/// Lets concurrent chunks write to separate slots of one buffer.
struct UncheckedBox<T>: @unchecked Sendable {
    var value: T
    init(_ value: T) { self.value = value }
}
