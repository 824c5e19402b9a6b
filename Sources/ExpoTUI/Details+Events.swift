import ExpoModel

// Format version 2 in the details: events, and the halls and events of expos, delegations and booths.
extension Details {
    /// The details of an event: when and where, who organised it, who spoke, and its sources.
    public static func event(_ e: ExpoEvent, in c: Catalog, limit: Int = listLimit) -> [DetailItem] {
        var out: [DetailItem] = [.title(e.title)]
        out.append(.id("Id", e.id))
        out.append(.field("Kind", e.kind?.rawValue))
        out.append(.field("When", when(e)))
        out.append(.field("Expo", c.expo(e.expo).map { $0.name + ($0.year.map { " (\($0))" } ?? "") }))
        out.append(.field("Venue", e.venue))
        if let h = c.hall(ofEvent: e) {
            out.append(.field("Hall", h.name + (h.areaSqm.map { " · " + Format.area($0) } ?? "")))
        } else if let h = e.hall {
            out.append(.field("Hall", h))
        }
        let organisers = e.organisers.prefix(limit).map { c.delegation($0)?.name ?? $0 }
        for (k, name) in organisers.enumerated() { out.append(.field(k == 0 ? "Organisers" : "", name)) }
        if let m = more(e.organisers.count, limit: limit, "organisers") { out.append(m) }
        if !e.speakers.isEmpty { out.append(.field("Speakers", list(Array(e.speakers.prefix(limit))))) }
        if !e.topics.isEmpty { out.append(.field("Topics", list(Array(e.topics.prefix(limit))))) }
        out += extra(e.extra, limit: limit)
        if let s = e.summary { out += [.blank, .text(s)] }
        return out + sources(e.sources, in: c, limit: limit)
    }

    /// `2017-06-16 10:00–12:00`, `2017-06-16 – 2017-06-18`, or nil when the event has no start.
    static func when(_ e: ExpoEvent) -> String? {
        guard let s = e.startTime else { return nil }
        let zone = s.offsetMinutes == nil ? "" : " (" + String(s.description.dropFirst(16)) + ")"
        guard let t = e.endTime?.converted(toOffset: s.offsetMinutes) else { return s.dateText + (s.timeText.map { " " + $0 } ?? "") + zone }
        if t.dayNumber == s.dayNumber {
            guard let from = s.timeText else { return s.dateText }
            return s.dateText + " " + from + (t.timeText.map { "–" + $0 } ?? "") + zone
        }
        return s.dateText + (s.timeText.map { " " + $0 } ?? "") + " – " + t.dateText + (t.timeText.map { " " + $0 } ?? "")
    }

    /// An event in one line, for the lists of an expo or a delegation: date, time and title.
    static func eventLine(_ e: ExpoEvent) -> String {
        guard let s = e.startTime else { return e.title }
        return s.dateText + (s.timeText.map { " " + $0 } ?? "") + " · " + e.title
    }

    /// The "Halls" and "Events" sections of an expo's details (nothing when it has neither).
    static func expoHallsAndEvents(_ e: Expo, in c: Catalog, limit: Int = listLimit) -> [DetailItem] {
        var out: [DetailItem] = []
        let halls = c.halls(ofExpo: e.id)
        if !halls.isEmpty {
            out += [.blank, .heading("Halls")]
            for h in halls.prefix(limit) {
                out.append(.field(h.name, h.areaSqm.map { Format.area($0) } ?? "area not given"))
            }
            if let m = more(halls.count, limit: limit, "halls") { out.append(m) }
        }
        let events = c.programmeOrder(c.eventIndices(ofExpo: e.id))
        if !events.isEmpty {
            out += [.blank, .heading("Events")]
            for i in events.prefix(limit) { out.append(.text(eventLine(c.events[i]))) }
            if let m = more(events.count, limit: limit, "events") { out.append(m) }
        }
        return out
    }

    /// The "Events" section of a delegation's details: the events it organised.
    static func delegationEvents(_ d: Delegation, in c: Catalog, limit: Int = listLimit) -> [DetailItem] {
        let events = c.programmeOrder(c.eventIndices(organisedBy: d.id))
        guard !events.isEmpty else { return [] }
        var out: [DetailItem] = [.blank, .heading("Events organised")]
        for i in events.prefix(limit) { out.append(.text(eventLine(c.events[i]))) }
        if let m = more(events.count, limit: limit, "events") { out.append(m) }
        return out
    }

    /// A booth's hall: the hall record's name and area when the booth's `hall` names one.
    public static func boothHall(_ b: Booth, in c: Catalog) -> String? {
        guard let h = c.hall(ofBooth: b) else { return b.hall }
        return h.name + (h.areaSqm.map { " (" + Format.area($0) + ")" } ?? "")
    }
}
