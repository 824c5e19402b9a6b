/// Reads a planned time as a visitor types it: `10:30`, `16 10:30`, `2017-06-16 10:30`,
/// `2017-06-16T10:30`, `+1h`, `-15m`, `+1h30m`; an empty text clears the time.
public enum PlanTimeParser {
    /// Why a typed time was refused, as a message for the status line.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The message.
        public var description: String
    }

    /// Parses `text`.
    /// - Parameters:
    ///   - current: the entry's planned start, which relative times move and a bare time keeps the day of.
    ///   - expoStart: the expo's first day (`2017-06-15`), the day of a bare time when the entry has none.
    /// - Returns: the start, or nil to clear it.
    public static func parse(_ text: String, current: LocalDateTime?, expoStart: String?) throws(Failure) -> LocalDateTime? {
        let t = text.trimmingCharacters(in: " \t")
        if t.isEmpty { return nil }
        if t.first == "+" || t.first == "-" {
            guard let minutes = relativeMinutes(t) else {
                throw Failure(description: "\"\(t)\": write a shift as +1h, -15m or +1h30m")
            }
            guard let current else { throw Failure(description: "no planned time to move by \(t); type a time first, e.g. 10:30") }
            return current.adding(minutes: minutes)
        }
        if let full = LocalDateTime(iso: t) { return full }
        let parts = t.split(separator: " ", omittingEmptySubsequences: true)
        guard let clock = parts.last, let (h, m) = hourMinute(clock) else {
            throw Failure(description: "\"\(t)\" is not a time; write 10:30, 16 10:30 (day of the month), 2017-06-16 10:30 or +1h")
        }
        let base = current ?? expoStart.flatMap { LocalDateTime(iso: String($0.prefix(10)) + " 00:00") }
        switch parts.count {
        case 1:
            guard let b = base else { throw Failure(description: "no day is known for \(t); write the date too, e.g. 2017-06-16 \(t)") }
            return try made(b.year, b.month, b.day, h, m, t)
        case 2:
            if let day = Int(parts[0]), parts[0].count <= 2 {
                guard let b = base else { throw Failure(description: "no month is known for \(t); write the date too, e.g. 2017-06-\(day < 10 ? "0" : "")\(day) \(clock)") }
                return try made(b.year, b.month, day, h, m, t)
            }
            if let d = LocalDateTime(iso: String(parts[0]) + " 00:00") { return try made(d.year, d.month, d.day, h, m, t) }
            throw Failure(description: "\"\(t)\" is not a time: \"\(parts[0])\" is not a day; write 16 (day of the month) or 2017-06-16")
        default:
            throw Failure(description: "\"\(t)\" is not a time; write 10:30, 16 10:30, 2017-06-16 10:30 or +1h")
        }
    }

    private static func made(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ m: Int, _ t: String) throws(Failure) -> LocalDateTime {
        guard let x = LocalDateTime(year: y, month: mo, day: d, hour: h, minute: m) else {
            throw Failure(description: "\"\(t)\": there is no such day or time")
        }
        return x
    }

    /// `10:30` or `9:05` → (10, 30); nil when not a clock time.
    static func hourMinute(_ s: Substring) -> (Int, Int)? {
        let hm = s.split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, (1...2).contains(hm[0].count), hm[1].count == 2,
              let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return (h, m)
    }

    /// `+1h30m` → 90, `-15m` → -15; nil when malformed.
    static func relativeMinutes(_ s: String) -> Int? {
        let sign = s.first == "-" ? -1 : 1
        var total = 0, number: Int?
        var any = false
        for ch in s.dropFirst() {
            if let d = ch.wholeNumberValue, ch.isASCII {
                number = (number ?? 0) * 10 + d
                if (number ?? 0) > 100_000 { return nil }
            } else if ch == "h" || ch == "m" || ch == "d", let n = number {
                total += n * (ch == "h" ? 60 : ch == "d" ? 1440 : 1)
                number = nil
                any = true
            } else {
                return nil
            }
        }
        guard any, number == nil else { return nil }
        return sign * total
    }
}
