/// The searchable text of one record: display fields (the first is the name, whose match
/// positions are highlighted) and named attributes for field terms.
public struct SearchRecord: Sendable {
    /// Text fields; index 0 is the record's name.
    public var texts: [String]
    /// Values for field terms such as `country:` or `sector:`.
    public var attributes: [SearchField: [String]]
    /// Numeric values for comparisons such as `area>=50`.
    public var numbers: [SearchField: Double]
    /// Which texts are names that a Latin query also finds by their Latin forms (see
    /// `Romanizer`); the name (0) unless told otherwise.
    public var romanised: [Int]

    /// Creates a record.
    public init(texts: [String], attributes: [SearchField: [String]] = [:], numbers: [SearchField: Double] = [:], romanised: [Int] = [0]) {
        self.texts = texts
        self.attributes = attributes
        self.numbers = numbers
        self.romanised = romanised
    }
}

/// How a record matched a query.
public struct SearchMatch: Sendable, Equatable {
    /// Higher is better.
    public var score: Int
    /// Matched grapheme positions in `texts[0]` (the name), for highlighting.
    public var namePositions: [Int]
}

extension SearchQuery {
    /// Matches a record: every group must have a term that holds.
    public func match(_ record: SearchRecord) -> SearchMatch? {
        var cache = MatchCache()
        return match(record, cache: &cache)
    }

    /// Folded texts and their matches, kept from one record to the next: records of one
    /// catalogue share many texts (expo, delegation, sector and product names).
    struct MatchCache {
        var folded: [String: (cased: [UInt32], lower: [UInt32])] = [:]
        /// Per text term (by its place in the query), each shared text's match.
        var matches: [Int: [String: FuzzyMatcher.Match?]] = [:]
        /// Per field term (by its place in the query), its matcher.
        var fieldMatchers: [Int: FieldMatcher] = [:]
    }

    /// Matches a record, with `cache` kept between records of one catalogue for one query.
    func match(_ record: SearchRecord, cache: inout MatchCache) -> SearchMatch? {
        if groups.isEmpty { return SearchMatch(score: 0, namePositions: []) }
        var termNumber = 0
        var folded: [(cased: [UInt32], lower: [UInt32])?] = Array(repeating: nil, count: record.texts.count)
        var total = 0
        var positions = Set<Int>()
        for group in groups {
            var groupOK = false
            var groupBest = Int.min
            var groupPositions: [Int] = []
            for term in group {
                switch term.kind {
                case let .text(text, mode):
                    termNumber += 1
                    let pf = TextFolding.fold(text)
                    let pattern = term.caseSensitive ? pf.cased : pf.lower
                    var best = Self.bestField(pattern, mode, term.caseSensitive, termNumber, record, &folded, &cache)
                    if pattern.allSatisfy({ $0 < 0x80 }), let roman = Self.bestRomanised(pattern, mode, term.caseSensitive, record),
                       roman.0 > (best?.0 ?? Int.min) {
                        best = roman
                    }
                    if term.negated {
                        if best == nil { groupOK = true; groupBest = max(groupBest, 0) }
                    } else if let best {
                        groupOK = true
                        if best.0 > groupBest {
                            groupBest = best.0
                            groupPositions = best.1 == 0 ? best.2 : []
                        }
                    }
                case let .field(field, value):
                    termNumber += 1
                    let matcher = cache.fieldMatchers[termNumber] ?? FieldMatcher(field, value)
                    cache.fieldMatchers[termNumber] = matcher
                    let hit = (record.attributes[field] ?? []).contains { matcher.matches($0) }
                    if hit != term.negated { groupOK = true; groupBest = max(groupBest, 0) }
                case let .compare(field, op, x):
                    let hit = record.numbers[field].map { op.holds($0, x) } ?? false
                    if hit != term.negated { groupOK = true; groupBest = max(groupBest, 0) }
                }
            }
            guard groupOK else { return nil }
            total += max(groupBest, 0)
            positions.formUnion(groupPositions)
        }
        return SearchMatch(score: total, namePositions: positions.sorted())
    }

    /// The field of `record` that best matches a text term: its score (a match in the name
    /// counts a little more), its place and the matched positions.
    static func bestField(_ pattern: [UInt32], _ mode: QueryTerm.Mode, _ caseSensitive: Bool, _ termNumber: Int, _ record: SearchRecord,
                          _ folded: inout [(cased: [UInt32], lower: [UInt32])?], _ cache: inout MatchCache) -> (Int, Int, [Int])? {
        var best: (Int, Int, [Int])? // score, field, positions
        for f in 0..<record.texts.count {
            // Only shared texts are worth keeping; the name (0) rarely repeats.
            let shared = f > 0 && cache.folded.count < 4_096
            let found: FuzzyMatcher.Match?
            if shared, let known = cache.matches[termNumber]?[record.texts[f]] {
                found = known
            } else {
                if folded[f] == nil {
                    let text = record.texts[f]
                    if let known = cache.folded[text] { folded[f] = known } else {
                        let fresh = TextFolding.fold(text)
                        if shared { cache.folded[text] = fresh }
                        folded[f] = fresh
                    }
                }
                guard let ft = folded[f] else { continue }
                found = FuzzyMatcher.match(pattern, cased: ft.cased, lower: ft.lower, mode: mode, caseSensitive: caseSensitive)
                if shared { cache.matches[termNumber, default: [:]][record.texts[f]] = .some(found) }
            }
            if let m = found {
                // The name counts a little more than other fields.
                let s = m.score + (f == 0 ? 4 : 0)
                if s > (best?.0 ?? Int.min) { best = (s, f, m.positions) }
            }
        }
        return best
    }
}
