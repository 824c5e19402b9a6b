import Foundation

/// The conference's time zone (`time_zone_name`, an IANA name such as `Europe/Berlin`), used to
/// give local times their offset.
struct ScheduleZone: Sendable {
    /// The IANA name.
    let name: String
    private let zone: TimeZone

    /// The zone called `name`; nil when the system does not know it.
    init?(_ name: String) {
        guard !name.isEmpty, let zone = TimeZone(identifier: name) else { return nil }
        self.name = name
        self.zone = zone
    }

    /// The offset in force at an instant (seconds since 1970-01-01T00:00Z).
    func offset(atInstant instant: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant)))
    }

    /// The offset of a local date and time: the zone's offset an instant later or earlier,
    /// checked against the instant it gives (right across a change of daylight saving time,
    /// except for the hour that does not exist or happens twice).
    func offset(forLocal t: ScheduleTime) -> Int {
        let local = t.day * 86_400 + (t.seconds ?? 0)
        let first = offset(atInstant: local)
        return offset(atInstant: local - first)
    }

    /// `t` (a local time) with the zone's offset.
    func placing(_ t: ScheduleTime) -> ScheduleTime {
        guard t.seconds != nil else { return t }
        var out = t
        out.offset = offset(forLocal: t)
        return out
    }
}
