/// The two open schedule formats conference tools export, told from a file's content.
///
/// These are not `ListFileKind` cases: `CatalogLoader` (which `validate` and `--catalog` use)
/// switches over every `ListFileKind`, and a schedule is neither an exhibitor list nor a
/// catalogue there. `import` asks `detect` first and reads a schedule with `ScheduleImporter`.
public enum ScheduleFormat: String, Sendable, Equatable {
    /// frab / Pentabarf XML: the root element is `<schedule>`.
    case frabXML = "frab XML"
    /// c3voc JSON: the root object has a `"schedule"` object.
    case c3vocJSON = "c3voc JSON"

    /// The schedule format of `bytes`, nil when they are not a schedule.
    ///
    /// XML: the first element after the XML declaration, comments and processing instructions
    /// is `<schedule`. JSON: an object whose member `"schedule"` (at the top level, within the
    /// first 1 MB) is an object.
    public static func detect(_ bytes: [UInt8]) -> ScheduleFormat? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        skipSpace(bytes, &i)
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "<") { return xmlRootName(bytes) == "schedule" ? .frabXML : nil }
        if bytes[i] == UInt8(ascii: "{") { return topLevelScheduleObject(bytes, from: i) ? .c3vocJSON : nil }
        return nil
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private static func skipSpace(_ b: [UInt8], _ i: inout Int) { while i < b.count, isSpace(b[i]) { i += 1 } }

    /// The name of the first element of an XML document (after the declaration, comments,
    /// processing instructions and a DOCTYPE, within the first 64 KB); nil when `bytes` do not
    /// start like XML.
    public static func xmlRootName(_ b: [UInt8]) -> String? {
        var i = b.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        skipSpace(b, &i)
        let limit = min(b.count, i + 65_536)
        while i + 1 < limit, b[i] == UInt8(ascii: "<") {
            if b[i + 1] == UInt8(ascii: "?") || b[i + 1] == UInt8(ascii: "!") {
                let close: [UInt8] = b[i + 1] == UInt8(ascii: "?") ? [0x3F, 0x3E] : (b[(i + 1)...].starts(with: Array("!--".utf8)) ? Array("-->".utf8) : [0x3E])
                var k = i + 2
                var bracket = 0
                while k + close.count <= limit {
                    if close == [0x3E], b[k] == UInt8(ascii: "[") { bracket += 1 }
                    if close == [0x3E], b[k] == UInt8(ascii: "]") { bracket -= 1 }
                    if bracket <= 0, b[k..<(k + close.count)].elementsEqual(close) { break }
                    k += 1
                }
                guard k + close.count <= limit else { return nil }
                i = k + close.count
                skipSpace(b, &i)
                continue
            }
            var k = i + 1
            while k < limit, !isSpace(b[k]), b[k] != UInt8(ascii: ">"), b[k] != UInt8(ascii: "/") { k += 1 }
            guard k > i + 1, k < limit else { return nil }
            let name = String(decoding: b[(i + 1)..<k], as: UTF8.self)
            guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return nil }
            // A namespace prefix is dropped: <frab:schedule> is a schedule too.
            return name.split(separator: ":").last.map(String.init)
        }
        return nil
    }

    /// True when the object at `start` has a member `"schedule"` whose value is an object,
    /// found by a scan that tracks strings and nesting (no tree is built).
    static func topLevelScheduleObject(_ b: [UInt8], from start: Int) -> Bool {
        let key = Array("\"schedule\"".utf8)
        let limit = min(b.count, start + 1_048_576)
        var depth = 0, i = start
        while i < limit {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let keyStart = i
                i += 1
                while i < limit, b[i] != UInt8(ascii: "\"") { i += b[i] == UInt8(ascii: "\\") ? 2 : 1 }
                i += 1
                if depth == 1, i <= limit, b[keyStart..<min(i, limit)].elementsEqual(key) {
                    var k = i
                    skipSpace(b, &k)
                    guard k < limit, b[k] == UInt8(ascii: ":") else { continue }
                    k += 1
                    skipSpace(b, &k)
                    if k < limit, b[k] == UInt8(ascii: "{") { return true }
                }
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { return false }
            }
            i += 1
        }
        return false
    }
}
