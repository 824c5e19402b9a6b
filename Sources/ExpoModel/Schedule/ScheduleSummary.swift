/// An event's summary from a schedule's texts: the abstract, else the subtitle, else the first
/// sentence of the description; markup tags removed, white space collapsed, at most about 300
/// characters (cut at a word, with "…").
public enum ScheduleSummary {
    /// The longest summary, in characters, before the ellipsis.
    public static let limit = 300

    /// The summary, nil when every text is empty.
    public static func make(abstract: String?, subtitle: String?, description: String?) -> String? {
        if let a = clean(abstract) { return cut(a) }
        if let s = clean(subtitle) { return cut(s) }
        guard let d = clean(description) else { return nil }
        return cut(firstSentence(d))
    }

    /// Text with tags (`<p>`, `<br/>`) removed and runs of white space made one space.
    static func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        var out = String.UnicodeScalarView()
        var inTag = false, space = false
        // By scalar, with ASCII tested by value: Character.isWhitespace took a third of an import.
        for u in text.unicodeScalars {
            if u == "<", !inTag { inTag = true; continue }
            if inTag { if u == ">" { inTag = false; space = true }; continue }
            let blank = u.value < 0x80 ? u.value <= 0x20 || u.value == 0x7F : u.properties.isWhitespace || (u.value >= 0x80 && u.value < 0xA0)
            if blank { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            out.append(u)
        }
        return out.isEmpty ? nil : String(out)
    }

    /// Up to the first `. `, `! `, `? ` or `。` (included).
    static func firstSentence(_ s: String) -> String {
        var previous: Character?
        var end = s.endIndex
        for i in s.indices {
            let ch = s[i]
            if ch == "。" { end = s.index(after: i); break }
            if ch == " ", let p = previous, p == "." || p == "!" || p == "?" { end = i; break }
            previous = ch
        }
        return String(s[..<end])
    }

    /// `s` cut to `limit` characters at a space, with "…".
    static func cut(_ s: String) -> String {
        guard s.count > limit else { return s }
        let head = s.prefix(limit)
        let atWord = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return String(atWord.count > limit / 2 ? atWord : head).trimmingCharacters(in: " ,;:") + "…"
    }
}
