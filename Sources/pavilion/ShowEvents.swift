import ExpoModel
import ExpoTUI

/// What `pavilion show` says of events and halls (format version 2): their own details, and the
/// events and halls of an expo, a delegation or a booth.
enum ShowEvents {
    // MARK: Text

    /// The details of an event.
    static func event(_ e: ExpoEvent, in c: Catalog) -> [DetailItem] {
        var out: [DetailItem] = [.text("event \(e.id)"), .title(e.title), .id("Id", e.id)]
        out.append(.field("Kind", e.kind?.rawValue))
        out.append(.field("When", EventText.when(e)))
        out.append(.field("Expo", expoName(e.expo, c)))
        out.append(.field("Venue", e.venue))
        out.append(.field("Hall", hallText(e.hall, c.hall(ofEvent: e))))
        let organisers = e.organisers.map { d in c.delegation(d).map { $0.name + " · id " + d } ?? d + " (not in the catalogue)" }
        out += list("Organisers", organisers)
        out += list("Speakers", e.speakers)
        out.append(.field("Topics", e.topics.isEmpty ? nil : e.topics.joined(separator: ", ")))
        out += extra(e.extra)
        if let s = e.summary { out += [.blank, .text(s)] }
        return out + sources(e.sources, in: c)
    }

    /// The details of a hall, with how many of its expo's booths and events refer to it.
    static func hall(_ h: Hall, in c: Catalog) -> [DetailItem] {
        var out: [DetailItem] = [.text("hall \(h.id)"), .title(h.name), .id("Id", h.id)]
        out.append(.field("Expo", expoName(h.expo, c)))
        out.append(.field("Area", h.areaSqm.map { Format.area($0) }))
        out.append(.field("Booths", Format.grouped(booths(in: h, c).count) + " listed"))
        out += extra(h.extra)
        if let s = h.summary { out += [.blank, .text(s)] }
        out += eventList("Events", events(in: h, c), c)
        return out + sources(h.sources, in: c)
    }

    /// An expo's halls and events, as sections after its delegations.
    static func ofExpo(_ e: Expo, in c: Catalog) -> [DetailItem] {
        let halls = c.halls(ofExpo: e.id)
        var out: [DetailItem] = []
        if !halls.isEmpty {
            out += [.blank, .heading("Halls")] + halls.map { .field($0.areaSqm.map { Format.area($0) } ?? Format.unknown, $0.name + " · id " + $0.id) }
        }
        return out + eventList("Events", c.programmeOrder(c.eventIndices(ofExpo: e.id)), c)
    }

    /// The events a delegation organised.
    static func ofDelegation(_ d: Delegation, in c: Catalog) -> [DetailItem] {
        eventList("Events organised", c.programmeOrder(c.eventIndices(organisedBy: d.id)), c)
    }

    /// A booth's details with its Hall field naming the hall record it refers to, if any.
    static func booth(_ items: [DetailItem], _ b: Booth, in c: Catalog) -> [DetailItem] {
        guard let h = c.hall(ofBooth: b), let i = items.firstIndex(of: .field("Hall", Details.boothHall(b, in: c))) else { return items }
        var out = items
        out[i] = .field("Hall", hallText(b.hall, h))
        return out
    }

    /// A hall field: `Hall A · 12,000 m² · id h-a` for a hall record, else the text as written.
    static func hallText(_ text: String?, _ h: Hall?) -> String? {
        h.map(EventText.hallLine) ?? text
    }

    /// Events in one line each: start date, time (and last day), title and id.
    static func eventList(_ heading: String, _ positions: [Int], _ c: Catalog) -> [DetailItem] {
        guard !positions.isEmpty else { return [] }
        return [.blank, .heading(heading)] + positions.map { i in
            let e = c.events[i]
            let start = e.startTime?.dateText ?? Format.unknown
            return .field(start, (EventText.listTime(e).map { $0 + " · " } ?? "") + e.title + " · id " + e.id)
        }
    }

