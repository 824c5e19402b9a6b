/// The text rules of RFC 5545: TEXT escaping, and content lines folded at 75 octets.
enum ICSText {
    /// The longest content line, in octets, not counting its CRLF (RFC 5545 §3.1).
    static let lineLimit = 75

    /// `text` as an RFC 5545 TEXT value: `\` `;` `,` escaped with a backslash, each line
    /// break (LF, CR LF or CR) as `\n`, other control characters (which TEXT may not hold)
    /// as a space; tabs are kept.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var afterCR = false
        for u in text.unicodeScalars {
            defer { afterCR = u == "\r" }
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            case "\t": out += "\t"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += " " } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// A parameter value: quoted when it holds `:`, `;` or `,`; characters a parameter may not
    /// hold (double quotes and controls) are left out.
    static func parameter(_ value: String) -> String {
        let clean = String(String.UnicodeScalarView(value.unicodeScalars.filter { $0 != "\"" && $0.value >= 0x20 && $0.value != 0x7F }))
        return clean.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"" + clean + "\"" : clean
    }

    /// A content line folded as RFC 5545 §3.1 asks, each physical line ended by CRLF: no line
    /// longer than 75 octets, continuation lines starting with one space (which counts), and
    /// never a cut inside a UTF-8 sequence.
    static func fold(_ line: String, into out: inout String) {
        var used = 0
        for u in line.unicodeScalars {
            let n = UTF8.width(u)
            if used + n > lineLimit {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(u)
            used += n
        }
        out += "\r\n"
    }

    /// Undoes `fold` (removes each CRLF followed by a space or tab), for tests and readers.
    static func unfold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\r", i + 2 < scalars.count, scalars[i + 1] == "\n", scalars[i + 2] == " " || scalars[i + 2] == "\t" {
                i += 3
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}
