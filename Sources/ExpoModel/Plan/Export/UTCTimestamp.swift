/// Seconds since 1970 (UTC) written and read as text, without Foundation's date formatters.
enum UTCTimestamp {
    /// 1970-01-01T00:00 in `LocalDateTime.minutesSinceEpoch`.
    static let unixEpochMinutes = LocalDateTime(year: 1970, month: 1, day: 1)?.minutesSinceEpoch ?? 1_035_593_280

    /// The UTC date and time of `seconds` since 1970 (to the minute) and the seconds left over;
    /// nil outside the years 1–9999.
    static func parts(_ seconds: Int64) -> (LocalDateTime, second: Int)? {
        let minutes = seconds >= 0 ? seconds / 60 : (seconds - 59) / 60
        let second = Int(seconds - minutes * 60)
        let total = Int(minutes) + unixEpochMinutes
        guard total >= 0, total < 9999 * 527_040 else { return nil }
        guard let origin = LocalDateTime(year: 1, month: 1, day: 1) else { return nil }
        let t = origin.adding(minutes: total - origin.minutesSinceEpoch)
        guard t.minutesSinceEpoch == total else { return nil }
        return (t, second)
    }

    /// Seconds since 1970 of a UTC date and time.
    static func seconds(_ t: LocalDateTime, second: Int = 0) -> Int64 {
        Int64(t.minutesSinceEpoch - unixEpochMinutes) * 60 + Int64(second)
    }

    /// `2017-06-16T08:00:05Z` (ISO 8601, UTC).
    static func iso(_ seconds: Int64) -> String {
        guard let (t, s) = parts(seconds) else { return "0001-01-01T00:00:00Z" }
        return t.description + ":" + two(s) + "Z"
    }

    /// `20170616T080005Z` (RFC 5545 DATE-TIME in UTC).
    static func basic(_ seconds: Int64) -> String {
        guard let (t, s) = parts(seconds) else { return "00010101T000000Z" }
        return basic(t) + two(s) + "Z"
    }

    /// `20170616T0800` (RFC 5545 DATE-TIME without the seconds).
    static func basic(_ t: LocalDateTime) -> String {
        let y = String(t.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + two(t.month) + two(t.day) + "T" + two(t.hour) + two(t.minute)
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`.
    static func parseISO(_ text: String) -> Int64? {
        let b = Array(text.utf8)
        guard b.count == 20, b[19] == UInt8(ascii: "Z"), b[16] == UInt8(ascii: ":"),
              isDigit(b[17]), isDigit(b[18]), let t = strictLocal(String(decoding: b[0..<16], as: UTF8.self)) else { return nil }
        let second = Int(b[17] - 0x30) * 10 + Int(b[18] - 0x30)
        guard second < 60 else { return nil }
        return seconds(t, second: second)
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM` (digits where digits belong, a date that exists).
    static func strictLocal(_ text: String) -> LocalDateTime? {
        let b = Array(text.utf8)
        let shape = Array("dddd-dd-ddTdd:dd".utf8)
        guard b.count == shape.count else { return nil }
        for (c, s) in zip(b, shape) where s == UInt8(ascii: "d") ? !isDigit(c) : c != s { return nil }
        return LocalDateTime(iso: text)
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
