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
        /// A Latin form of a name in another script (see `Romanizer`): matched by text terms and
        /// `name:`, scoring a little less than the name itself.
        case roman
        var isText: Bool { rawValue <= Tag.expo.rawValue || self == .roman }
        /// Segment tags and ends are the bytes below this; folded text has none of them.
        static let endBelow: UInt8 = 14
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
        public let booths: BoothList
        /// Scores, parallel to `booths` (made on each use: keep the array rather than asking
        /// again for each element).
        public var scores: [Int] { scoreValues.map { Int($0) } }
        let scoreValues: [Int32]
        /// True when this result may be narrowed by a longer query.
        let narrowable: Bool
        /// The matching booth positions in catalogue order: the pool a longer query searches.
        let members: [Int32]
        /// Per member, its quick score and the last group's share of it, so that a longer query
        /// checks only its new terms; nil when the exact matcher scored (smart case).
        let quick: (totals: [Int32], lasts: [Int32])?

        /// The same result answering an equivalent query (the same terms, spelled differently).
        func answering(_ q: SearchQuery) -> Result {
            Result(query: q, booths: booths, scoreValues: scoreValues, narrowable: narrowable, members: members, quick: quick)
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

    /// An index whose table of shared strings holds at most `vocabularyLimit` (for tests).
    init(_ catalog: Catalog, vocabularyLimit: Int) {
        self.catalog = catalog
        self.arrays = SearchIndexBuilder.build(catalog, vocabularyLimit: vocabularyLimit)
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
                    // With one term there is nothing to carry.
                    carried = fromGroup == 0 ? nil : zip(quick.totals, quick.lasts).map { $0 &- $1 }
                }
            }
        } else if let candidates {
            var p = candidates.compactMap { $0 >= 0 && $0 < catalog.booths.count ? Int32($0) : nil }
            if zip(p, p.dropFirst()).contains(where: { $0 >= $1 }) {
                // In order, each booth once.
                p.sort()
                var unique: [Int32] = []
                unique.reserveCapacity(p.count)
                for b in p where unique.last != b { unique.append(b) }
                p = unique
            }
            pool = p
        }
        if query.isEmpty {
            let booths: BoothList
            if let pool {
                booths = BoothList(pool.sorted { arrays.rank[Int($0)] < arrays.rank[Int($1)] })
            } else {
                booths = BoothList(arrays.byRank)
            }
            let members = pool ?? (0..<Int32(catalog.booths.count)).map { $0 }
            let zeros = [Int32](repeating: 0, count: members.count)
            return Result(query: query, booths: booths, scoreValues: Array(repeating: 0, count: booths.count), narrowable: narrowable,
                          members: members, quick: (zeros, zeros))
        }
        let compiled = CompiledQuery(query)
        let hits = scan(compiled, pool: pool, carried: carried, fromGroup: fromGroup)
        let ordered = order(hits, query: query, rankAll: rankAll)
        return Result(query: query, booths: BoothList(ordered.booths), scoreValues: ordered.scores, narrowable: narrowable, members: hits.booths,
                      quick: hits.exact ? nil : (hits.totals, hits.lasts))
    }

    /// Orders two booths by exhibitor name, compared on the folded bytes (case and accents
    /// ignored), then by position.
    public func nameLess(_ a: Int, _ b: Int) -> Bool {
        arrays.own.withUnsafeBufferPointer { buf in
            // Each booth's bytes start with its name and end with a byte below 14.
            var i = arrays.heads[a].ownStart + 1, j = arrays.heads[b].ownStart + 1
            while true {
                let ca: UInt8 = buf[i] >= Tag.endBelow ? buf[i] : 0
                let cb: UInt8 = buf[j] >= Tag.endBelow ? buf[j] : 0
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
            return f1 == f2 && FieldMatcher(f1, x).isNarrowable && y.lowercased().hasPrefix(x.lowercased())
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
