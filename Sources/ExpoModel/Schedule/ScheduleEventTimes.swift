/// An event's start and end for the catalogue, from a schedule event's `date`, `start` and
/// `duration` and the day it is listed under.
///
/// The start is `date` (a date and time); without one, the day's date and `start` (`10:00`),
/// on the next day when `start` is before the day's own start (an event after midnight). An
/// offset in `date` is kept, and the end gets the same one; a local time gets the conference
/// zone's offset when the zone is known (the end then gets the offset in force at its instant,
/// which differs across a change of daylight saving time), and stays local otherwise. The end
/// is the start plus `duration`.
struct ScheduleEventTimes {
    /// The conference's zone, when known.
    var zone: ScheduleZone?

    /// The start and end texts, or the problem that skips the event.
    func times(_ it: ScheduleDocument.Item) -> Result<(start: String?, end: String?), ScheduleError> {
        var start: ScheduleTime?
        if let d = it.date {
            guard let t = ScheduleTime(d) else {
                return .failure(ScheduleError("date \"\(d.prefix(40))\" is not an ISO 8601 date and time (e.g. 2017-06-16T10:00:00+08:00)"))
            }
            start = t
        }
        if start?.seconds == nil, let s = it.start {
            let u = Array(s.utf8)
            guard let clock = ScheduleTime.clock(u[...]), clock.end == u.count else {
                return .failure(ScheduleError("start \"\(s.prefix(40))\" is not a time of day (HH:MM)"))
            }
            let dayStart = it.dayStart.flatMap(ScheduleTime.init)
            guard let day = start?.day ?? it.dayDate.flatMap(ScheduleTime.init)?.day ?? dayStart?.day else {
                return .failure(ScheduleError("start \(s) has no date: the event has no date and its day none either"))
            }
            var t = ScheduleTime(day: day, seconds: clock.seconds, offset: nil)
            if let ds = dayStart, let dss = ds.seconds, ds.day == day, clock.seconds < dss { t.day += 1 }
            if zone == nil { t.offset = dayStart?.offset }
            start = t
        }
        guard var begin = start else { return .success((nil, nil)) }
        let explicit = begin.offset != nil
        if !explicit, let zone { begin = zone.placing(begin) }
        guard let d = it.duration else { return .success((begin.eventText, nil)) }
        guard let seconds = ScheduleDuration.seconds(d) else {
            return .failure(ScheduleError("duration \"\(d.prefix(40))\" is not HH:MM or H:MM:SS (e.g. 00:45, 1:30:00)"))
        }
        guard begin.seconds != nil else { return .success((begin.eventText, nil)) }
        var end = begin.adding(seconds)
        if !explicit, let zone, begin.offset != nil {
            end = end.at(offset: zone.offset(atInstant: end.instant))
        }
        return .success((begin.eventText, end.eventText))
    }
}
