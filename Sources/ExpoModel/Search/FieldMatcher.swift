/// How a field term's value matches a record's value for that field. Both are compared folded
/// (lower case, no diacritics), the same on the index's bytes and in the reference matcher.
///
/// - `hall:` names a hall: the value must start the hall's name, or start what follows the word
///   Hall, Halle, Hala, Pavilion, Зал, Павильон, 展馆 or 展厅 in it (`hall:a` is "Hall A" and
///   "cre-6-hall-a", not "Agriculture and food"); a value of three characters or more may also
///   start any word (`hall:zone`); a value ending in a digit must end the number there
///   (`hall:1` is Hall 1, not Hall 10).
/// - `code:` is a prefix of the booth code (`code:b2` is B2, B21 and B2-04).
/// - `country:` takes ISO codes (`ru`, `RUS`) and country names in English, Russian and Chinese
///   (`russia`, `россия`, `俄罗斯`), through the table the importer uses; the beginning of a name
///   finds every country so named (`country:kor` is both Koreas). A value that is no country
///   is looked for inside the record's country text.
/// - `name:` is inside the name or local name, or inside their Latin forms (`name:amursk`).
/// - Other fields (`sector:`, `product:`, `delegation:`, `kind:`, `expo:`): inside the text.
struct FieldMatcher: Sendable {
    enum Rule: Sendable, Equatable {
        case contains, prefix, hall, country(Set<String>), name
    }

    let field: SearchField
    /// The value, folded.
    let value: [UInt8]
    let rule: Rule

    init(_ field: SearchField, _ value: String) {
        self.field = field
        self.value = CompiledQuery.fold(value)
        switch field {
        case .hall: rule = .hall
        case .code: rule = .prefix
        case .country: rule = .country(Self.countryCodes(value))
        case .name: rule = .name
        default: rule = .contains
        }
    }

    /// True when a record's value (not folded) matches.
    func matches(_ candidate: String) -> Bool {
        if matches(folded: CompiledQuery.fold(candidate)) { return true }
        guard rule == .name, value.allSatisfy({ $0 < 0x80 }) else { return false }
        return Romanizer.texts(candidate).contains { matches(folded: CompiledQuery.fold($0)) }
    }

    /// True when a folded value matches (Latin forms of names are separate values in the index).
    func matches(folded c: [UInt8]) -> Bool {
        switch rule {
        case .contains, .name: return Self.contains(c, value)
        case .prefix: return c.starts(with: value)
        case .hall: return Self.hallMatches(c, value)
        case let .country(codes):
            if codes.isEmpty { return Self.contains(c, value) }
            return Self.countryCode(c).map { codes.contains($0) } ?? false
        }
    }

    /// The matcher's decision as a quick score: 0 for a match, -1 for none.
    func score(folded c: UnsafeBufferPointer<UInt8>) -> Int32 {
        matches(folded: Array(c)) ? 0 : -1
    }

    /// True when the rule may not keep the matches of a shorter value as it lengthens
    /// (`hall:1` excludes Hall 10, which `hall:10` includes).
    var isNarrowable: Bool {
        switch rule {
        case .hall, .country: return false
        default: return true
        }
    }

    static func contains(_ c: [UInt8], _ p: [UInt8]) -> Bool {
        if p.isEmpty { return true }
        guard c.count >= p.count else { return false }
        for s in 0...(c.count - p.count) where c[s] == p[0] {
            if c[s..<(s + p.count)].elementsEqual(p) { return true }
        }
        return false
    }

    /// The countries a `country:` value names: its ISO code, a country so named, or every
    /// country with a name starting with it (two characters or more); empty for none.
    static func countryCodes(_ value: String) -> Set<String> {
        if let c = CountryTable.code(for: value) ?? CountryTable.code(for: value.uppercased()) { return [c] }
        return CountryTable.codes(withNamePrefix: value)
    }

    /// The code of a folded country value, if it is a code or a listed name.
    static func countryCode(_ c: [UInt8]) -> String? {
        let s = String(decoding: c, as: UTF8.self)
        return CountryTable.code(for: s) ?? (c.count == 3 ? CountryTable.code(for: s.uppercased()) : nil)
    }
}
