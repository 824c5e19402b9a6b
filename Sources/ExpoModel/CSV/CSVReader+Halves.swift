import Dispatch

extension CSVReader {
    /// Texts from this many bytes on are read in two halves on two cores.
    static let halvesFrom = 1 << 20

    /// `bytes` from `start` read as two halves at once, cut at a line break outside quotes near
    /// the middle; nil when the text is small, has no such line break, or the first half does not
    /// read cleanly up to the cut (then the whole text is read in one pass, which reports and
    /// recovers from broken quotes as it always has). A first half that ends cleanly at a line
    /// break leaves the reader where it would be anyway, so the records are the same.
    static func readInHalves(_ bytes: [UInt8], _ delim: UInt8, from start: Int, firstLine: Int) -> (records: [Record], problems: [Problem])? {
        let n = bytes.count
        guard n - start >= halvesFrom, let cut = cutPoint(bytes, from: start) else { return nil }
        var parts: [(records: [Record], problems: [Problem], endLine: Int)] = [([], [], 0), ([], [], 0)]
        parts.withUnsafeMutableBufferPointer { out in
            let out = UncheckedBox(out)
            DispatchQueue.concurrentPerform(iterations: 2) { h in
                // The second half counts lines from 0 until the first half's last line is known.
                out.value[h] = h == 0 ? readRange(bytes, delim, from: start, to: cut, firstLine: firstLine)
                    : readRange(bytes, delim, from: cut, to: n, firstLine: 0)
            }
        }
        guard parts[0].problems.isEmpty else { return nil }
        let shift = parts[0].endLine
        var records = parts[0].records
        records.reserveCapacity(records.count + parts[1].records.count)
        for var r in parts[1].records {
            r.line += shift
            records.append(r)
        }
        let problems = parts[1].problems.map { p in
            var p = p
            p.line += shift
            return p
        }
        return (records, problems)
    }

    /// The position after the first line feed past the middle of `bytes[start...]` with an even
    /// number of quotes before it (outside quotes, in a well-formed file); nil when there is none.
    static func cutPoint(_ bytes: [UInt8], from start: Int) -> Int? {
        let n = bytes.count
        let middle = start + (n - start) / 2
        return bytes.withUnsafeBufferPointer { buf -> Int? in
            var quotes = 0
            for i in start..<middle where buf[i] == UInt8(ascii: "\"") { quotes += 1 }
            for i in middle..<n {
                let b = buf[i]
                if b == UInt8(ascii: "\"") {
                    quotes += 1
                } else if b == 0x0A, quotes % 2 == 0, i + 1 < n {
                    return i + 1
                }
            }
            return nil
        }
    }
}
