/// A point in a schedule: a local date and time of day, and the offset from UTC when known.
///
/// Reads the forms schedule exports use (`2017-06-16T10:00:00+08:00`, `…+0800`, `…Z`,
/// fractions of a second, a space instead of `T`) and writes the forms a catalogue's events use
/// (`EventTime`): `2017-06-16T10:00+08:00`, seconds only when they are not zero.
public struct ScheduleTime: Sendable, Equatable {
    /// Days from 1970-01-01 (as `EventTime.dayNumber`).
    public var day: Int
    /// Seconds after local midnight, nil for a date alone.
    public var seconds: Int?
    /// The offset from UTC in seconds, nil for local time.
    public var offset: Int?

    /// Creates a time.
    public init(day: Int, seconds: Int?, offset: Int?) {
        self.day = day
        self.seconds = seconds
        self.offset = offset
    }

    /// Parses a date (`2017-06-16`) or a date and time; nil when it is neither.
    public init?(_ raw: String) {
        let text = raw.trimmingCharacters(in: " \t\r\n")
        let u = Array(text.utf8)
        guard u.count >= 10, let date = EventTime(String(decoding: u[0..<10], as: UTF8.self)) else { return nil }
        day = date.dayNumber
        seconds = nil
        offset = nil
        if u.count == 10 { return }
        guard u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: "t") || u[10] == 0x20,
              let clock = Self.clock(u[11...]) else { return nil }
        seconds = clock.seconds
        var i = clock.end
        // Fractions of a second are dropped.
        if i < u.count, u[i] == UInt8(ascii: ".") || u[i] == UInt8(ascii: ",") {
            i += 1
            while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
        }
        if i == u.count { return }
        if u[i] == UInt8(ascii: "Z") || u[i] == UInt8(ascii: "z"), i + 1 == u.count { offset = 0; return }
        guard let o = Self.offset(u[i...]) else { return nil }
        offset = o
    }

    /// `HH:MM` or `HH:MM:SS` at the start of `u` (`H:MM` too): the seconds after midnight and
    /// where it ends.
    static func clock(_ u: ArraySlice<UInt8>) -> (seconds: Int, end: Int)? {
        var i = u.startIndex
        func number(_ maxDigits: Int) -> Int? {
            let start = i
            var v = 0
            while i < u.endIndex, i - start < maxDigits, u[i] >= 0x30, u[i] <= 0x39 { v = v * 10 + Int(u[i] - 0x30); i += 1 }
            return i > start ? v : nil
        }
        guard let h = number(2), h < 24, i < u.endIndex, u[i] == UInt8(ascii: ":") else { return nil }
        i += 1
        let mStart = i
        guard let m = number(2), i - mStart == 2, m < 60 else { return nil }
        var s = 0
        if i < u.endIndex, u[i] == UInt8(ascii: ":") {
            i += 1
            let sStart = i
            guard let sec = number(2), i - sStart == 2, sec < 60 else { return nil }
            s = sec
        }
        return (h * 3600 + m * 60 + s, i)
    }

    /// `+08:00`, `+0800`, `+08` or `-05:30` (the whole rest of the text) in seconds.
    static func offset(_ u: ArraySlice<UInt8>) -> Int? {
        let digits = u.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard let sign = u.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
              digits.count == 2 || digits.count == 4, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              u.dropFirst().filter({ $0 == UInt8(ascii: ":") }).count <= 1 else { return nil }
        let d = Array(digits).map { Int($0 - 0x30) }
        let h = d[0] * 10 + d[1], m = d.count == 4 ? d[2] * 10 + d[3] : 0
        guard h <= 14, m < 60 else { return nil }
        return (sign == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60)
    }

    /// This time moved by `delta` seconds of local clock time (the offset unchanged).
    public func adding(_ delta: Int) -> ScheduleTime {
        let total = (seconds ?? 0) + delta
        let days = total >= 0 ? total / 86_400 : -((-total + 86_399) / 86_400)
        return ScheduleTime(day: day + days, seconds: total - days * 86_400, offset: offset)
    }

    /// Seconds since 1970-01-01T00:00Z, treating a local time as UTC.
    public var instant: Int { day * 86_400 + (seconds ?? 0) - (offset ?? 0) }

    /// The same instant seen at `offset` seconds from UTC.
    public func at(offset newOffset: Int) -> ScheduleTime {
        var t = ScheduleTime(day: day, seconds: seconds ?? 0, offset: newOffset).adding(newOffset - (offset ?? 0))
        t.offset = newOffset
        return t
    }

    /// The text for a catalogue event (accepted by `EventTime`).
    public var eventText: String {
        let (y, m, d) = Self.civil(day)
        func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        var out = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        guard let s = seconds else { return out }
        out += "T\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2))"
        if s % 60 != 0 { out += ":" + pad(s % 60, 2) }
        guard let o = offset else { return out }
        if o == 0 { return out + "Z" }
        let a = abs(o) / 60
        return out + (o < 0 ? "-" : "+") + "\(pad(a / 60, 2)):\(pad(a % 60, 2))"
    }

    /// The calendar date of a day number (the inverse of `EventTime.dayNumber`).
    static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let (y, m, d) = CivilDate.from(dayNumber: dayNumber)
        return (y, m, d)
    }
}
