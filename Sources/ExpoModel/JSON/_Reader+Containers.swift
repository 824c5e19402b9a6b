// Objects and arrays, including the streamed arrays under the root object.
extension _Reader {
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
}
