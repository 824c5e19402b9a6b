/// Finds where a large document can be cut in two, so that its halves are parsed on two cores.
///
/// It reads only the structure (strings, brackets, commas), trusting the text to be JSON; a
/// real parse of both halves checks everything, and a wrong guess only means the document is
/// read in one piece after all.
enum JSONSplitter {
    /// A cut: the comma before element `index` of the array that is the value of root member
    /// `key`, at byte `offset`.
    struct Cut: Sendable, Equatable {
        var key: String
        var offset: Int
        var index: Int
    }

    /// The first element separator at or after `target` in an array whose root member's key
    /// is one of `keys`; nil when there is none (or the text is not a JSON object).
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, near target: Int, keys: Set<String>) -> Cut? {
        let n = bytes.count
        var i = 0
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < n, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        guard i < n, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var depth = 1
        var expectKey = true
        var key: String?
        var array: String?   // the key of the record array being read, at depth 2
        var elements = 0
        while i < n {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                let start = i + 1
                var escaped = false
                i += 1
                while i < n {
                    let c = bytes[i]
                    if c == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
                    if c == UInt8(ascii: "\"") { break }
                    i += 1
                }
                guard i < n else { return nil }
                if depth == 1, expectKey {
                    key = escaped ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                    expectKey = false
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                if depth == 2 {
                    array = b == UInt8(ascii: "[") ? key.flatMap { keys.contains($0) ? $0 : nil } : nil
                    elements = 0
                }
                if depth > JSONParser.maxDepth { return nil }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 0 { return nil }
                if depth == 1 { array = nil }
            case UInt8(ascii: ","):
                if depth == 1 {
                    expectKey = true
                } else if depth == 2, let array {
                    elements += 1
                    if i >= target { return Cut(key: array, offset: i, index: elements) }
                }
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