    static func expoName(_ id: String, _ c: Catalog) -> String {
        c.expo(id).map { $0.name + ($0.year.map { " (\($0))" } ?? "") } ?? id + " (not in the catalogue)"
    }

    /// Positions of the booths of the hall's expo whose hall refers to it.
    static func booths(in h: Hall, _ c: Catalog) -> [Booth] {
        c.booths(ofExpo: h.expo).filter { c.hall(ofBooth: $0)?.id == h.id }
    }

    /// Positions of the events that take place in the hall, in programme order.
    static func events(in h: Hall, _ c: Catalog) -> [Int] {
        c.programmeOrder(c.eventIndices(ofExpo: h.expo).filter { c.hall(ofEvent: c.events[$0])?.id == h.id })
    }

    /// A labelled list, one entry a line; nothing when the list is empty but the label with
    /// "unknown" (as a nil field shows).
    static func list(_ label: String, _ entries: [String]) -> [DetailItem] {
        guard !entries.isEmpty else { return [.field(label, nil)] }
        return entries.enumerated().map { .field($0.offset == 0 ? label : "", $0.element) }
    }

    /// Unknown keys, shown as the details show them.
    static func extra(_ members: [JSONMember]) -> [DetailItem] {
        members.map { m in
            if case let .string(s) = m.node.value { return .field(m.key, s) }
            return .field(m.key, JSONWriter(indent: nil).string(m.node.value))
        }
    }

    /// The Sources section, laid out as for the other records.
    static func sources(_ ids: [String], in c: Catalog) -> [DetailItem] {
        var out: [DetailItem] = [.blank, .heading("Sources")]
        if ids.isEmpty { out.append(.text("No source is cited for this record.")) }
        for id in ids {
            guard let s = c.source(id) else { out.append(.text("[\(id)] (not in the catalogue's sources)")); continue }
            out.append(.text((["[\(s.id)] \(s.title)"] + [s.publisher, s.date].compactMap { $0 }).joined(separator: " · ")))
            if let u = s.url { out.append(.url("", u)) }
            if let n = s.note { out.append(.text("  " + n)) }
        }
        return out
    }

    // MARK: JSON

    static func member(_ key: String, _ v: JSONValue) -> JSONMember { JSONMember(key: key, node: JSONNode(v)) }

    static func array<T>(_ items: [T], _ encode: (T) -> JSONValue) -> JSONValue {
        .array(items.map { JSONNode(encode($0)) })
    }

    static func sourcesJSON(_ ids: [String], _ c: Catalog) -> JSONValue {
        array(ids.compactMap { c.source($0) }, CatalogEncoder.json)
    }

    /// `show --json` of an event: the event, its expo, hall record, organisers and sources.
    static func eventJSON(_ e: ExpoEvent, in c: Catalog) -> [JSONMember] {
        [member("event", CatalogEncoder.json(e)),
         member("expo", c.expo(e.expo).map { CatalogEncoder.json($0) } ?? .null),
         member("hall", c.hall(ofEvent: e).map { CatalogEncoder.json($0) } ?? .null),
         member("organisers", array(e.organisers.compactMap { c.delegation($0) }, CatalogEncoder.json)),
         member("sources", sourcesJSON(e.sources, c))]
    }

    /// `show --json` of a hall: the hall, its expo, how many booths refer to it, its events and sources.
    static func hallJSON(_ h: Hall, in c: Catalog) -> [JSONMember] {
        [member("hall", CatalogEncoder.json(h)),
         member("expo", c.expo(h.expo).map { CatalogEncoder.json($0) } ?? .null),
         member("listed_booths", .number(Double(booths(in: h, c).count), isInteger: true)),
         member("events", array(events(in: h, c).map { c.events[$0] }, CatalogEncoder.json)),
         member("sources", sourcesJSON(h.sources, c))]
    }

    /// The events of some positions in programme order, as JSON.
    static func eventsJSON(_ positions: [Int], _ c: Catalog) -> JSONValue {
        array(c.programmeOrder(positions).map { c.events[$0] }, CatalogEncoder.json)
    }
}
