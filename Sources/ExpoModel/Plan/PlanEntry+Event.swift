/// Events in the plan. An entry's key is a booth id, or `event:` and an event id, so an event
/// is planned, noted and exported like a booth, in the same table and file.
extension PlanEntry {
    /// What an event's key starts with.
    public static let eventPrefix = "event:"

    /// The key of an event's entry.
    public static func key(event id: String) -> String { eventPrefix + id }

    /// The event's id when this entry is for an event, else nil.
    public var eventID: String? {
        boothID.hasPrefix(Self.eventPrefix) ? String(boothID.dropFirst(Self.eventPrefix.count)) : nil
    }

    /// A new entry for an event, planned at the event's time: its start as the fair's clock reads
    /// it (the catalogue's `time_zone`), lasting until its end (30 minutes when no end is given on
    /// the same day). A date alone gives no time: the entry is unscheduled, as the source is.
    public static func forEvent(_ e: ExpoEvent, timeZone: String?, added: Int64) -> PlanEntry {
        var entry = PlanEntry(boothID: key(event: e.id), added: added)
        guard let s = e.startTime, let sec = s.seconds,
              let start = LocalDateTime(year: s.year, month: s.month, day: s.day, hour: sec / 3600, minute: sec / 60 % 60) else { return entry }
        entry.start = start
        entry.timeZone = timeZone
        if let t = e.endTime?.converted(toOffset: s.offsetMinutes), let endSec = t.seconds,
           (t.offsetMinutes == nil) == (s.offsetMinutes == nil) {
            let minutes = (t.dayNumber - s.dayNumber) * 1440 + (endSec - sec) / 60
            if minutes > 0 { entry.durationMinutes = minutes }
        }
        return entry
    }
}
