extension Romanizer {
    /// The forms' texts, made on Unicode scalars into bytes without the source map (for the
    /// search index, which romanises every name of a catalogue). They fold to the same text as
    /// `forms(_:)`'s: a combining mark after a Cyrillic or Chinese letter is dropped (the folded
    /// form keeps only a grapheme's first scalar).
    public static func fastTexts(_ s: String) -> [String] {
        guard needsRomanising(s) else { return [] }
        var a: [UInt8] = [], b: [UInt8] = []
        a.reserveCapacity(s.utf8.count + 8)
        b.reserveCapacity(s.utf8.count + 16)
        var previous: Kind = .latin
        var previousScalar: UInt32 = 0x20
        // Whether the spaced form ends in a letter or digit (a syllable is set apart from it).
        var lastIsWord = false
        for u in s.unicodeScalars {
            let v = u.value
            let k = kind(of: v)
            if (0x300...0x36F).contains(v), previous != .latin { continue }
            if previous == .han, k != .han, k != .cjkPunctuation, u.properties.isAlphabetic || u.properties.numericType != nil {
                b.append(0x20)
            }
            switch k {
            case .latin:
                a.append(contentsOf: String(u).utf8)
                b.append(contentsOf: String(u).utf8)
            case .cyrillic:
                let upper = u.properties.isUppercase
                appendASCII(cyrillic(v, after: previousScalar, popular: false), capital: upper, to: &a)
                appendASCII(cyrillic(v, after: previousScalar, popular: true), capital: upper, to: &b)
            case .han:
                let syllable = HanReadings.shared.reading(of: Character(u))
                appendASCII(syllable, capital: previous != .han, to: &a)
                if lastIsWord { b.append(0x20) }
                appendASCII(syllable, capital: true, to: &b)
            case .cjkPunctuation:
                let p = punctuation(v)
                a.append(contentsOf: p.utf8)
                b.append(contentsOf: p.utf8)
            case .other:
                let t = HanReadings.shared.anyLatin(Character(u))
                a.append(contentsOf: t.utf8)
                b.append(contentsOf: t.utf8)
            }
            switch k {
            case .latin: lastIsWord = u.properties.isAlphabetic || u.properties.numericType != nil || (lastIsWord && v >= 0x300 && v <= 0x36F)
            case .han: lastIsWord = true
            default: lastIsWord = b.last.map(isLetterOrDigitByte) ?? false
            }
            // A combining mark belongs to the letter before it (as in `forms`, which reads graphemes).
            if (0x300...0x36F).contains(v) { continue }
            previous = k
            previousScalar = v
        }
        let first = String(decoding: a, as: UTF8.self)
        return a == b ? [first] : [first, String(decoding: b, as: UTF8.self)]
    }

    /// Appends `s`, its first letter in capitals when `capital` is set (readings are ASCII; a
    /// reading ICU could not give is appended as it is).
    static func appendASCII(_ s: String, capital: Bool, to out: inout [UInt8]) {
        var first = capital
        for byte in s.utf8 {
            if first, byte >= 0x61, byte <= 0x7A { out.append(byte - 0x20) } else { out.append(byte) }
            first = false
        }
    }

    /// A byte that ends a letter or digit: ASCII letters and digits, and the last byte of any
    /// non-ASCII character (the spaced form sets a syllable apart from letters before it).
    static func isLetterOrDigitByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }
}
