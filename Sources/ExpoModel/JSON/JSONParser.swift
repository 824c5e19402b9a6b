/// A strict RFC 8259 JSON parser over UTF-8 bytes that records byte offsets.
///
/// It rejects invalid UTF-8, bounds nesting depth (so 100,000 open brackets give an error,
/// not a stack overflow), and rejects non-finite numbers. A leading UTF-8 byte-order mark is
/// skipped and reported through `skippedByteOrderMark`.
public struct JSONParser {
    /// The deepest nesting accepted.
    public static let maxDepth = 256

    /// Whether the last parse skipped a UTF-8 byte-order mark.
    public private(set) var skippedByteOrderMark = false

    /// Creates a parser.
    public init() {}

    /// Parses a whole document.
    /// - Parameter bytes: the UTF-8 text.
    /// - Returns: the root node.
    /// - Throws: `JSONSyntaxError` with the offset of the first error.
    public mutating func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        try parse(bytes, streaming: nil)
    }

    /// Parses a whole document, handing each element of the arrays directly under the root
    /// object to `streaming` as soon as it is parsed. When it returns true the element is not
    /// kept in the tree, so a huge catalogue never exists twice in memory.
    /// - Parameter streaming: receives (the array's key, the element's index, the element).
    public mutating func parse(_ bytes: [UInt8], streaming: ((String, Int, JSONNode) -> Bool)?) throws(JSONSyntaxError) -> JSONNode {
        try parse(bytes, streaming: streaming, stopAt: nil)
    }

    /// Where a parse that may stop early stopped: the key of the streamed array, and how many
    /// of its elements were read. Nil when it read the whole document.
    private(set) var stoppedIn: (key: String, count: Int)?

    /// Parses a document as `parse(_:streaming:)` does, but stops at the element separator
    /// (a comma between elements of a streamed array) whose offset `stopAt` gives, if the parse
    /// reaches it; the root object then holds the members read so far. `stopAt` is asked at
    /// each element boundary and may change while the parse runs (-1: nowhere).
    mutating func parse(_ bytes: [UInt8], streaming: ((String, Int, JSONNode) -> Bool)?, stopAt: (() -> Int)?) throws(JSONSyntaxError) -> JSONNode {
        var bom = false
        var stopped: (key: String, count: Int)?
        let result: Result<JSONNode, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = _Reader(buffer)
            reader.visitor = streaming
            reader.stopAt = stopAt
            defer { stopped = reader.stopped }
            do throws(JSONSyntaxError) {
                if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                    reader.index = 3
                    bom = true
                }
                try reader.checkEncoding()
                reader.skipWhitespace()
                if reader.atEnd {
                    throw JSONSyntaxError(bytes.isEmpty ? "the file is empty" : "the file holds no JSON value", offset: reader.index)
                }
                let node = try reader.parseValue(depth: 0)
                if reader.stopped != nil { return .success(node) }
                reader.skipWhitespace()
                if !reader.atEnd {
                    throw JSONSyntaxError("unexpected \(reader.describeCurrent()) after the end of the JSON value", offset: reader.index)
                }
                return .success(node)
            } catch {
                return .failure(error)
            }
        }
        skippedByteOrderMark = bom
        stoppedIn = stopped
        return try result.get()
    }

    /// Parses the rest of a document from an element separator inside the streamed array
    /// `key` of the root object (where a parse with `stopAt` stopped): the remaining elements,
    /// numbered from `index`, go to `streaming`; then the root object's remaining members,
    /// which are returned, and the end of the text.
    mutating func parseTail(_ bytes: [UInt8], from offset: Int, key: String, index: Int,
                            streaming: @escaping (String, Int, JSONNode) -> Bool) throws(JSONSyntaxError) -> [JSONMember] {
        let result: Result<[JSONMember], JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = _Reader(buffer)
            reader.visitor = streaming
            do throws(JSONSyntaxError) {
                reader.index = offset
                var kept: [JSONNode] = []
                _ = try reader.continueStreamedArray(key: key, depth: 2, start: offset, kept: &kept, count: index)
                guard kept.isEmpty else { throw JSONSyntaxError("an element of \(key) was not streamed", offset: offset) }
                var members: [JSONMember] = []
                try reader.continueMembers(depth: 1, into: &members)
                reader.skipWhitespace()
                if !reader.atEnd {
                    throw JSONSyntaxError("unexpected \(reader.describeCurrent()) after the end of the JSON value", offset: reader.index)
                }
                return .success(members)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

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

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1 // {
        var members: [JSONMember] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        try parseMembers(depth: depth, into: &members)
        return .object(members)
    }

    /// Reads members from the start of a key up to the object's closing brace.
    mutating func parseMembers(depth: Int, into members: inout [JSONMember]) throws(JSONSyntaxError) {
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw JSONSyntaxError("unexpected end of file inside an object", offset: index) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") { throw JSONSyntaxError("trailing comma before '}'", offset: index) }
                throw unexpected("an object key in double quotes was expected")
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count else {
                throw JSONSyntaxError("unexpected end of file after the key \(_quoted(key)): expected ':'", offset: index)
            }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw JSONSyntaxError("expected ':' after the key \(_quoted(key))", offset: index)
            }
            index += 1
            skipWhitespace()
            let value: JSONNode
            if depth == 1, visitor != nil, index < bytes.count, bytes[index] == UInt8(ascii: "[") {
                value = try parseStreamedArray(key: key, depth: depth + 1)
            } else {
                value = try parseValue(depth: depth)
            }
            members.append(JSONMember(key: key, keyOffset: keyOffset, node: value))
            if stopped != nil { return }
            if try !continueAfterMember() { return }
        }
    }

    /// After a member's value: true at a comma (another member follows), false past the
    /// closing brace.
    mutating func continueAfterMember() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw JSONSyntaxError("unexpected end of file inside an object: expected ',' or '}'", offset: index) }
        if bytes[index] == UInt8(ascii: ",") { index += 1; return true }
        if bytes[index] == UInt8(ascii: "}") { index += 1; return false }
        throw unexpected("expected ',' or '}'")
    }

    /// Reads the rest of an object after a member's value.
    mutating func continueMembers(depth: Int, into members: inout [JSONMember]) throws(JSONSyntaxError) {
        if try continueAfterMember() { try parseMembers(depth: depth, into: &members) }
    }

    /// An array under the root object whose elements go to the visitor; those it keeps are
    /// dropped from the tree.
    mutating func parseStreamedArray(key: String, depth: Int) throws(JSONSyntaxError) -> JSONNode {
        let start = index
        index += 1 // [
        var kept: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return JSONNode(.array(kept), offset: start) }
        return try streamElements(key: key, depth: depth, start: start, kept: &kept, count: 0)
    }

    /// Streams elements from the start of one to the array's closing bracket.
    mutating func streamElements(key: String, depth: Int, start: Int, kept: inout [JSONNode], count first: Int) throws(JSONSyntaxError) -> JSONNode {
        var count = first
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw JSONSyntaxError("trailing comma before ']'", offset: index) }
            let element = try parseValue(depth: depth)
            if !(visitor?(key, count, element) ?? false) { kept.append(element) }
            count += 1
            skipWhitespace()
            guard index < bytes.count else { throw JSONSyntaxError("unexpected end of file inside an array: expected ',' or ']'", offset: index) }
            if let stopAt, index == stopAt(), bytes[index] == UInt8(ascii: ",") {
                stopped = (key, count)
                return JSONNode(.array(kept), offset: start)
            }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return JSONNode(.array(kept), offset: start) }
            throw unexpected("expected ',' or ']'")
        }
    }

    /// Streams the rest of an array from an element separator (a comma), numbering elements
    /// from `count`.
    mutating func continueStreamedArray(key: String, depth: Int, start: Int, kept: inout [JSONNode], count: Int) throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { throw unexpected("expected ','") }
        index += 1
        return try streamElements(key: key, depth: depth, start: start, kept: &kept, count: count)
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        index += 1 // [
        var items: [JSONNode] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw JSONSyntaxError("trailing comma before ']'", offset: index) }
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            guard index < bytes.count else { throw JSONSyntaxError("unexpected end of file inside an array: expected ',' or ']'", offset: index) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw unexpected("expected ',' or ']'")
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") {
            index += 1
            if startsWith("Infinity") || startsWith("NaN") {
                throw JSONSyntaxError("NaN and Infinity are not valid JSON numbers", offset: start)
            }
        }
        guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else {
            throw JSONSyntaxError("invalid number: a digit was expected", offset: index)
        }
        if bytes[index] == 0x30 {
            index += 1
            if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                throw JSONSyntaxError("invalid number: leading zeros are not allowed", offset: start)
            }
        } else {
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else {
                throw JSONSyntaxError("invalid number: a digit was expected after '.'", offset: index)
            }
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 else {
                throw JSONSyntaxError("invalid number: a digit was expected in the exponent", offset: index)
            }
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        }
        // Fast path for short integers.
        if isInteger, index - start <= 15 {
            var value = 0
            var i = start
            let negative = bytes[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            while i < index { value = value * 10 + Int(bytes[i] - 0x30); i += 1 }
            return .number(Double(negative ? -value : value), isInteger: true)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            let shown = text.count <= 40 ? text : String(text.prefix(24)) + "… (\(text.count) characters)"
            throw JSONSyntaxError("number \(shown) is out of range", offset: start)
        }
        return .number(value, isInteger: isInteger)
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let quote = index
        index += 1
        let start = index
        // Fast path: no escapes, plain bytes.
        var sawEscape = false
        var sawHigh = false
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { sawEscape = true; break }
            if b < 0x20 { throw JSONSyntaxError("control character 0x\(String(b, radix: 16, uppercase: true)) inside a string: escape it as \\u00\(b < 16 ? "0" : "")\(String(b, radix: 16, uppercase: true))", offset: index) }
            if b >= 0x80 { sawHigh = true }
            index += 1
        }
        guard index < bytes.count else { throw JSONSyntaxError("unterminated string", offset: quote) }
        if !sawEscape {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
            index += 1
            if !sawHigh { return String(decoding: slice, as: UTF8.self) }
            guard let s = String(validating: slice, as: UTF8.self) else {
                throw JSONSyntaxError("invalid UTF-8 inside a string", offset: _firstInvalidUTF8(slice, base: start))
            }
            return s
        }
        // Slow path with escapes.
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                guard let s = String(validating: out, as: UTF8.self) else {
                    throw JSONSyntaxError("invalid UTF-8 inside a string", offset: _firstInvalidUTF8(UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), base: start))
                }
                return s
            }
            if b < 0x20 { throw JSONSyntaxError("control character 0x\(String(b, radix: 16, uppercase: true)) inside a string: escape it", offset: index) }
            if b == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { throw JSONSyntaxError("unterminated string", offset: quote) }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if scalar >= 0xD800 && scalar < 0xDC00 {
                        // High surrogate: a low one must follow.
                        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                            index += 2
                            let low = try parseHex4()
                            guard low >= 0xDC00 && low < 0xE000 else {
                                throw JSONSyntaxError("invalid surrogate pair in \\u escape", offset: index - 6)
                            }
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            throw JSONSyntaxError("lone surrogate in \\u escape", offset: index - 6)
                        }
                    } else if scalar >= 0xDC00 && scalar < 0xE000 {
                        throw JSONSyntaxError("lone surrogate in \\u escape", offset: index - 6)
                    }
                    guard let us = Unicode.Scalar(scalar) else {
                        throw JSONSyntaxError("invalid \\u escape", offset: index - 6)
                    }
                    out.append(contentsOf: Array(String(Character(us)).utf8))
                default:
                    throw JSONSyntaxError("invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string", offset: index - 2)
                }
                continue
            }
            out.append(b)
            index += 1
        }
        throw JSONSyntaxError("unterminated string", offset: quote)
    }

    mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw JSONSyntaxError("incomplete \\u escape", offset: index) }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[index]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw JSONSyntaxError("invalid hex digit in \\u escape", offset: index)
            }
            v = v << 4 | d
            index += 1
        }
        return v
    }
}

/// The offset of the first byte that breaks UTF-8 in `slice`, plus `base`.
func _firstInvalidUTF8(_ slice: UnsafeBufferPointer<UInt8>, base: Int) -> Int {
    var i = 0
    while i < slice.count {
        let b = slice[i]
        let len: Int
        if b < 0x80 { len = 1 } else if b >> 5 == 0x6 { len = 2 } else if b >> 4 == 0xE { len = 3 } else if b >> 3 == 0x1E { len = 4 } else { return base + i }
        if i + len > slice.count { return base + i }
        if String(validating: UnsafeBufferPointer(rebasing: slice[i..<(i + len)]), as: UTF8.self) == nil { return base + i }
        i += len
    }
    return base + slice.count
}

/// `0x0A`: a byte in hexadecimal with two digits.
func _hex(_ b: UInt8) -> String {
    "0x" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
}

/// A string from a file quoted for a message, cut to `limit` characters with "…".
func _quoted(_ s: some StringProtocol, limit: Int = 40) -> String {
    "\"" + (s.count <= limit ? String(s) : String(s.prefix(limit)) + "…") + "\""
}
