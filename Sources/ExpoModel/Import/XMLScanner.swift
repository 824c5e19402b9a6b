/// A small pull parser for the XML parts of a workbook: start tags with their attributes, end
/// tags and text, one at a time, over the part's bytes; nothing is built but the current token.
///
/// It checks what a workbook reader relies on (tags nest and close, attributes are quoted,
/// entities are known) and refuses a DOCTYPE, so no entity can expand. Foundation's `XMLParser`
/// was tried first: on Linux it took 12 s over a 100,000-row sheet of 8 columns (36 MB of XML)
/// and then reported failure, as libxml2 refuses more than 10 MB given at once; with this scanner
/// the whole workbook reads in about 0.6 s (both on a busy 2-core machine).
struct XMLScanner {
    /// What `next()` found.
    enum Token: Equatable { case start, end, text, endOfDocument }

    private let bytes: [UInt8]
    /// The part's name, for messages.
    let part: String
    /// What the messages call the bytes: "part" (of a workbook), "file"…
    var noun = "part"
    private var i = 0
    /// The current element's local name (after any prefix), for `.start` and `.end`.
    private(set) var name: Range<Int> = 0..<0
    /// The current text, for `.text`; `isCDATA` when it is raw.
    private(set) var text: Range<Int> = 0..<0
    private(set) var isCDATA = false
    /// The current start tag's attributes: qualified name and raw value.
    private(set) var attributes: [(name: Range<Int>, value: Range<Int>)] = []
    private var pendingEnd = false
    private var stack: [Range<Int>] = []
    private var sawRoot = false

    init(_ bytes: [UInt8], part: String) {
        self.bytes = bytes
        self.part = part
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
    }

    /// The depth of open elements (1 inside the root).
    var depth: Int { stack.count }

