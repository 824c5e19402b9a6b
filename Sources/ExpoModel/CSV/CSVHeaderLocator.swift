/// Finds the header row of an exhibitor list and its delimiter.
///
/// Organisers' exports often start with a title (`HANNOVERMESSE 2026 - Exhibitors`), blank lines
/// or notes. Among the first `searchLines` non-blank lines, for each delimiter (comma, semicolon,
/// tab), the header is the first line with the most recognised column names; a delimiter that
/// splits the following rows into as many fields as the header wins a tie. When no line names a
/// known column, the first non-blank line is the header and the delimiter is the one that splits
/// that line most often, as before.
public enum CSVHeaderLocator {
    /// Where the header is.
    public struct Location: Sendable, Equatable {
        /// 1-based line of the header.
        public var line: Int
        /// Byte offset of the start of that line.
        public var offset: Int
        /// The delimiter.
        public var delimiter: UInt8
        /// How many column names on the header line are recognised (or mapped).
        public var recognised: Int
        /// The non-blank lines above the header (skipped): 1-based line and text.
        public var skipped: [(line: Int, text: String)]

        public static func == (a: Location, b: Location) -> Bool {
            a.line == b.line && a.offset == b.offset && a.delimiter == b.delimiter && a.recognised == b.recognised
                && a.skipped.map(\.line) == b.skipped.map(\.line) && a.skipped.map(\.text) == b.skipped.map(\.text)
        }
    }

    /// Why a header line given by the user cannot be used.
    public enum LocatorError: Error, Equatable, CustomStringConvertible {
        /// `--header-line` is beyond the end of the file or on a blank line.
        case noSuchLine(Int, lines: Int)

        /// A message a user can act on.
        public var description: String {
            switch self {
            case .noSuchLine(let n, let lines):
                "--header-line \(n): the file has \(lines) line\(lines == 1 ? "" : "s") and line \(n) is not a non-blank line of it"
            }
        }
    }

    /// How many non-blank lines are searched for the header.
    public static let searchLines = 10

    /// One physical line: its number, start offset and bytes' range.
    struct Line { var number: Int; var start: Int; var end: Int }

    /// The first physical lines (CR, LF or CRLF endings), at most `limit` non-blank ones.
    static func lines(_ bytes: [UInt8], limit: Int) -> (lines: [Line], total: Int) {
        var out: [Line] = []
        var i = 0, number = 1, nonBlank = 0
        let n = bytes.count
        while i < n {
            let start = i
            while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            let end = i
            if i < n { if bytes[i] == 0x0D, i + 1 < n, bytes[i + 1] == 0x0A { i += 2 } else { i += 1 } }
            let blank = bytes[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 }
            out.append(Line(number: number, start: start, end: end))
            number += 1
            if !blank { nonBlank += 1; if nonBlank >= limit { break } }
        }
        return (out, number - 1)
    }

    /// The fields of one line split on `delimiter` outside quotes (quotes removed, trimmed).
    static func fields(_ bytes: ArraySlice<UInt8>, delimiter: UInt8) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        var inQuotes = false
        for b in bytes {
            if b == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if b == delimiter, !inQuotes { out.append(String(decoding: current, as: UTF8.self)); current = []; continue }
            current.append(b)
        }
        out.append(String(decoding: current, as: UTF8.self))
        return out.map { $0.trimmingCharacters(in: " \t") }
    }

    /// Finds the header in UTF-8 `bytes` (no byte-order mark).
    /// - Parameters:
    ///   - delimiter: the delimiter, when the user gave one.
    ///   - headerLine: the 1-based header line, when the user gave one.
    ///   - mapped: normalised column names the user mapped (`--map`), which count as recognised.
    public static func locate(_ bytes: [UInt8], delimiter: UInt8? = nil, headerLine: Int? = nil, mapped: Set<String> = []) throws(LocatorError) -> Location {
        func recognised(_ fs: [String]) -> Int {
            fs.filter { mapped.contains(CSVField.normalise($0)) || CSVField.recognise($0) != nil }.count
        }
        func text(_ l: Line) -> String { String(decoding: bytes[l.start..<l.end], as: UTF8.self) }
        func isBlank(_ l: Line) -> Bool { bytes[l.start..<l.end].allSatisfy { $0 == 0x20 || $0 == 0x09 } }
        let delimiters = delimiter.map { [$0] } ?? CSVReader.delimiters

        if let headerLine {
            let (ls, _) = lines(bytes, limit: Int.max)
            guard headerLine >= 1, headerLine <= ls.count, !isBlank(ls[headerLine - 1]) else { throw .noSuchLine(headerLine, lines: ls.count) }
            let l = ls[headerLine - 1]
            let skipped = ls[..<(headerLine - 1)].filter { !isBlank($0) }.map { ($0.number, text($0)) }
            let d = delimiter ?? CSVReader.detectDelimiter(Array(bytes[l.start..<l.end]))
            return Location(line: l.number, offset: l.start, delimiter: d, recognised: recognised(fields(bytes[l.start..<l.end], delimiter: d)), skipped: skipped)
        }

        // The candidates and up to 20 lines after them, to check field counts.
        let (ls, _) = lines(bytes, limit: searchLines + 20)
        let nonBlank = ls.filter { !isBlank($0) }
        let candidates = nonBlank.prefix(searchLines)
        var best: (index: Int, delimiter: UInt8, recognised: Int, consistent: Int)?
        for (ci, l) in candidates.enumerated() {
            for d in delimiters {
                let fs = fields(bytes[l.start..<l.end], delimiter: d)
                guard fs.count > 1 || delimiter != nil || candidates.count == 1 else { continue }
                let r = recognised(fs)
                guard r > 0 else { continue }
                // Rows after it with as many fields (a trailing delimiter allowed).
                let consistent = nonBlank.dropFirst(ci + 1).prefix(20).filter { row in
                    let c = fields(bytes[row.start..<row.end], delimiter: d).count
                    return c == fs.count || c == fs.count + 1
                }.count
                if let b = best, (b.recognised, b.consistent) >= (r, consistent) { continue }
                best = (ci, d, r, consistent)
            }
        }
        guard let best else {
            // No line names a known column: the first non-blank line, as before.
            guard let first = nonBlank.first else { return Location(line: 1, offset: 0, delimiter: delimiter ?? UInt8(ascii: ","), recognised: 0, skipped: []) }
            return Location(line: first.number, offset: first.start, delimiter: delimiter ?? CSVReader.detectDelimiter(Array(bytes[first.start...])),
                            recognised: 0, skipped: [])
        }
        let l = nonBlank[best.index]
        let skipped = nonBlank.prefix(best.index).map { ($0.number, text($0)) }
        return Location(line: l.number, offset: l.start, delimiter: best.delimiter, recognised: best.recognised, skipped: skipped)
    }
}
