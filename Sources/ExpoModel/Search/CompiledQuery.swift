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
        /// The field term's rule (see `FieldMatcher`) when bytes compared in order cannot
        /// decide it (`hall:`, `country:`).
        var rule: FieldMatcher? = nil
    }

    /// The rules of field terms, numbered by `Flat.rule`.
    var rules: [FieldMatcher] = []

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
        /// The number of its rule in `rules`, or -1 when bytes decide.
        var rule = -1
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
                    if let rule = t.rule {
                        // A rule may match text without the value's letters (`country:russia` is RU).
                        f.rule = rules.count
                        rules.append(rule)
                    } else {
                        for b in p { f.required |= BoothSearchIndex.bit(b) }
                    }
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

    /// The tags of a booth's own segments.
    static let ownTags = mask([.name, .local, .code])

    static let textTags = mask([.name, .local, .product, .sector, .delegation, .code, .hall, .expo, .roman])

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
                    case .name: tags = [.name, .local, .roman]
                    case .country: tags = [.country]
                    case .sector: tags = [.sector]
                    case .product: tags = [.product]
                    case .hall: tags = [.hall]
                    case .code: tags = [.code]
                    case .kind: tags = [.kind]
                    case .expo: tags = [.expo, .expoKey]
                    case .delegation: tags = [.delegation, .region]
                    case .area, .date: tags = []
                    }
                    let matcher = FieldMatcher(f, s)
                    switch matcher.rule {
                    case .prefix:
                        return Term(kind: .text(Self.fold(s), .prefix, Self.mask(tags)), negated: t.negated, needsExactCheck: false)
                    case .hall, .country:
                        return Term(kind: .text(Self.fold(s), .exact, Self.mask(tags)), negated: t.negated, needsExactCheck: false, rule: matcher)
                    case .contains, .name:
                        return Term(kind: .text(Self.fold(s), .exact, Self.mask(tags)), negated: t.negated, needsExactCheck: false)
                    }
                case let .compare(f, op, x):
                    // Booths have no date: a comparison with NaN never holds.
                    return Term(kind: .compare(op, f == .date ? .nan : x), negated: t.negated, needsExactCheck: false)
                }
            })
        }
        flatten()
    }

    /// Folded lower-case UTF-8 of one code per grapheme (as `TextFolding.fold(_:).lower`);
    /// control characters become spaces so that bytes 1–13 can tag segments.
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