    /// The next token.
    mutating func next() throws(ListReadError) -> Token {
        if pendingEnd {
            pendingEnd = false
            stack.removeLast()
            return .end
        }
        let n = bytes.count
        while true {
            guard i < n else {
                if let open = stack.last { throw failure("the \(noun) ends inside <\(string(open))>") }
                if !sawRoot { throw failure("the \(noun) is empty or has no element") }
                return .endOfDocument
            }
            if bytes[i] != 0x3C {
                let start = i
                while i < n, bytes[i] != 0x3C { i += 1 }
                if stack.isEmpty {
                    if bytes[start..<i].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
                        i = start
                        throw failure("text outside the root element")
                    }
                    continue
                }
                text = start..<i
                isCDATA = false
                return .text
            }
            guard i + 1 < n else { throw failure("the \(noun) ends inside a tag") }
            switch bytes[i + 1] {
            case 0x3F: try skip(past: [0x3F, 0x3E], what: "a processing instruction")
            case 0x21:
                if hasPrefix("<!--") {
                    try skip(past: Array("-->".utf8), what: "a comment")
                } else if hasPrefix("<![CDATA[") {
                    guard !stack.isEmpty else { throw failure("a CDATA section outside the root element") }
                    let start = i + 9
                    try skip(past: Array("]]>".utf8), what: "a CDATA section")
                    text = start..<(i - 3)
                    isCDATA = true
                    return .text
                } else {
                    throw failure(hasPrefix("<!DOCTYPE") ? (noun == "part" ? "a DOCTYPE, which a workbook part never has" : "a DOCTYPE, which Pavilion does not read (remove the <!DOCTYPE …> line)") : "\"<!\" that starts no comment or CDATA section")
                }
            case 0x2F: return try endTag()
            default: return try startTag()
            }
        }
    }

    private func hasPrefix(_ s: String) -> Bool {
        var k = i
        for b in s.utf8 {
            guard k < bytes.count, bytes[k] == b else { return false }
            k += 1
        }
        return true
    }

    private mutating func skip(past end: [UInt8], what: String) throws(ListReadError) {
        let start = i
        var k = i + 2
        while k + end.count <= bytes.count {
            if bytes[k] == end[0], bytes[k..<(k + end.count)].elementsEqual(end) {
                i = k + end.count
                return
            }
            k += 1
        }
        i = start
        throw failure("\(what) that never ends")
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// A name: up to a space, `/`, `>`, `=` or the end.
    private mutating func scanName() throws(ListReadError) -> Range<Int> {
        let start = i
        while i < bytes.count, !Self.isSpace(bytes[i]), bytes[i] != 0x2F, bytes[i] != 0x3E, bytes[i] != 0x3D, bytes[i] != 0x3C,
              bytes[i] != 0x22, bytes[i] != 0x27 { i += 1 }
        guard i > start else { throw failure("a tag or attribute without a name") }
        return start..<i
    }

    private mutating func skipSpaces() { while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 } }

    private func localName(_ q: Range<Int>) -> Range<Int> {
        var k = q.upperBound
        while k > q.lowerBound, bytes[k - 1] != 0x3A { k -= 1 }
        return k..<q.upperBound
    }

    private mutating func endTag() throws(ListReadError) -> Token {
        i += 2
        let q = try scanName()
        skipSpaces()
        guard i < bytes.count, bytes[i] == 0x3E else { throw failure("an end tag </\(string(q))> that does not close with \">\"") }
        guard let open = stack.last else { throw failure("</\(string(q))> closes no element") }
        guard bytes[open].elementsEqual(bytes[q]) else { throw failure("</\(string(q))> closes <\(string(open))>") }
        i += 1
        stack.removeLast()
        name = localName(q)
        return .end
    }

    private mutating func startTag() throws(ListReadError) -> Token {
        if stack.isEmpty, sawRoot { throw failure("a second root element") }
        i += 1
        let q = try scanName()
        attributes.removeAll(keepingCapacity: true)
        while true {
            skipSpaces()
            guard i < bytes.count else { throw failure("the \(noun) ends inside <\(string(q))>") }
            if bytes[i] == 0x3E { i += 1; break }
            if bytes[i] == 0x2F {
                guard i + 1 < bytes.count, bytes[i + 1] == 0x3E else { throw failure("\"/\" inside <\(string(q))>") }
                i += 2
                pendingEnd = true
                break
            }
            let a = try scanName()
            skipSpaces()
            guard i < bytes.count, bytes[i] == 0x3D else { throw failure("the attribute \(string(a)) of <\(string(q))> has no value") }
            i += 1
            skipSpaces()
            guard i < bytes.count, bytes[i] == 0x22 || bytes[i] == 0x27 else { throw failure("the value of \(string(a)) in <\(string(q))> is not quoted") }
            let quote = bytes[i]
            let start = i + 1
            i = start
            while i < bytes.count, bytes[i] != quote {
                if bytes[i] == 0x3C { throw failure("\"<\" inside the value of \(string(a))") }
                i += 1
            }
            guard i < bytes.count else { throw failure("the value of \(string(a)) never closes") }
            attributes.append((a, start..<i))
            i += 1
        }
        sawRoot = true
        stack.append(q)
        name = localName(q)
        return .start
    }

    /// The byte offset the scanner has reached (just after the current token).
    var offset: Int { i }

    /// The current element's local name as text.
    var nameText: String { String(decoding: bytes[name], as: UTF8.self) }

    /// The current element's local name is `s` (ASCII bytes).
    func nameIs(_ s: [UInt8]) -> Bool { bytes[name].elementsEqual(s) }

    /// The decoded value of the attribute called `qualified` (e.g. `r`, `r:id`); with
    /// `anyPrefix`, an attribute whose local name is `qualified` under any prefix.
    func attribute(_ qualified: [UInt8], anyPrefix: Bool = false) -> String? {
        for (a, v) in attributes where bytes[a].elementsEqual(qualified) || (anyPrefix && bytes[localName(a)].elementsEqual(qualified)) {
            var out: [UInt8] = []
            try? XMLText.decode(bytes[v], into: &out)
            return String(decoding: out, as: UTF8.self)
        }
        return nil
    }

    /// The raw bytes of an attribute's value (entities not decoded), for numbers and cell refs.
    func rawAttribute(_ qualified: [UInt8]) -> ArraySlice<UInt8>? {
        for (a, v) in attributes where bytes[a].elementsEqual(qualified) { return bytes[v] }
        return nil
    }

    /// Appends the current text, entities decoded.
    func appendText(to out: inout [UInt8]) throws(ListReadError) {
        if isCDATA {
            out.append(contentsOf: bytes[text])
            return
        }
        do { try XMLText.decode(bytes[text], into: &out) } catch { throw failure(error.message, at: text.lowerBound) }
    }

    private func string(_ r: Range<Int>) -> String { String(decoding: bytes[r].prefix(40), as: UTF8.self) }

    /// A one-line error naming the part and the line.
    func failure(_ message: String, at offset: Int? = nil) -> ListReadError {
        let end = min(offset ?? i, bytes.count)
        var line = 1
        for b in bytes[..<end] where b == 0x0A { line += 1 }
        let oneLine = String(String.UnicodeScalarView(message.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        return .unreadable("\(part), line \(line): \(oneLine)", position: nil)
    }
}
