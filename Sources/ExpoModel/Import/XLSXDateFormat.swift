/// Which number formats show a date or a time, and how a serial number becomes ISO 8601 text.
///
/// Excel stores a date as a number of days (the serial) and tells it is a date only by the cell's
/// number format: a built-in one (14–22 and 45–47; 27–36 and 50–58 are the ones Chinese,
/// Japanese and Korean Excel writes) or a custom code with y, m, d, h or s outside quotes and
/// brackets.
enum XLSXDateFormat {
    /// Built-in number formats that show a date or a time.
    static let builtInDateIDs: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// What a format shows.
    enum Kind: Equatable { case number, date, time }

    /// The kind of the built-in format `id`.
    static func kind(builtIn id: Int) -> Kind {
        guard builtInDateIDs.contains(id) else { return .number }
        return [18, 19, 20, 21, 45, 46, 47].contains(id) ? .time : .date
    }

    /// The kind of a custom format code: a date when it has y or d (or m without h or s), a time
    /// when it has h or s but no y or d; letters inside quoted text, `[…]` sections (colours,
    /// locales, elapsed time) and escaped characters do not count.
    static func kind(code: String) -> Kind {
        var date = false, time = false, month = false
        var inQuote = false, inBracket = false, escaped = false, skipNext = false
        for ch in code.lowercased() {
            if skipNext { skipNext = false; continue }
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket { if ch == "]" { inBracket = false }; continue }
            switch ch {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\": escaped = true
            case "_", "*": skipNext = true
            case "y", "d": date = true
            case "m": month = true
            case "h", "s": time = true
            default: break
            }
        }
        if date { return .date }
        if time { return .time }
        return month ? .date : .number
    }

    /// The ISO 8601 text of a serial date: `2025-03-04`, `2025-03-04T10:30` when it has a time of
    /// day, `10:30` for a time alone; nil when out of Excel's range (so the number is kept).
    static func iso(_ serial: Double, date1904: Bool, kind: Kind) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var seconds = Int((serial * 86_400).rounded())
        var days = seconds / 86_400
        seconds -= days * 86_400
        let clock = seconds == 0 ? "" : time(seconds)
        if kind == .time, days == 0 { return clock.isEmpty ? "00:00" : clock }
        if !date1904 {
            // The 1900 system counts a 29 February 1900 that never was (serial 60), as Lotus did.
            if days == 60 { return "1900-02-29" + (clock.isEmpty ? "" : "T" + clock) }
            if days == 0 { return clock.isEmpty ? nil : clock }
            if days < 60 { days += 1 }
        }
        // Days from 1970-01-01 to the system's day 0: 1899-12-30 (1900) or 1904-01-01 (1904).
        let (y, m, d) = civil(days + (date1904 ? -24_107 : -25_569))
        let date = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        return clock.isEmpty ? date : date + "T" + clock
    }

    /// `10:30` or `10:30:15`.
    private static func time(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        return "\(pad(h, 2)):\(pad(m, 2))" + (s == 0 ? "" : ":\(pad(s, 2))")
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let s = String(v)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// Year, month and day of a day count from 1970-01-01.
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let c = CivilDate.from(dayNumber: days)
        return (c.year, c.month, c.day)
    }
}
