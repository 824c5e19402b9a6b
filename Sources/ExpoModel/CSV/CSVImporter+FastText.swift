extension CSVImporter {
    /// `s.lowercased()`, through a table for text whose scalars are all below U+0300 (each its
    /// own character, lower-cased alone: the same result without the general case mapping).
    static func lowercased(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s.lowercased() }
        guard s.unicodeScalars.allSatisfy({ $0.value < 0x300 }) else { return s.lowercased() }
        return lowerTable.map(s)
    }

    /// `String(scalar).lowercased()` for every scalar below U+0300.
    static let lowerTable = _ScalarTable { String($0).lowercased() }

    /// `split`'s result for a cell whose scalars are all below U+0300 (so a `;` or `|` is a
    /// character of its own, and spaces and tabs at a piece's ends are its own characters);
    /// nil for other text.
    static func splitBytes(_ u: UnsafeBufferPointer<UInt8>) -> [String]? {
        var i = 0
        while i < u.count {
            // U+0300 and up start with 0xCC or a higher lead byte.
            if u[i] >= 0xCC { return nil }
            i += 1
        }
        var out: [String] = []
        var start = 0
        for k in 0...u.count where k == u.count || u[k] == UInt8(ascii: ";") || u[k] == UInt8(ascii: "|") {
            var a = start, b = k
            while a < b, u[a] == 0x20 || u[a] == 0x09 { a += 1 }
            while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 { b -= 1 }
            if a < b { out.append(String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF8.self)) }
            start = k + 1
        }
        return out
    }
}

extension CSVField {
    /// The case's place in `allCases`, for tables indexed by field.
    var ordinal: Int {
        switch self {
        case .name: 0
        case .localName: 1
        case .code: 2
        case .hall: 3
        case .area: 4
        case .country: 5
        case .sectors: 6
        case .products: 7
        case .summary: 8
        case .website: 9
        case .delegation: 10
        case .expo: 11
        case .extra: 12
        case .ignore: 13
        }
    }
}
