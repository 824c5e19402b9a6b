/// Countries by ISO 3166-1 alpha-2 code, and the names people write for them: the ISO English
/// short name, its common and official forms, variants organisers write ("South Korea",
/// "Korea, Republic of", "USA", "Türkiye", "Hong Kong SAR", "Ivory Coast"…), and Russian and
/// Chinese names. Used by the importer for country cells and by search for `country:` terms.
///
/// Names are matched folded: case, accents, punctuation and spaces do not count, so
/// `korearepublicof`, `KOREA, REPUBLIC OF` and `Korea (Republic of)` are the same name.
/// Kosovo's user-assigned code `XK` is listed too.
public enum CountryTable {
    /// Folded name → code.
    private static let byName: [String: String] = {
        var t: [String: String] = [:]
        for r in rows { for n in r.names { t[fold(n)] = r.code } }
        return t
    }()

    /// Code → the row's position.
    private static let byCode: [String: Int] = Dictionary(rows.enumerated().map { ($0.element.code, $0.offset) }, uniquingKeysWith: { a, _ in a })

    /// Alpha-3 code → alpha-2 code.
    private static let byAlpha3: [String: String] = Dictionary(rows.map { ($0.alpha3, $0.code) }, uniquingKeysWith: { a, _ in a })

    /// Every code in the table, in alphabetical order.
    public static var codes: [String] { rows.map(\.code) }

    /// The code for a country cell: a listed alpha-2 code in any case (`de`, `DE`), an alpha-3
    /// code in capitals (`DEU`), or a name in any of the listed forms and languages.
    /// Returns nil for anything else, including two letters that are not an assigned code.
    public static func code(for name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: " \t\r\n")
        let u = trimmed.utf8
        if u.count == 2, u.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
            let upper = trimmed.uppercased()
            if byCode[upper] != nil { return upper }
        }
        if u.count == 3, u.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), let c = byAlpha3[trimmed] { return c }
        return byName[fold(trimmed)]
    }

    /// The names of a country: the ISO English short name first, then the other forms and the
    /// Russian and Chinese names. Empty for a code the table does not list.
    public static func names(for code: String) -> [String] {
        byCode[code.uppercased()].map { rows[$0].names } ?? []
    }

    /// The codes of the countries with a name (in any listed form and language) that starts
    /// with `prefix`, folded; empty for a prefix of fewer than two characters.
    public static func codes(withNamePrefix prefix: String) -> Set<String> {
        let p = fold(prefix)
        guard p.count >= 2 else { return [] }
        var out = Set<String>()
        for r in rows where r.names.contains(where: { fold($0).hasPrefix(p) }) { out.insert(r.code) }
        return out
    }

    /// The ISO English short name of a code ("Korea, Republic of" for `KR`), if listed.
    public static func englishName(for code: String) -> String? { names(for: code).first }

    /// A name folded for matching: lower case, accents and everything but letters and digits
    /// removed (the same folding as column headers).
    public static func fold(_ name: String) -> String {
        // ASCII fast path.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(name.utf8.count)
            for b in name.utf8 {
                let l = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                if (l >= 0x61 && l <= 0x7A) || (l >= 0x30 && l <= 0x39) { out.append(l) }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return CSVField.normalise(name)
    }
}
