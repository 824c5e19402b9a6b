/// A wall-clock date and time with no zone of its own (a plan's planned start). The zone is the
/// expo city's when the catalogue names one (`PlanEntry.timeZone`), else the time is floating.
public struct LocalDateTime: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    /// Year, e.g. 2017.
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day of the month, 1–31.
    public var day: Int
    /// Hour, 0–23.
    public var hour: Int
    /// Minute, 0–59.
    public var minute: Int

    /// Creates a date and time; nil when a part is out of range or the day does not exist.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        guard (1...9999).contains(year), (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute),
              day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// Parses `2017-06-16T10:30` or `2017-06-16 10:30` (seconds, if given, must be 00).
    public init?(iso text: String) {
        let parts = text.split(whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2 else { return nil }
        let d = parts[0].split(separator: "-"), t = parts[1].split(separator: ":")
        guard d.count == 3, t.count == 2 || (t.count == 3 && t[2] == "00"),
              d[0].count == 4, d[1].count == 2, d[2].count == 2, t[0].count == 2, t[1].count == 2,
              let y = Int(d[0]), let mo = Int(d[1]), let da = Int(d[2]), let h = Int(t[0]), let mi = Int(t[1]) else { return nil }
        self.init(year: y, month: mo, day: da, hour: h, minute: mi)
    }

    /// `2017-06-16T10:30`.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let y = String(year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + two(month) + "-" + two(day) + "T" + two(hour) + ":" + two(minute)
    }

    /// `2017-06-16 10:30`, as people type it.
    public var spaced: String { String(description.map { $0 == "T" ? " " : $0 }) }

    /// Minutes since 0001-01-01T00:00 (proleptic Gregorian), for ordering and clashes.
    public var minutesSinceEpoch: Int {
        // Days from civil (Howard Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe
        return (days * 24 + hour) * 60 + minute
    }

    /// The time `minutes` later (or earlier, when negative).
    public func adding(minutes: Int) -> LocalDateTime {
        let total = minutesSinceEpoch + minutes
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        let rest = total - days * 1440
        // Days here count from 0000-03-01; `CivilDate` counts from 1970-01-01.
        let (y, m, d) = CivilDate.from(dayNumber: days - 719_468)
        return LocalDateTime(year: y, month: m, day: d, hour: rest / 60, minute: rest % 60) ?? self
    }

    /// Days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.minutesSinceEpoch < b.minutesSinceEpoch }
}
