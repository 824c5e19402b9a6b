import ExpoModel

/// How the command line writes an event's date, time and place.
///
/// Times are shown as the catalogue writes them (local time at the fair). When the start and
/// end carry different UTC offsets, the end is shown in the start's offset, so
/// `10:00+08:00`…`02:30Z` reads 10:00–10:30.
enum EventText {
    /// The event's start and its end as the reader sees it: in the start's offset, and never
    /// before the start's date. Nil when the event has no (well-formed) start.
    static func span(_ e: ExpoEvent) -> (start: EventTime, end: EventTime?)? {
        guard let s = e.startTime else { return nil }
        return (s, e.endTime.map { $0.converted(toOffset: s.offsetMinutes) })
    }

    /// The first and last day (day numbers) the event takes place on; nil when undated.
    static func days(_ e: ExpoEvent) -> ClosedRange<Int>? {
        guard let (s, t) = span(e) else { return nil }
        let first = s.dayNumber
        return first...max(first, t?.dayNumber ?? first)
    }

    /// The Date column: `2017-06-16`, `2017-06-15–06-17` for several days (the full end date
    /// when the year changes), "—" when undated.
    static func date(_ e: ExpoEvent) -> String { date(span(e)) }

    /// The Date column for a span already worked out.
    static func date(_ span: (start: EventTime, end: EventTime?)?) -> String {
        guard let (s, t) = span else { return Format.unknown }
        guard let t, t.dayNumber > s.dayNumber else { return s.dateText }
        return s.dateText + "–" + (t.year == s.year ? String(t.dateText.dropFirst(5)) : t.dateText)
    }

    /// The Time column: `10:00–12:00`, `10:00` without an end time, "all day" for a date alone,
    /// "—" when undated.
    static func time(_ e: ExpoEvent) -> String { time(span(e)) }

    /// The Time column for a span already worked out.
    static func time(_ span: (start: EventTime, end: EventTime?)?) -> String {
        guard let (s, t) = span else { return Format.unknown }
        guard let start = s.timeText else { return "all day" }
        guard let end = t?.timeText else { return start }
        return start + "–" + end
    }

    /// The time column for a list whose label is the start date: `10:00–12:00`, `all day`, and
    /// `all day, until 2017-06-17` for several days; nil when undated.
    static func listTime(_ e: ExpoEvent) -> String? {
        guard let (s, t) = span(e) else { return nil }
        guard let t, t.dayNumber > s.dayNumber else { return time(e) }
        return time(e) + ", until " + t.dateText
    }

    /// `show`'s "When": the dates and times in one line, with the offset when the catalogue
    /// gives one, e.g. `2017-06-16 10:00–12:00 (UTC+08:00)` or `2017-06-15 – 2017-06-17, all day`.
    /// The text as written when it is not a well-formed time; nil when there is no start.
    static func when(_ e: ExpoEvent) -> String? {
        guard let (s, t) = span(e) else { return e.start }
        func stamp(_ x: EventTime) -> String { x.dateText + (x.timeText.map { " " + $0 } ?? "") }
        var out = stamp(s)
        if let t, t != s {
            if t.dayNumber == s.dayNumber, let tt = t.timeText, s.timeText != nil {
                out += "–" + tt
            } else if t.dayNumber != s.dayNumber || t.timeText != nil {
                out += " – " + stamp(t)
            }
        }
        if s.timeText == nil && (t?.timeText == nil) { out += ", all day" }
        if let o = s.offsetMinutes { out += " (" + offset(o) + ")" }
        return out
    }

    /// `UTC`, `UTC+08:00`, `UTC-03:30`.
    static func offset(_ minutes: Int) -> String {
        guard minutes != 0 else { return "UTC" }
        let a = abs(minutes)
        func two(_ v: Int) -> String { (v < 10 ? "0" : "") + String(v) }
        return "UTC" + (minutes < 0 ? "-" : "+") + two(a / 60) + ":" + two(a % 60)
    }

    /// The hall an event or booth names: the hall record's name when the text refers to one,
    /// else the text.
    static func hallName(_ e: ExpoEvent, in c: Catalog) -> String? {
        c.hall(ofEvent: e)?.name ?? e.hall
    }

    /// The Venue column: the venue, else the hall's name, else "—".
    static func venue(_ e: ExpoEvent, in c: Catalog) -> String {
        e.venue ?? hallName(e, in: c) ?? Format.unknown
    }

    /// A hall in one line: `Hall A · 12,000 m² · id h-a` (the area left out when unknown).
    static func hallLine(_ h: Hall) -> String {
        h.name + (h.areaSqm.map { " · " + Format.area($0) } ?? "") + " · id " + h.id
    }
}
