/// Writes `JSONValue`s as JSON text.
///
/// Every control character, DEL, C1 control, line/paragraph separator and bidirectional
/// formatting character is written as a `\uXXXX` escape, so output piped to a terminal
/// can never carry an escape sequence.
public struct JSONWriter: Sendable {
    /// Indent per level; nil writes compact JSON on one line.
    public var indent: String?

    /// Creates a writer.
    public init(indent: String? = "  ") { self.indent = indent }

    /// The JSON text of a value.
    public func string(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        write(value, into: &out, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text of a value to `out`.
    public func write(_ value: JSONValue, into out: inout String, level: Int) {
        var bytes: [UInt8] = []
        write(value, into: &bytes, level: level)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON text of a value to `out`, as UTF-8 (what the other `write` and `string` use).
    func write(_ value: JSONValue, into out: inout [UInt8], level: Int) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case let .bool(b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case let .number(x, isInteger): out.append(contentsOf: Self.number(x, isInteger).utf8)
        case let .string(s): Self.quote(s, into: &out)
        case let .array(items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            // Arrays of scalars stay on one line.
            let flat = indent == nil || items.allSatisfy { if case .array = $0.value { return false }; if case .object = $0.value { return false }; return true }
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 {
                    out.append(UInt8(ascii: ","))
                    if flat && indent != nil { out.append(UInt8(ascii: " ")) }
                }
                if !flat { newline(&out, level + 1) }
                write(item.value, into: &out, level: level + 1)
            }
            if !flat { newline(&out, level) }
            out.append(UInt8(ascii: "]"))
        case let .object(members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, level + 1)
                Self.quote(m.key, into: &out)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                write(m.node.value, into: &out, level: level + 1)
            }
            newline(&out, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A line break and `level` indents; nothing for compact JSON.
    func newline(_ out: inout [UInt8], _ level: Int) {
        guard let indent else { return }
        out.append(0x0A)
        for _ in 0..<level { out.append(contentsOf: indent.utf8) }
    }

    static func number(_ x: Double, _ isInteger: Bool) -> String {
        if x.rounded() == x, abs(x) < 9.0e15 { return String(Int(x)) }
        return String(x)
    }

    /// Appends `s` as a quoted, escaped JSON string.
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: one scan of their bytes, then one copy.
        if s.utf8.withContiguousStorageIfAvailable(needsNoEscape) == true {
            out += s
        } else {
            escapeScalars(s, into: &out)
        }
        out += "\""
    }

    /// Appends `s` as a quoted, escaped JSON string, in UTF-8.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let copied = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard needsNoEscape(bytes) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied != true {
            var escaped = ""
            escapeScalars(s, into: &escaped)
            out.append(contentsOf: escaped.utf8)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// True when no byte of the UTF-8 text starts a scalar that `quote` escapes.
    static func needsNoEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return false }
                i += 1
                continue
            }
            // A lead byte: decode the scalar (the text is valid UTF-8) and ask `SafeText`.
            let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            guard i + length <= n else { return false }
            var v = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
            if let u = Unicode.Scalar(v), SafeText.needsEscape(u) { return false }
            i += length
        }
        return true
    }

    /// The body of `quote`, scalar by scalar, for text with something to escape.
    static func escapeScalars(_ s: String, into out: inout String) {
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if SafeText.needsEscape(u) {
                    let hex = String(u.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
    }
}
