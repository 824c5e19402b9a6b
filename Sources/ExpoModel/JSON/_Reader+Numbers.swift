extension _Reader {
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
}
