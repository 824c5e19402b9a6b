/// Splits a query into terms at spaces and tabs, keeping a double-quoted run whole:
/// `sector:"Food processing"` and `"Harbin Electric"` are one term each. A quote left open runs
/// to the end of the query, so a term being typed is already whole. Quotes stay in the terms;
/// `SearchQuery.parseTerm` reads them.
enum QueryTokenizer {
    /// One term's text, and whether it stood alone as the `|` operator.
    struct Token: Equatable {
        var text: String
        /// True for an unquoted `|`.
        var isOr: Bool { text == "|" }
    }

    static func tokens(_ text: String) -> [Token] {
        var out: [Token] = []
        var current = ""
        var quoted = false
        for ch in text {
            if ch == "\"" {
                quoted.toggle()
                current.append(ch)
            } else if !quoted, ch == " " || ch == "\t" {
                if !current.isEmpty { out.append(Token(text: current)) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(Token(text: current)) }
        return out
    }

    /// The text inside quotes when `s` is quoted (`"a b"` → `a b`; an open quote runs to the
    /// end: `"a b` → `a b`); nil when it does not start with a quote.
    static func unquoted(_ s: Substring) -> String? {
        guard s.first == "\"" else { return nil }
        var inner = s.dropFirst()
        if inner.last == "\"" { inner = inner.dropLast() }
        return String(inner)
    }
}
