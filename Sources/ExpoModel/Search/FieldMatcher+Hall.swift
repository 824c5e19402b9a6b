extension FieldMatcher {
    /// The words after which a hall's own name or number follows, folded.
    static let hallWords: [[UInt8]] = ["hall", "halle", "hala", "pavilion", "зал", "павильон", "展馆", "展厅"].map { Array($0.utf8) }

    /// `hall:` — see the type's documentation.
    static func hallMatches(_ c: [UInt8], _ v: [UInt8]) -> Bool {
        guard !v.isEmpty else { return true }
        let long = v.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } >= 3
        // At the name's start a short value must be a whole word ("a" is "A" or "A 2", not
        // "Agriculture"); a longer one may start a word.
        if startsHere(c, 0, v), long || v.count == c.count || !isLetter(c[v.count]) || !isLetter(v[v.count - 1]) { return true }
        // Three characters or more: the start of any word ("hall:zone", "hall:pavilion").
        if long {
            for p in 1..<max(1, c.count) where !isWordByte(c[p - 1]) && isWordByte(c[p]) && startsHere(c, p, v) { return true }
        }
        for w in hallWords {
            var s = 0
            while s + w.count <= c.count {
                if c[s..<(s + w.count)].elementsEqual(w), s == 0 || !isWordByte(c[s - 1]) {
                    var p = s + w.count
                    // A Latin or Cyrillic hall word ends at a word's end; 展馆 may run into its name.
                    let cjk = w[0] >= 0xE0
                    if cjk || p == c.count || !isWordByte(c[p]) {
                        while p < c.count, !isWordByte(c[p]) { p += 1 }
                        if startsHere(c, p, v) { return true }
                    }
                }
                s += 1
            }
        }
        return false
    }

    /// True when `v` starts at `p` in `c`, and does not end inside a number.
    static func startsHere(_ c: [UInt8], _ p: Int, _ v: [UInt8]) -> Bool {
        guard p + v.count <= c.count, c[p..<(p + v.count)].elementsEqual(v) else { return false }
        let end = p + v.count
        if let last = v.last, isDigit(last), end < c.count, isDigit(c[end]) { return false }
        return true
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b >= 0x80 }

    /// Letters and digits (and every byte of a non-ASCII character) are inside words.
    static func isWordByte(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b >= 0x80
    }
}
