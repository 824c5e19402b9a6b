/// A booth cell of an exhibitor list read as the booths it names.
///
/// The rules, in order:
/// - An empty cell or a placeholder (see `Placeholder`) names no booth.
/// - A cell saying there is no stand yet (`Digital Only`, `Online`, `Virtual`, `… to follow …`,
///   `pre-registered`, `TBA`) names no booth; its text is the cell's `note`.
/// - The cell is cut into parts at `,` `;` `|` `、` `，`, line breaks, and at a `/` with a space
///   on either side (`A1 / B2`; `G41/8` stays one code).
/// - A part `Hall X`, `Halle X`, `Hala X`, `Pavilion X`, `Зал X`, `Павильон X` or `X号馆`/`展馆 X`
///   sets the hall of the booths after it; the same part may go on with the code
///   (`Hall 7 - E374`, `Halle 3 Stand B12`). `H7/E374` (an `H`, digits and a slash) is hall 7,
///   code E374. Only these explicit forms set a hall: a code's own prefix (`W5-0901`) never does.
/// - A part `Stand X`, `Booth X`, `Stand Nr. X`, `Booth #X`, `Стенд X`, `展位 X` is a code;
///   text with no digit just before it names the hall (`Open-air site (FG), Stand P36`).
/// - Any other part with a digit is a code (`N2215`, `E1-0201`, `14717d`).
/// - Text with no digit after a booth, or in brackets (`(26)`, `(D44/3)`), is that booth's note.
/// - A cell of one part with no digit (`Westgate Hospitality Suites`) is kept as the code.
/// - A hall named with no code after it is a booth with a hall and no code.
public struct BoothCell: Sendable, Equatable {
    /// One booth of a cell.
    public struct Entry: Sendable, Equatable {
        /// The hall the cell names for it; nil when the cell names none (the hall column's applies).
        public var hall: String?
        /// The booth's code; nil when only a hall is named.
        public var code: String?
        /// Text about it that is not its code or hall.
        public var note: String?

        /// Creates an entry.
        public init(hall: String? = nil, code: String? = nil, note: String? = nil) {
            self.hall = hall
            self.code = code
            self.note = note
        }
    }

    /// The booths the cell names, in order.
    public var booths: [Entry] = []
    /// Text that names no booth (`Digital Only`), kept as a note.
    public var note: String?

    /// Creates a result.
    public init(booths: [Entry] = [], note: String? = nil) {
        self.booths = booths
        self.note = note
    }

    /// Reads a booth cell.
    public init(_ cell: String) {
        let text = cell.trimmingCharacters(in: " \t\r\n")
        if text.isEmpty || Placeholder.isPlaceholder(text) { return }
        // Fast path: one code, no separators or labels.
        if Self.isSimpleCode(text) {
            booths = [Entry(code: text)]
            return
        }
        if Self.saysNoBooth(text) {
            note = Self.oneLine(text)
            return
        }
        var reader = _BoothCellReader()
        for part in Self.parts(text) { reader.read(part) }
        reader.finish()
        if reader.entries.isEmpty {
            booths = [Entry(code: Self.oneLine(text))]
        } else {
            booths = reader.entries
            note = reader.cellNote
        }
    }

    /// True for a trimmed cell that is one code as it stands: ASCII with a digit, and no space,
    /// separator or bracket (`A-101`, `N2215`); such a cell needs no splitting.
    static func isSimpleCode(_ text: String) -> Bool {
        let u = text.utf8
        return !u.isEmpty && !u.contains(where: isSlowByte) && u.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    }

    /// Bytes that send a cell down the slow path: separators, spaces, brackets, non-ASCII.
    static func isSlowByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x80...0xFF, 0x20, 0x2C, 0x3B, 0x7C, 0x2F, 0x0A, 0x0D, 0x09, 0x28: return true
        default: return false
        }
    }

    /// Phrases of cells that say the exhibitor has no stand (yet).
    static let noBoothPhrases = ["digital only", "online only", "virtual", "to follow", "pre-registered", "preregistered", "to be announced",
                                 "not yet", "tba", "tbd"]

    static func saysNoBooth(_ text: String) -> Bool {
        // A digit rules out every phrase, and "online" and "digital" have none: most cells stop here.
        if text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return false }
        let l = text.lowercased()
        if l == "online" || l == "digital" { return true }
        return noBoothPhrases.contains { l.contains($0) }
            && !l.contains(where: { $0.isNumber })
    }

    /// `H7/…`: an H, digits and a slash.
    static func hasHallSlash(_ text: String) -> Bool {
        let u = Array(text.utf8.prefix(8))
        guard u.count > 2, u[0] | 0x20 == UInt8(ascii: "h") else { return false }
        var i = 1
        while i < u.count, (u[i] >= 0x30 && u[i] <= 0x39) || u[i] == UInt8(ascii: ".") { i += 1 }
        return i > 1 && i < u.count && u[i] == UInt8(ascii: "/")
    }

    /// The cell cut at its separators, each part trimmed; empty parts and placeholders dropped.
    static func parts(_ text: String) -> [String] {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiParts), let ascii { return ascii }
        return characterParts(text)
    }

    /// `parts` for ASCII text, cut byte by byte (a CR LF is one character, as in
    /// `characterParts`, and so no cut); nil for other text.
    static func asciiParts(_ u: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
        var out: [String] = []
        var start = 0, i = 0
        let n = u.count
        func cut(_ end: Int) {
            var a = start, b = end
            while a < b, u[a] == 0x20 || u[a] == 0x09 { a += 1 }
            while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 { b -= 1 }
            if a < b {
                let part = String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF8.self)
                if !Placeholder.isPlaceholder(part) { out.append(part) }
            }
        }
        while i < n {
            let b = u[i]
            if b == 0x0D, i + 1 < n, u[i + 1] == 0x0A {
                i += 2
                continue
            }
            let slashCut = b == UInt8(ascii: "/") && ((i > 0 && u[i - 1] == 0x20) || (i + 1 < n && u[i + 1] == 0x20))
            if slashCut || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: "|") || b == 0x0A || b == 0x0D {
                cut(i)
                start = i + 1
            }
            i += 1
        }
        cut(n)
        return out
    }

    /// `parts` character by character, for any text.
    static func characterParts(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            var cut = ",;|、，\n\r".contains(ch)
            if ch == "/", (i > 0 && chars[i - 1] == " ") || (i + 1 < chars.count && chars[i + 1] == " ") { cut = true }
            if cut { out.append(current); current = "" } else { current.append(ch) }
        }
        out.append(current)
        return out.map { $0.trimmingCharacters(in: " \t") }.filter { !$0.isEmpty && !Placeholder.isPlaceholder($0) }
    }

    /// The text on one line, runs of spaces and line breaks made one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
