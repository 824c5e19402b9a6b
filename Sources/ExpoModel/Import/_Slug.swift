import Foundation

/// Ids made from names: lower-case letters, digits and single dashes, at most 60 characters.
///
/// Latin letters with accents become their ASCII base letter (`Müller` → `muller`, `Çelik` →
/// `celik`, `İzya` → `izya`, `Straße` → `strasse`, `Łódź` → `lodz`); letters of other scripts
/// are kept, in NFC (`Компания` → `компания`, `中国` → `中国`). The same name always gives the
/// same slug.
enum _Slug {
    static func make(_ s: String) -> String {
        // Fast path for ASCII (the same result as the general loop, without Unicode properties).
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(min(s.utf8.count, 60))
            var dash = false
            for b in s.utf8 {
                let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    bytes.append(lower)
                    dash = false
                } else if !dash, !bytes.isEmpty {
                    bytes.append(UInt8(ascii: "-"))
                    dash = true
                }
            }
            if bytes.count > 60 { bytes.removeLast(bytes.count - 60) }
            while bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = ""
        var count = 0
        var dash = false
        for ch in s.precomposedStringWithCanonicalMapping {
            let piece: String?
            if let a = ch.asciiValue {
                // ASCII needs no table: a letter or digit, lower-cased, or a separator.
                let lower = a >= 0x41 && a <= 0x5A ? a + 0x20 : a
                piece = (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) ? String(UnicodeScalar(lower)) : nil
            } else if let ascii = latinLetter(ch) { piece = ascii } else if ch.isLetter || ch.isNumber { piece = String(ch).lowercased() } else { piece = nil }
            if let piece, !piece.isEmpty {
                out += piece
                count += piece.count
                dash = false
            } else if !dash, !out.isEmpty {
                out += "-"
                count += 1
                dash = true
            }
            if count >= 64 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        var cut = String(out.prefix(60))
        while cut.hasSuffix("-") { cut.removeLast() }
        return cut
    }

    /// Latin letters that are not a base letter with marks.
    static let special: [Character: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
        "ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h", "ŀ": "l", "Ŀ": "l", "ĸ": "k",
    ]

    /// The ASCII letters of the Latin letters U+00C0–U+024F, made once: looking one up costs
    /// a dictionary probe instead of a Unicode decomposition per character.
    static let latinTable: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for v in UInt32(0xC0)...UInt32(0x24F) {
            if let u = UnicodeScalar(v), let a = latin(Character(u)) { table[v] = a }
        }
        return table
    }()

    /// `latin(_:)` through `latinTable` for one-scalar characters in its range.
    static func latinLetter(_ ch: Character) -> String? {
        let scalars = ch.unicodeScalars
        if scalars.count == 1, let v = scalars.first?.value, v >= 0xC0, v <= 0x24F { return latinTable[v] }
        return latin(ch)
    }

    /// The ASCII letters of a Latin letter or digit (`ü` → `u`, `ß` → `ss`); nil for any other
    /// character.
    static func latin(_ ch: Character) -> String? {
        if let s = special[ch] { return s }
        let scalars = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = scalars.first, first.isASCII else { return nil }
        let b = UInt8(first.value)
        let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
        guard (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) else { return nil }
        guard scalars.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark || $0.properties.generalCategory == .spacingMark || $0.properties.generalCategory == .enclosingMark }) else { return nil }
        return String(UnicodeScalar(lower))
    }
}
