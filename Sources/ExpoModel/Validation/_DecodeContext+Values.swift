// Reading a record's values: strings, numbers, counts, areas, dates and country codes.
extension _DecodeContext {
    mutating func string(_ o: _Object, _ key: String, required: Bool = false, nonEmpty: Bool = false) -> String? {
        guard let m = o.byKey[key] else {
            if required { error(o.path, o.offset, "missing required key \"\(key)\"") }
            return nil
        }
        guard case let .string(s) = m.node.value else {
            if m.node.value == .null && !required { return nil }
            error(o.join(key), m.node.offset, "expected a string, found \(m.node.value.typeDescription)\(required ? " (the key is required)" : "")")
            return nil
        }
        if nonEmpty, s.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) || (nonEmpty && s.unicodeScalars.first.map { $0.value >= 0x80 } == true && s.allSatisfy(\.isWhitespace)) {
            error(o.join(key), m.node.offset, "must not be empty")
            return nil
        }
        return s
    }

    mutating func stringArray(_ o: _Object, _ key: String) -> [String] {
        guard let m = o.byKey[key] else { return [] }
        guard case let .array(items) = m.node.value else {
            if m.node.value == .null { return [] }
            error(o.join(key), m.node.offset, "expected an array of strings, found \(m.node.value.typeDescription)")
            return []
        }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            if case let .string(s) = item.value { out.append(s) } else {
                error(o.join(key) + "[\(i)]", item.offset, "expected a string, found \(item.value.typeDescription)")
            }
        }
        return out
    }

    mutating func number(_ o: _Object, _ key: String, required: Bool = false, what: String = "number") -> (Double, Bool)? {
        guard let m = o.byKey[key] else {
            if required { error(o.path, o.offset, "missing required key \"\(key)\"") }
            return nil
        }
        guard case let .number(x, isInteger) = m.node.value else {
            if m.node.value == .null && !required { return nil }
            var msg = "expected a \(what), found \(m.node.value.typeDescription)"
            if case let .string(s) = m.node.value { msg += " \"\(s.prefix(20))\"; write the number without quotes" }
            error(o.join(key), m.node.offset, msg)
            return nil
        }
        return (x, isInteger)
    }

    mutating func area(_ o: _Object, _ key: String) -> Double? {
        guard let (x, _) = number(o, key, what: "number of square metres") else { return nil }
        if x < 0 {
            error(o.join(key), o.byKey[key]?.node.offset ?? o.offset, "area must not be negative (got \(Format.number(x)))")
            return nil
        }
        return x
    }

    mutating func count(_ o: _Object, _ key: String) -> Int? {
        guard let (x, isInteger) = number(o, key, what: "whole number") else { return nil }
        let offset = o.byKey[key]?.node.offset ?? o.offset
        guard isInteger || x.rounded() == x, x >= 0, x < 1e15 else {
            let tooLarge = x >= 1e15 ? ", which is too large (counts go up to 999,999,999,999,999)" : ""
            error(o.join(key), offset, "expected a whole number of zero or more, found \(Format.number(x))\(tooLarge)")
            return nil
        }
        return Int(x)
    }

    mutating func date(_ o: _Object, _ key: String) -> String? {
        guard let s = string(o, key) else { return nil }
        if let why = _DateCheck.problem(s) {
            error(o.join(key), o.byKey[key]?.node.offset ?? o.offset, "\(_quoted(s, limit: 30)) is not an ISO 8601 date: use YYYY-MM-DD, YYYY-MM or YYYY\(why)")
            return nil
        }
        return s
    }

    mutating func country(_ o: _Object, _ key: String) -> String? {
        guard let s = string(o, key) else { return nil }
        let ok = s.unicodeScalars.count == 2 && s.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
        if !ok {
            error(o.join(key), o.byKey[key]?.node.offset ?? o.offset, "\"\(s.prefix(30))\" is not an ISO 3166-1 alpha-2 country code (two capital letters, such as \"CN\" or \"RU\")")
            return nil
        }
        return s
    }

    /// A root `time_zone`: an IANA-looking name, `Area/City` (checked loosely: letters, digits,
    /// `_`, `-` and `+` in two or three parts), or `UTC`.
    mutating func timeZone(_ o: _Object, _ key: String) -> String? {
        guard let s = string(o, key) else { return nil }
        guard Self.looksLikeTimeZone(s) else {
            error(o.join(key), o.byKey[key]?.node.offset ?? o.offset, "\(_quoted(s, limit: 40)) is not an IANA time zone name; write Area/City, such as \"Asia/Harbin\" or \"Europe/Berlin\"")
            return nil
        }
        return s
    }

    static func looksLikeTimeZone(_ s: String) -> Bool {
        if s == "UTC" || s == "GMT" { return true }
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), s.utf8.count <= 64 else { return false }
        return parts.allSatisfy { p in
            guard let f = p.unicodeScalars.first, (f.value >= 65 && f.value <= 90) || (f.value >= 97 && f.value <= 122) else { return false }
            return p.unicodeScalars.allSatisfy { u in
                (u.value >= 65 && u.value <= 90) || (u.value >= 97 && u.value <= 122) || (u.value >= 48 && u.value <= 57) || u == "_" || u == "-" || u == "+"
            }
        }
    }

    /// A record's `extra` object: column names and their text. Nulls are skipped; any other
    /// value is an error.
    mutating func extraFields(_ o: _Object) -> [ExtraField] {
        guard let m = o.byKey["extra"] else { return [] }
        guard case let .object(members) = m.node.value else {
            if m.node.value != .null {
                error(o.join("extra"), m.node.offset, "expected an object of column names and their text, found \(m.node.value.typeDescription)")
            }
            return []
        }
        var out: [ExtraField] = []
        var seen = Set<String>()
        for member in members {
            let path = _Object.join(o.join("extra"), member.key)
            guard seen.insert(member.key).inserted else {
                error(path, member.keyOffset, "duplicate key \(_quoted(member.key, limit: 60)); each key may appear once")
                continue
            }
            switch member.node.value {
            case let .string(s): out.append(ExtraField(member.key, s))
            case .null: continue
            default:
                error(path, member.node.offset, "expected a string, found \(member.node.value.typeDescription); the values of \"extra\" are text (put a number in quotes)")
            }
        }
        return out
    }
}
