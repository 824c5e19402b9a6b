/// An RFC 4180 CSV reader over UTF-8 bytes that keeps line numbers and recovers from errors.
///
/// Quoted fields may hold delimiters, doubled quotes and newlines; CRLF, LF and CR line endings
/// are accepted; a UTF-8 byte-order mark is skipped; blank lines are ignored. A quoted field that
/// never closes is reported with its line, and reading resumes on the next line, so the rows
/// after it are not lost. (SwiftCSV 0.10 and CSV.swift 2.5 both read such a file without an
/// error, swallowing every later row into one field; see README.)
public struct CSVReader {
    /// One record and where it starts.
    public struct Record: Sendable, Equatable {
        /// 1-based line where the record starts.
        public var line: Int
        /// The fields.
        public var fields: [String]
        /// True when the record could not be read whole; a `Problem` says why.
        public var broken = false
    }

    /// A problem with a record.
    public struct Problem: Sendable, Equatable {
        /// 1-based line.
        public var line: Int
        /// 1-based field number, when known.
        public var column: Int?
        /// What is wrong.
        public var message: String
    }

    /// The delimiters detected: comma, semicolon and tab.
    public static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// The delimiter that occurs most often outside quotes on the first non-blank line
    /// (comma when none does).
    public static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var inQuotes = false
        var sawText = false
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { inQuotes.toggle() } else if !inQuotes {
                if b == 0x0A || b == 0x0D { if sawText { break } } else {
                    sawText = true
                    if delimiters.contains(b) { counts[b, default: 0] += 1 }
                }
            }
            i += 1
        }
        return delimiters.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil } ?? UInt8(ascii: ",")
    }

    /// Reads every record.
    /// - Parameters:
    ///   - bytes: the file.
    ///   - delimiter: the field separator; detected when nil.
    ///   - offset: where to start reading (the start of a line, e.g. the header's).
    ///   - firstLine: the 1-based number of the line at `offset`.
    ///
    /// A large text is read in two halves on two cores when it can be cut between records (see
    /// `readInHalves`); the result is the same.
    public static func read(_ bytes: [UInt8], delimiter: UInt8? = nil, from offset: Int = 0, firstLine: Int = 1) -> (records: [Record], problems: [Problem], delimiter: UInt8) {
        let delim = delimiter ?? detectDelimiter(bytes)
        let start = offset > 0 ? min(offset, bytes.count) : (bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        if let halves = readInHalves(bytes, delim, from: start, firstLine: firstLine) { return (halves.records, halves.problems, delim) }
        let whole = readRange(bytes, delim, from: start, to: bytes.count, firstLine: firstLine)
        return (whole.records, whole.problems, delim)
    }

    /// The records of `bytes[start..<end]`, where line `firstLine` starts at `start`, and the
    /// number of the line after them.
    // Over 60 lines: one byte-level state machine; its loops share the position, the line and `continue recordLoop`.
    static func readRange(_ bytes: [UInt8], _ delim: UInt8, from start: Int, to end: Int, firstLine: Int) -> (records: [Record], problems: [Problem], endLine: Int) {
        var records: [Record] = []
        var problems: [Problem] = []
        let quote = UInt8(ascii: "\""), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        let n = end
        var i = start
        var line = firstLine
        bytes.withUnsafeBufferPointer { buf in
            func text(_ from: Int, _ to: Int, _ fieldNo: Int, _ recLine: Int) -> String {
                let slice = UnsafeBufferPointer(rebasing: buf[from..<to])
                if let s = String(validating: slice, as: UTF8.self) { return s }
                problems.append(Problem(line: recLine, column: fieldNo, message: "invalid UTF-8; bad bytes shown as �"))
                return String(decoding: slice, as: UTF8.self)
            }
            /// Where reading resumes after a broken quote: the start of the next line.
            func nextLine(after start: Int, _ openLine: Int) -> (Int, Int) {
                var k = start
                while k < n, buf[k] != lf, buf[k] != cr { k += 1 }
                if k < n, buf[k] == cr, k + 1 < n, buf[k + 1] == lf { k += 1 }
                return (min(n, k + 1), openLine + 1)
            }
            recordLoop: while i < n {
                let recLine = line
                var fields: [String] = []
                var failed = false
                while true {
                    let fieldNo = fields.count + 1
                    // Spaces before an opening quote (`a, "b,c"`) are not part of the field.
                    var q = i
                    while q < n, buf[q] == 0x20 { q += 1 }
                    if q > i, q < n, buf[q] == quote { i = q }
                    if i < n, buf[i] == quote {
                        // Quoted field.
                        let openLine = line
                        var value: [UInt8] = []
                        var j = i + 1
                        var closed = false
                        while j < n {
                            let b = buf[j]
                            if b == quote {
                                if j + 1 < n, buf[j + 1] == quote { value.append(quote); j += 2; continue }
                                closed = true; j += 1; break
                            }
                            if b == lf { line += 1 } else if b == cr, !(j + 1 < n && buf[j + 1] == lf) { line += 1 }
                            value.append(b)
                            j += 1
                        }
                        if !closed {
                            problems.append(Problem(line: openLine, column: fieldNo, message: "a quoted field opens here and never closes; reading resumed on the next line"))
                            records.append(Record(line: recLine, fields: fields, broken: true))
                            // Resume on the line after the opening quote.
                            (i, line) = nextLine(after: i, openLine)
                            continue recordLoop
                        }
                        // After the closing quote: a delimiter, a line end or the end.
                        var stray = j
                        while stray < n, buf[stray] != delim, buf[stray] != lf, buf[stray] != cr { stray += 1 }
                        if stray > j {
                            let extraText = text(j, stray, fieldNo, recLine)
                            if !extraText.allSatisfy({ $0 == " " }), line > openLine {
                                // A quote that spans lines and then closes badly: most likely a
                                // stray quote. Resume on the line after it, as for an unclosed one.
                                problems.append(Problem(line: openLine, column: fieldNo, message: "a quoted field opens here and does not close properly; reading resumed on the next line"))
                                records.append(Record(line: recLine, fields: fields, broken: true))
                                (i, line) = nextLine(after: i, openLine)
                                continue recordLoop
                            }
                            if !extraText.allSatisfy({ $0 == " " }) {
                                problems.append(Problem(line: recLine, column: fieldNo, message: "text after a closing quote: \"…\(extraText.prefix(20))\"; quote the whole field and double any quote inside it"))
                                failed = true
                            }
                        }
                        let s = String(validating: value, as: UTF8.self) ?? {
                            problems.append(Problem(line: recLine, column: fieldNo, message: "invalid UTF-8; bad bytes shown as �"))
                            return String(decoding: value, as: UTF8.self)
                        }()
                        fields.append(s)
                        i = stray
                    } else {
                        var j = i
                        while j < n, buf[j] != delim, buf[j] != lf, buf[j] != cr { j += 1 }
                        fields.append(text(i, j, fieldNo, recLine))
                        i = j
                    }
                    // Field end.
                    if i < n, buf[i] == delim { i += 1; continue }
                    if i < n, buf[i] == cr { i += 1; if i < n, buf[i] == lf { i += 1 } }
                    else if i < n, buf[i] == lf { i += 1 }
                    line += 1
                    break
                }
                if fields.count == 1, fields[0].isEmpty { continue } // blank line
                records.append(Record(line: recLine, fields: fields, broken: failed))
            }
        }
        return (records, problems, line)
    }
}
