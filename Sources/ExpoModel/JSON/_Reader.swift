/// The parser's position in the bytes, and what it does with streamed arrays.
struct _Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var visitor: ((String, Int, JSONNode) -> Bool)?
    var stopAt: (() -> Int)?
    /// Set when the parse stopped at `stopAt`.
    var stopped: (key: String, count: Int)?

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of file" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "character '\(Character(Unicode.Scalar(b)))'" }
        return "byte " + _hex(b)
    }

    /// Rejects UTF-16 and binary files with a message that says so, rather than a complaint
    /// about their first byte. (No valid JSON text holds a 0x00 byte anywhere.)
    mutating func checkEncoding() throws(JSONSyntaxError) {
        let n = bytes.count
        guard index == 0, n >= 2 else { return }
        let b0 = bytes[0], b1 = bytes[1]
        if (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF) {
            throw JSONSyntaxError("the file is UTF-16 text (it starts with a UTF-16 byte-order mark); save it as UTF-8", offset: 0)
        }
        if b0 == 0 && b1 == 0 {
            throw JSONSyntaxError("the file starts with NUL bytes (0x00): it looks like a binary file, not JSON text", offset: 0)
        }
        if (b0 == 0) != (b1 == 0), b0 < 0x80, b1 < 0x80 {
            throw JSONSyntaxError("the file looks like UTF-16 text (a 0x00 byte beside every character); save it as UTF-8", offset: 0)
        }
    }

    /// The error for an unexpected byte where `expected` was expected, with a hint for the
    /// usual non-JSON habits (comments, single quotes, NaN and Infinity).
    func unexpected(_ expected: String) -> JSONSyntaxError {
        if index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "/") where index + 1 < bytes.count && (bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")):
                return JSONSyntaxError("comments are not allowed in JSON: remove the comment", offset: index)
            case UInt8(ascii: "'"):
                return JSONSyntaxError("unexpected single quote: JSON strings and keys use double quotes (\"…\")", offset: index)
            case UInt8(ascii: "N") where startsWith("NaN"), UInt8(ascii: "I") where startsWith("Infinity"):
                return JSONSyntaxError("NaN and Infinity are not valid JSON numbers", offset: index)
            default: break
            }
        }
        return JSONSyntaxError("unexpected \(describeCurrent()): \(expected)", offset: index)
    }

    /// True when the bytes at the read position spell `word`.
    func startsWith(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let p = word.utf8Start
        for i in 0..<count where bytes[index + i] != p[i] { return false }
        return true
    }

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw JSONSyntaxError("unexpected end of file: a value was expected", offset: index) }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"):
            guard depth < JSONParser.maxDepth else { throw JSONSyntaxError("nesting deeper than \(JSONParser.maxDepth) levels", offset: index) }
            return JSONNode(try parseObject(depth: depth + 1), offset: start)
        case UInt8(ascii: "["):
            guard depth < JSONParser.maxDepth else { throw JSONSyntaxError("nesting deeper than \(JSONParser.maxDepth) levels", offset: index) }
            return JSONNode(try parseArray(depth: depth + 1), offset: start)
        case UInt8(ascii: "\""):
            return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectLiteral("true"); return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectLiteral("false"); return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectLiteral("null"); return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(try parseNumber(), offset: start)
        default:
            throw unexpected("a value was expected")
        }
    }

    mutating func expectLiteral(_ word: StaticString) throws(JSONSyntaxError) {
        let start = index
        let count = word.utf8CodeUnitCount
        let p = word.utf8Start
        for i in 0..<count {
            guard index < bytes.count, bytes[index] == p[i] else {
                throw JSONSyntaxError("invalid literal: expected '\(word)'", offset: start)
            }
            index += 1
        }
    }
}
