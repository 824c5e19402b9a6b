/// Makes catalogue text safe to put on a terminal.
///
/// Catalogue text comes from other people. Control characters become visible symbols
/// (ESC → ␛), bidirectional overrides and isolates are dropped, and runs of combining
/// marks are capped, so no string can move the cursor, change colours or titles, or
/// reorder the line around it.
public enum SafeText {
    /// The most combining marks kept on one base character.
    public static let maxCombiningMarks = 4

    /// True for scalars that must never reach a terminal raw: C0 and C1 controls, DEL,
    /// U+2028/U+2029 and bidirectional formatting characters.
    public static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0x2028 || v == 0x2029 || isBidiControl(v)
    }

    /// Bidirectional formatting characters: LRM, RLM, ALM, embeddings, overrides and isolates.
    public static func isBidiControl(_ v: UInt32) -> Bool {
        v == 0x200E || v == 0x200F || v == 0x061C || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// The text with controls made visible, bidi controls removed and stacked marks capped.
    /// Newlines and tabs become spaces.
    public static func visible(_ s: String) -> String {
        // Fast path: plain printable text.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        var out = String.UnicodeScalarView()
        var marks = 0
        var afterCR = false
        for u in s.unicodeScalars {
            let v = u.value
            // CR LF is one grapheme: it becomes one space, so grapheme positions still line up.
            if v == 0x0A && afterCR { afterCR = false; continue }
            afterCR = v == 0x0D
            if v == 0x0A || v == 0x0D || v == 0x09 { out.append(" "); marks = 0; continue }
            if v < 0x20 { out.append(Unicode.Scalar(0x2400 + v)!); marks = 0; continue }
            if v == 0x7F { out.append("\u{2421}"); marks = 0; continue }
            if v >= 0x80 && v <= 0x9F { out.append("\u{FFFD}"); marks = 0; continue }
            if v == 0x2028 || v == 0x2029 { out.append(" "); marks = 0; continue }
            if isBidiControl(v) { continue }
            if u.properties.generalCategory == .nonspacingMark || u.properties.generalCategory == .enclosingMark {
                marks += 1
                if marks > maxCombiningMarks { continue }
            } else {
                marks = 0
            }
            out.append(u)
        }
        return String(out)
    }
}
