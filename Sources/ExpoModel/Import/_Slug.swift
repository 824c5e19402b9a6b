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
        // Scalars below U+0300 are each one character (CR LF aside, which is a separator either
        // way) and already in NFC: a table gives each one's letters.
        if s.unicodeScalars.allSatisfy({ $0.value < 0x300 }) { return latinSlug(s) }
        return general(s)
    }

    /// `make` for text with scalars below U+0300 only: the same result through `latinPieces`,
    /// without normalising or walking characters.
    static func latinSlug(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var count = 0
        var dash = false
        for u in s.unicodeScalars {
            let v = Int(u.value)
            if !latinPieces.isEmpty(v) {
                latinPieces.append(v, to: &out)
                count += Int(latinPieces.characters[v])
                dash = false
            } else if !dash, !out.isEmpty {
                out.append(UInt8(ascii: "-"))
                count += 1
                dash = true
            }
            if count >= 64 { break }
        }
        // ASCII letters only (the usual case): characters are bytes, so cut the bytes.
        if out.allSatisfy({ $0 < 0x80 }) {
            while out.last == UInt8(ascii: "-") { out.removeLast() }
            if out.count > 60 { out.removeLast(out.count - 60) }
            while out.last == UInt8(ascii: "-") { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
        return trimmed(String(decoding: out, as: UTF8.self))
    }

    /// What `general` makes of each scalar below U+0300 on its own (nothing for a separator).
    static let latinPieces = _ScalarTable { piece(Character($0)) ?? "" }

    /// The letters of one character: lower-case ASCII letters and digits, ASCII for a Latin
    /// letter, the lower-case letter or digit of another script; nil for a separator.
    static func piece(_ ch: Character) -> String? {
        if let a = ch.asciiValue {
            // ASCII needs no table: a letter or digit, lower-cased, or a separator.
            let lower = a >= 0x41 && a <= 0x5A ? a + 0x20 : a
            return (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) ? String(UnicodeScalar(lower)) : nil
        }
        if let ascii = latinLetter(ch) { return ascii }
        return ch.isLetter || ch.isNumber ? String(ch).lowercased() : nil
    }

    /// `make` for any text: character by character, in NFC.
    static func general(_ s: String) -> String {
        var out = ""
        var count = 0
        var dash = false
        for ch in s.precomposedStringWithCanonicalMapping {
            if let piece = piece(ch), !piece.isEmpty {
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
        return trimmed(out)
    }

    /// At most 60 characters, with no dash at the end.
    static func trimmed(_ slug: String) -> String {
        var out = slug
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
