extension TextWidth {
    /// Wraps text into lines of at most `columns` columns, breaking at spaces where it can and
    /// inside words longer than a line.
    ///
    /// One pass over the text's graphemes: the cost is linear in its length, however long a
    /// run without spaces is (a 2,000,000-character word costs the same per character as prose).
    /// A grapheme wider than `columns` gets a line of its own.
    public static func wrap(_ s: String, to columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return wrapASCII(s, to: columns) }
        return wrapGraphemes(s, to: columns)
    }

    /// `wrap` one grapheme at a time, for any text.
    static func wrapGraphemes(_ s: String, to columns: Int) -> [String] {
        var wrapper = Wrapper(columns: columns)
        for c in s {
            if c == " " { wrapper.endWord() } else { wrapper.append(c) }
        }
        wrapper.endWord()
        return wrapper.finish()
    }
}

extension TextWidth {
    /// `wrap` for printable ASCII, where a byte is a column: the same lines, found by byte
    /// offsets instead of graphemes.
    static func wrapASCII(_ s: String, to columns: Int) -> [String] {
        var copy = s
        return copy.withUTF8 { wrapASCII($0, to: columns) }
    }

    private static func wrapASCII(_ b: UnsafeBufferPointer<UInt8>, to columns: Int) -> [String] {
        var lines: [String] = []
        var line: [UInt8] = []
        var i = 0
        let n = b.count
        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
        while i < n {
            if b[i] == 0x20 { i += 1; continue }
            var end = i
            while end < n, b[end] != 0x20 { end += 1 }
            var start = i
            // A word longer than a line: full lines of it, the rest goes on as a word.
            while end - start > columns {
                if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)); line.removeAll() }
                lines.append(text(start..<start + columns))
                start += columns
            }
            let word = UnsafeBufferPointer(rebasing: b[start..<end])
            if !line.isEmpty, line.count + 1 + word.count <= columns {
                line.append(0x20)
                line.append(contentsOf: word)
            } else {
                if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
                line = Array(word)
            }
            i = end
        }
        if !line.isEmpty || lines.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
        return lines
    }
}

/// The state of one `wrap`: the lines made so far, the open line and the word being read.
private struct Wrapper {
    let columns: Int
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    var lineOpen = false
    var word = ""
    var wordWidth = 0

    init(columns: Int) { self.columns = columns }

    /// Adds a grapheme to the current word; a word that outgrows a line is cut here.
    mutating func append(_ c: Character) {
        let cw = TextWidth.of(c)
        if wordWidth + cw > columns, !word.isEmpty {
            closeLine()
            lines.append(word)
            word = ""
            wordWidth = 0
        }
        word.append(c)
        wordWidth += cw
    }

    /// Puts the finished word on the open line, or on a new line when it does not fit.
    mutating func endWord() {
        guard !word.isEmpty else { return }
        if lineOpen, lineWidth > 0, lineWidth + 1 + wordWidth <= columns {
            line += " "
            line += word
            lineWidth += 1 + wordWidth
        } else {
            closeLine()
            line = word
            lineWidth = wordWidth
            lineOpen = true
        }
        word = ""
        wordWidth = 0
    }

    mutating func closeLine() {
        if lineOpen { lines.append(line) }
        line = ""
        lineWidth = 0
        lineOpen = false
    }

    mutating func finish() -> [String] {
        if lineOpen && (lineWidth > 0 || lines.isEmpty) { lines.append(line) }
        if lines.isEmpty { lines.append("") }
        return lines
    }
}
