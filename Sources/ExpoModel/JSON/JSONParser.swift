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

/// `0x0A`: a byte in hexadecimal with two digits.
func _hex(_ b: UInt8) -> String {
    "0x" + (b < 16 ? "0" : "") + String(b, radix: 16, uppercase: true)
}

/// A string from a file quoted for a message, cut to `limit` characters with "…".
func _quoted(_ s: some StringProtocol, limit: Int = 40) -> String {
    "\"" + (s.count <= limit ? String(s) : String(s.prefix(limit)) + "…") + "\""
}
