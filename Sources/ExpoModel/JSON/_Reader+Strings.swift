extension _Reader {
    /// Reads a string from its opening quote, unescaping and checking its UTF-8.
    // Over 60 lines: the parser's hottest loop (see pavilion-bench); its fast and escaped paths stay together, unsplit.
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
