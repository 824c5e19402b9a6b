import Foundation

/// A VTIMEZONE component for an IANA zone, made from the system's zone database (through
/// Foundation's `TimeZone`), as RFC 5545 §3.6.5 requires for every `TZID` a calendar refers to.
///
/// It lists the zone's offsets over the span the plan needs, a day either side: the offset in
/// force at its start, then one observance per transition inside it, each with an explicit
/// DTSTART (no RRULE). A zone without daylight saving time (Asia/Harbin, Asia/Shanghai,
/// Europe/Moscow) gets a single STANDARD observance.
struct ICSTimeZone {
    /// The zone identifier, as written after `TZID=`.
    let id: String
    private let zone: TimeZone

    /// The zone `id`, or nil when the system's zone database does not know it.
    init?(_ id: String) {
        guard !id.isEmpty, let zone = TimeZone(identifier: id) else { return nil }
        self.id = id
        self.zone = zone
    }

    /// The offset from UTC in seconds at `seconds` since 1970.
    func offset(at seconds: Int64) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The instant (seconds since 1970) of a wall-clock time in this zone.
    func instant(of local: LocalDateTime) -> Int64 {
        let wall = UTCTimestamp.seconds(local)
        let guess = wall - Int64(offset(at: wall))
        return wall - Int64(offset(at: guess))
    }

    /// The component's content lines (not yet folded), covering the instants `from`–`to`.
    func lines(from: Int64, to: Int64) -> [String] {
        let start = from - 86_400, end = to + 86_400
        var offset = offset(at: start)
        var out = ["BEGIN:VTIMEZONE", "TZID:" + ICSText.parameter(id)]
        out += observance(at: start, from: offset, to: offset)
        var t = start
        var count = 0
        while count < 1000, let next = zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: TimeInterval(t))) {
            let s = Int64(next.timeIntervalSince1970.rounded(.down))
            guard s > t, s <= end else { break }
            let new = self.offset(at: s)
            if new != offset { out += observance(at: s, from: offset, to: new) }
            offset = new
            t = s
            count += 1
        }
        out.append("END:VTIMEZONE")
        return out
    }

    /// A STANDARD or DAYLIGHT observance starting at `seconds`; its DTSTART is the local time
    /// of the onset in the offset before it, as RFC 5545 asks.
    private func observance(at seconds: Int64, from: Int, to: Int) -> [String] {
        let kind = zone.isDaylightSavingTime(for: Date(timeIntervalSince1970: TimeInterval(seconds))) ? "DAYLIGHT" : "STANDARD"
        var dtstart = "19700101T000000"
        if let (local, second) = UTCTimestamp.parts(seconds + Int64(from)) {
            dtstart = UTCTimestamp.basic(local) + UTCTimestamp.two(second)
        }
        return ["BEGIN:" + kind, "DTSTART:" + dtstart, "TZOFFSETFROM:" + Self.utcOffset(from), "TZOFFSETTO:" + Self.utcOffset(to),
                "END:" + kind]
    }

    /// `+0800`, `-0330`, or `+023017` when the offset has seconds.
    static func utcOffset(_ seconds: Int) -> String {
        let a = abs(seconds)
        let text = (seconds < 0 ? "-" : "+") + UTCTimestamp.two(a / 3600) + UTCTimestamp.two(a / 60 % 60)
        return a % 60 == 0 ? text : text + UTCTimestamp.two(a % 60)
    }
}
