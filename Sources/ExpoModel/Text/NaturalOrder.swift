/// Natural order for names and codes: "1st" < "2nd" < "3rd" < "11th", "Expo 9" < "Expo 10",
/// "A-9" < "A-10".
///
/// Strings are compared case-insensitively first, as runs of ASCII digits and single other
/// characters:
/// - two digit runs compare as numbers of any length: leading zeros are ignored, then the
///   shorter number is the smaller, then the digits decide (no overflow, however long the run);
/// - a digit run against another character sorts where the digit "0" would (so "A 1" < "A1" <
///   "AB", as in plain text order);
/// - other characters compare by their lower-case Unicode scalar values (Cyrillic in alphabet
///   order except "ё", CJK in code point order); other scripts' digits count as letters.
///
/// Names equal that way (differing only in case or leading zeros) are ordered by the strings
/// themselves (`String.<`), so the order is deterministic: "A" < "a", "007" < "7". The result
/// is a strict weak order, usable with `sort(by:)`.
///
/// - Returns: true when `a` comes before `b`.
public func naturalLess(_ a: String, _ b: String) -> Bool {
    switch NaturalOrder.compareIgnoringCase(a, b) {
    case ..<0: return true
    case 1...: return false
    default: return a < b
    }
}

/// The parts of `naturalLess`.
public enum NaturalOrder {
    /// A sort key for `naturalLess` made once per string: comparing two keys with
    /// `lexicographicallyPrecedes` orders as `naturalLess` does, up to its final tie-break on the
    /// strings themselves (equal keys). Sorting many names by keys costs one lower-casing per
    /// name instead of two per comparison.
    ///
    /// Each scalar of the lower-cased string stands for itself; a run of ASCII digits becomes
    /// "0" (where a digit run sorts against other characters), then 0x110000 plus the count of
    /// its significant digits (shorter numbers first), then those digits.
    public static func key(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(s.utf8.count)
        var digits: [UInt32] = []
        func flush() {
            guard !digits.isEmpty else { return }
            let significant = digits.drop { $0 == 0x30 }
            out.append(0x30)
            out.append(0x110000 + UInt32(significant.count))
            out.append(contentsOf: significant)
            digits.removeAll(keepingCapacity: true)
        }
        let lower = s.utf8.allSatisfy { $0 < 0x80 } ? s : s.lowercased()
        for u in lower.unicodeScalars {
            var v = u.value
            if v >= 0x41 && v <= 0x5A { v |= 0x20 }
            if isDigit(v) { digits.append(v) } else { flush(); out.append(v) }
        }
        flush()
        return out
    }

    /// -1, 0 or 1 as `a` sorts before, with or after `b`, case and leading zeros ignored.
    static func compareIgnoringCase(_ a: String, _ b: String) -> Int {
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lower-cased byte by byte, nothing allocated.
            func lower(_ byte: UInt8) -> UInt32 {
                UInt32(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            return compare(a.utf8.lazy.map(lower), b.utf8.lazy.map(lower))
        }
        return compare(a.lowercased().unicodeScalars.lazy.map(\.value),
                       b.lowercased().unicodeScalars.lazy.map(\.value))
    }

    /// Compares two sequences of scalar values as runs of ASCII digits and single scalars.
    static func compare<A: Collection, B: Collection>(_ a: A, _ b: B) -> Int
        where A.Element == UInt32, B.Element == UInt32 {
        var i = a.startIndex, j = b.startIndex
        while i != a.endIndex, j != b.endIndex {
            let x = a[i], y = b[j]
            guard isDigit(x), isDigit(y) else {
                // A digit run sorts where "0" would; it never equals another scalar.
                let kx = isDigit(x) ? 0x30 : x, ky = isDigit(y) ? 0x30 : y
                if kx != ky { return kx < ky ? -1 : 1 }
                i = a.index(after: i)
                j = b.index(after: j)
                continue
            }
            let (aStart, aEnd, aLength) = digitRun(a, from: i)
            let (bStart, bEnd, bLength) = digitRun(b, from: j)
            if aLength != bLength { return aLength < bLength ? -1 : 1 }
            var p = aStart, q = bStart
            while p != aEnd {
                if a[p] != b[q] { return a[p] < b[q] ? -1 : 1 }
                p = a.index(after: p)
                q = b.index(after: q)
            }
            i = aEnd
            j = bEnd
        }
        if i == a.endIndex { return j == b.endIndex ? 0 : -1 }
        return 1
    }

    /// The digit run starting at `start`: where its significant digits begin (after leading
    /// zeros), where it ends, and how many significant digits it has.
    static func digitRun<C: Collection>(_ s: C, from start: C.Index) -> (C.Index, C.Index, Int)
        where C.Element == UInt32 {
        var i = start
        while i != s.endIndex, s[i] == 0x30 { i = s.index(after: i) }
        let significant = i
        var length = 0
        while i != s.endIndex, isDigit(s[i]) {
            i = s.index(after: i)
            length += 1
        }
        return (significant, i, length)
    }

    /// ASCII "0" to "9".
    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
}
