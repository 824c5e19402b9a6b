/// An event's start or end as the format writes it: `2017-06-16`, `2017-06-16T10:00`,
/// `2017-06-16T10:00:30`, each time optionally followed by `Z` or an offset such as `+08:00`.
public struct EventTime: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The calendar date.
    public var year: Int, month: Int, day: Int
    /// Seconds after local midnight, nil for a date alone.
    public var seconds: Int?
    /// The offset from UTC in minutes, nil when the text gives none (local time at the fair).
    public var offsetMinutes: Int?

    /// Parses the text; nil when it is not one of the accepted forms or names an impossible date
    /// or time.
    public init?(_ text: String) {
        let u = Array(text.utf8)
        func digits(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= u.count else { return nil }
            var v = 0
            for b in u[at..<at + n] { guard b >= 48, b <= 57 else { return nil }; v = v * 10 + Int(b - 48) }
            return v
        }
        guard u.count >= 10, let y = digits(0, 4), u[4] == 45, let m = digits(5, 2), u[7] == 45, let d = digits(8, 2),
              (1...12).contains(m), d >= 1, d <= Self.daysIn(month: m, year: y) else { return nil }
        (year, month, day, seconds, offsetMinutes) = (y, m, d, nil, nil)
        if u.count == 10 { return }
        guard u[10] == 84 || u[10] == 116, let h = digits(11, 2), u.count >= 16, u[13] == 58, let mi = digits(14, 2),
              h < 24, mi < 60 else { return nil }
        var i = 16, s = 0
        if i < u.count, u[i] == 58 {
            guard let sec = digits(17, 2), sec < 60 else { return nil }
            s = sec
            i = 19
        }
        seconds = h * 3600 + mi * 60 + s
        if i == u.count { return }
        if u[i] == 90 || u[i] == 122, i + 1 == u.count { offsetMinutes = 0; return }
        guard u[i] == 43 || u[i] == 45, i + 6 == u.count, let oh = digits(i + 1, 2), u[i + 3] == 58,
              let om = digits(i + 4, 2), oh <= 14, om < 60 else { return nil }
        offsetMinutes = (u[i] == 45 ? -1 : 1) * (oh * 60 + om)
    }

    static func daysIn(month: Int, year: Int) -> Int { LocalDateTime.daysIn(month: month, year: year) }

    /// Days from 1970-01-01 to the date (proleptic Gregorian calendar).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date as `YYYY-MM-DD`.
    public var dateText: String {
        func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The time of day as `HH:MM`, nil for a date alone.
    public var timeText: String? {
        guard let s = seconds else { return nil }
        let h = s / 3600, m = s / 60 % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }

    /// The canonical text (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS][±HH:MM]`).
    public var description: String {
        guard let s = seconds, let t = timeText else { return dateText }
        var out = dateText + "T" + t
        if s % 60 != 0 { out += ":" + (s % 60 < 10 ? "0" : "") + "\(s % 60)" }
        if let o = offsetMinutes {
            if o == 0 { return out + "Z" }
            let a = abs(o)
            out += (o < 0 ? "-" : "+") + (a / 60 < 10 ? "0" : "") + "\(a / 60):" + (a % 60 < 10 ? "0" : "") + "\(a % 60)"
        }
        return out
    }

    /// The same instant on the clock of another UTC offset; `self` when either offset or the
    /// time is missing (a local time cannot be moved between zones).
    public func converted(toOffset target: Int?) -> EventTime {
        guard let s = seconds, let from = offsetMinutes, let target, target != from else { return self }
        let total = dayNumber * 86_400 + s + (target - from) * 60
        let day = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        var out = EventTime(dayNumber: day)
        out.seconds = total - day * 86_400
        out.offsetMinutes = target
        return out
    }

    /// The date `days` after 1970-01-01, with no time.
    init(dayNumber days: Int) {
        let (y, m, d) = CivilDate.from(dayNumber: days)
        (year, month, day, seconds, offsetMinutes) = (y, m, d, nil, nil)
    }

    /// A key that orders times the way a visitor reads a programme: by local date, then time
    /// (a date alone first), ignoring offsets.
    public var localSortKey: Int { dayNumber * 100_000 + (seconds.map { $0 + 1 } ?? 0) }

    /// True when `self` is certainly before `other`: compared as instants when both carry an
    /// offset, by local date and time when neither does, and by date alone otherwise.
    public func isBefore(_ other: EventTime) -> Bool {
        if let a = seconds, let b = other.seconds {
            if let oa = offsetMinutes, let ob = other.offsetMinutes {
                return dayNumber * 86_400 + a - oa * 60 < other.dayNumber * 86_400 + b - ob * 60
            }
            if (offsetMinutes == nil) == (other.offsetMinutes == nil) {
                return (dayNumber, a) < (other.dayNumber, b)
            }
        }
        return dayNumber < other.dayNumber
    }
}
