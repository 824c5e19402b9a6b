/// A parsed query in fzf's extended syntax plus field terms.
///
/// - Terms separated by spaces must all match.
/// - `a | b` matches either.
/// - `'exact`, `^prefix`, `suffix$`, `!negated`; `"two words"` is one exact term, and
///   `sector:"Food processing"` a field value with a space (an open quote runs to the end).
/// - `country:ru`, `sector:alum`, `hall:b`, `kind:regional`, `expo:2017`; `area>=50` with `> >= < <= =`.
/// - Smart case: a term with a capital letter matches case-sensitively.
/// - An operator alone (`$`, `^`, `'`, `!`) is an error that says how to find the character (`'$`).
/// - At most `maxTerms` terms and `maxLength` characters.
public struct SearchQuery: Sendable, Equatable {
    /// AND of OR-groups.
    public var groups: [[QueryTerm]]
    /// The text it was parsed from.
    public var text: String

    /// True when the query matches everything.
    public var isEmpty: Bool { groups.isEmpty }

    /// The most terms a query may have; more is refused, so a pasted page costs nothing per key.
    public static let maxTerms = 64
    /// The most characters a query may have.
    public static let maxLength = 1_000

    /// Parses a query.
    /// - Throws: `QueryError` for an unknown field, a malformed comparison, more than
    ///   `maxTerms` terms or more than `maxLength` characters.
    public static func parse(_ text: String) throws(QueryError) -> SearchQuery {
        if text.utf8.count > maxLength, text.count > maxLength {
            throw QueryError("the query is \(Format.grouped(text.count)) characters long; a query may have at most \(Format.grouped(maxLength))")
        }
        var groups: [[QueryTerm]] = []
        var pendingOr = false
        let tokens = QueryTokenizer.tokens(text)
        if tokens.count > maxTerms {
            throw QueryError("the query has \(Format.grouped(tokens.count)) terms; a query may have at most \(maxTerms)")
        }
        for token in tokens {
            if token.isOr {
                if groups.isEmpty { continue }
                pendingOr = true
                continue
            }
            guard let term = try parseTerm(token.text) else { continue }
            if pendingOr, !groups.isEmpty {
                groups[groups.count - 1].append(term)
            } else {
                groups.append([term])
            }
            pendingOr = false
        }
        return SearchQuery(groups: groups, text: text)
    }

    /// The characters that are operators at a term's start or end.
    static let operators: Set<Character> = ["!", "'", "^", "$"]

    /// What to write instead of an operator standing alone.
    static func loneOperatorMessage(_ raw: String) -> String {
        let op = raw.last.map(String.init) ?? raw
        let use: String
        switch op {
        case "!": use = "!word excludes a word"
        case "'": use = "'word matches exactly"
        case "^": use = "^word matches at the start"
        default: use = "word$ matches at the end"
        }
        return "\"\(raw)\" alone has no word to act on: \(use); to find the character \(op) itself, write '\(op)"
    }

    static func parseTerm(_ raw: String) throws(QueryError) -> QueryTerm? {
        // An operator with nothing to act on is an error, the same for all four; `'` before
        // any of them finds the character itself ('$).
        let bare = raw.hasPrefix("!") ? raw.dropFirst() : Substring(raw)
        if raw.count <= 2, bare.count <= 1, bare.allSatisfy({ operators.contains($0) }) {
            throw QueryError(loneOperatorMessage(raw))
        }
        var s = Substring(raw)
        var negated = false
        if s.hasPrefix("!") { negated = true; s = s.dropFirst() }
        if s.isEmpty { return nil }
        // A quoted term is its text, exactly, with no operators: "Harbin Electric", "^x".
        if let inner = QueryTokenizer.unquoted(s) {
            if inner.isEmpty { return nil }
            return QueryTerm(kind: .text(inner, .exact), negated: negated, caseSensitive: TextFolding.hasUppercase(inner))
        }
        // Numeric comparison: area>=50
        if let t = try parseComparison(s, raw: raw, negated: negated) { return t }
        // Field term: country:ru
        if let colon = s.firstIndex(of: ":"), colon != s.startIndex {
            let name = String(s[..<colon])
            if name.allSatisfy({ $0.isASCII && $0.isLetter }) {
                let rest = s[s.index(after: colon)...]
                let value = QueryTokenizer.unquoted(rest) ?? String(rest)
                guard let field = SearchField(rawValue: name.lowercased()) else {
                    throw QueryError("unknown field \"\(name.prefix(20)):\"; fields are " + SearchField.allCases.map { $0.rawValue + ":" }.joined(separator: " ") + " (quote it as '\(name): to search the text)")
                }
                if field == .date {
                    throw QueryError("\(name) is compared: write \(name)=2017-06-16, \(name)>=2017-06-16 or \(name)<2017-06-18")
                }
                if field.isNumeric {
                    throw QueryError("\(name) is compared as a number: write \(name)>=50, \(name)<20 or \(name)=84")
                }
                if value.isEmpty { return nil }
                return QueryTerm(kind: .field(field, value), negated: negated, caseSensitive: false)
            }
        }
        var mode = QueryTerm.Mode.fuzzy
        if s.hasPrefix("'") {
            s = s.dropFirst(); mode = .exact
        } else if s.hasPrefix("^") {
            s = s.dropFirst(); mode = .prefix
            if s.hasSuffix("$"), s.count > 1 { s = s.dropLast(); mode = .whole }
        } else if s.hasSuffix("$"), s.count > 1 {
            s = s.dropLast(); mode = .suffix
        }
        if s.isEmpty { return nil }
        let text = String(s)
        return QueryTerm(kind: .text(text, mode), negated: negated, caseSensitive: TextFolding.hasUppercase(text))
    }

    /// `area>=50`, `date<2017-06-18`: a field, an operator and a number (or a date); nil when
    /// the term has no operator.
    static func parseComparison(_ s: Substring, raw: String, negated: Bool) throws(QueryError) -> QueryTerm? {
        for op in QueryTerm.Comparison.allCases {
            if let r = s.range(of: op.rawValue), s.contains(where: { $0 == "<" || $0 == ">" || $0 == "=" }) {
                let name = String(s[..<r.lowerBound])
                let value = String(s[r.upperBound...])
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter }) else { break }
                guard let field = SearchField(rawValue: name.lowercased()) else {
                    throw QueryError("unknown field \"\(name.prefix(20))\" in \"\(raw.prefix(40))\"; fields are " + SearchField.allCases.map(\.rawValue).joined(separator: ", "))
                }
                guard field.isNumeric else {
                    throw QueryError("\"\(name)\" is not a number field; compare only area (area>=50) and date (date>=2017-06-16)")
                }
                if field == .date {
                    guard let day = EventTime(value)?.dayNumber else {
                        throw QueryError("\"\(raw.prefix(40))\" compares with \"\(value.prefix(20))\", which is not a date; write e.g. date\(op.rawValue)2017-06-16")
                    }
                    return QueryTerm(kind: .compare(field, op, Double(day)), negated: negated)
                }
                guard let x = Double(value), x.isFinite else {
                    throw QueryError("\"\(raw.prefix(40))\" compares with \"\(value.prefix(20))\", which is not a number; write e.g. \(name)\(op.rawValue)50")
                }
                return QueryTerm(kind: .compare(field, op, x), negated: negated)
            }
        }
        return nil
    }
}
