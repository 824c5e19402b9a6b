/// Cell texts that stand for "no value": what spreadsheets and data tools write in empty cells.
///
/// A cell is a placeholder when, trimmed and compared without case, it is one of `NaN`, `NA`,
/// `N/A`, `n.a.`, `-`, `--`, `—`, `–`, `null`, `nil`, `none`, `TBA`, `TBC`, `TBD`, `to follow`,
/// `?`, or `No ` followed by one word naming a kind of value (`No website`, `No tel_number`,
/// `No email`, or any one word with an underscore). `No Limits` is a name, not a placeholder.
public enum Placeholder {
    static let words: Set<String> = ["nan", "na", "n/a", "n.a.", "n.a", "-", "--", "---", "—", "–", "null", "nil", "none", "tba", "tbc", "tbd",
                                     "to follow", "to be announced", "to be confirmed", "?", "??", "#n/a", "not available", "keine angabe"]
    /// Words that, after "No ", name a kind of value.
    static let kinds: Set<String> = ["tel", "telephone", "phone", "tel_number", "website", "web", "url", "site", "email", "e-mail", "mail", "fax",
                                     "address", "description", "info", "information", "data", "booth", "stand", "hall", "country", "sector",
                                     "products", "name", "logo", "contact", "city", "zip", "value"]

    /// True when `cell` is a placeholder for no value.
    public static func isPlaceholder(_ cell: String) -> Bool {
        let u = cell.utf8
        guard let first = u.first, u.count <= 24 else { return false }
        // Most cells start with a letter or digit no placeholder starts with: a quick no.
        switch first | 0x20 {
        case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "k"), UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "?"), 0xE2 | 0x20, UInt8(ascii: " "): break
        default: return false
        }
        let s = cell.trimmingCharacters(in: " \t\r\n").lowercased()
        if words.contains(s) { return true }
        if s.hasPrefix("no "), case let rest = s.dropFirst(3), !rest.contains(" ") {
            return kinds.contains(String(rest)) || rest.contains("_")
        }
        return false
    }
}
