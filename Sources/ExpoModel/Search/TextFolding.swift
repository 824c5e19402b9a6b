import Foundation

/// Folds text for matching: diacritics removed (é → e, ё → е), and a lower-case copy for
/// case-insensitive matching. Works per grapheme, so match positions are grapheme indices.
public enum TextFolding {
    /// One folded code per grapheme: the first scalar of its diacritic-free form.
    public static func fold(_ s: String) -> (cased: [UInt32], lower: [UInt32]) {
        var cased: [UInt32] = []
        var lower: [UInt32] = []
        // ASCII fast path: one code per byte, which is one grapheme except for CR LF.
        if s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            cased.reserveCapacity(s.utf8.count)
            lower.reserveCapacity(s.utf8.count)
            for b in s.utf8 {
                cased.append(UInt32(b))
                lower.append(b >= 65 && b <= 90 ? UInt32(b + 32) : UInt32(b))
            }
            return (cased, lower)
        }
        for c in s {
            let (a, b) = foldCharacter(c)
            cased.append(a)
            lower.append(b)
        }
        return (cased, lower)
    }

    /// The folded code of one grapheme, and its lower-case form.
    public static func foldCharacter(_ c: Character) -> (cased: UInt32, lower: UInt32) {
        guard let u = c.unicodeScalars.first else { return (0, 0) }
        let v = u.value
        if v < 0x80 { return (v, v >= 65 && v <= 90 ? v + 32 : v) }
        let base = _table[v] ?? v
        let lowerScalar = Unicode.Scalar(base).map { $0.properties.lowercaseMapping.unicodeScalars.first?.value ?? base } ?? base
        return (base, lowerScalar)
    }

    /// True when the text has an upper-case letter (smart case turns case-sensitive then).
    public static func hasUppercase(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.properties.isUppercase }
    }

    /// Base letters for accented Latin and Cyrillic, computed once with Foundation's folding.
    private static let _table: [UInt32: UInt32] = {
        var t: [UInt32: UInt32] = [:]
        let ranges: [ClosedRange<UInt32>] = [0xC0...0x24F, 0x1E00...0x1EFF, 0x400...0x4FF]
        for r in ranges {
            for v in r {
                guard let u = Unicode.Scalar(v) else { continue }
                let folded = String(Character(u)).folding(options: .diacriticInsensitive, locale: nil)
                if let f = folded.unicodeScalars.first, f.value != v { t[v] = f.value }
            }
        }
        // Letters that do not decompose but are read as a plain letter.
        t[0xD8] = 0x4F; t[0xF8] = 0x6F // Ø ø
        t[0x141] = 0x4C; t[0x142] = 0x6C // Ł ł
        t[0xDF] = 0x73 // ß → s
        return t
    }()
}
