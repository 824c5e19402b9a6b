/// Reads a c3voc schedule JSON (`{"schedule": {"conference": {…, "days": [{"rooms": {"Room":
/// [events]}}]}}}`, as frab and Pretalx export it) into a `ScheduleDocument`.
///
/// The events have the XML's fields (guid, id, date, start, duration, room, title, subtitle,
/// type, track, abstract, description) and `persons`, an array of objects with `public_name`
/// or `name` (or of strings). Numbers are accepted where text is expected (`"id": 42`).
public struct C3VOCScheduleReader {
    /// Creates a reader.
    public init() {}

    /// Reads `bytes`; throws when they are not JSON or not a schedule.
    public func read(_ bytes: [UInt8]) throws(ScheduleError) -> ScheduleDocument {
        var parser = JSONParser()
        let root: JSONNode
        let lines = LineMap(bytes)
        do { root = try parser.parse(bytes) } catch {
            let p = lines.position(of: error.offset)
            throw ScheduleError("JSON syntax error at line \(p.line), column \(p.column): \(error.message)", position: p)
        }
        guard let schedule = Self.member(root, "schedule"), case .object = schedule.value else {
            throw ScheduleError("the JSON has no top-level \"schedule\" object: this is not a c3voc schedule", position: lines.position(of: root.offset))
        }
        guard let conference = Self.member(schedule, "conference"), case .object = conference.value else {
            throw ScheduleError("\"schedule\" has no \"conference\" object, which holds the title, the days and their rooms and events",
                                position: lines.position(of: schedule.offset))
        }
        var doc = ScheduleDocument()
        doc.conference.title = Self.text(conference, "title")
        doc.conference.acronym = Self.text(conference, "acronym")
        doc.conference.start = Self.text(conference, "start")
        doc.conference.end = Self.text(conference, "end")
        doc.conference.timeZoneName = Self.text(conference, "time_zone_name")
        guard let daysNode = Self.member(conference, "days") else { return doc }
        guard case let .array(days) = daysNode.value else {
            throw ScheduleError("\"schedule.conference.days\" is \(daysNode.value.typeDescription), not an array of days", position: lines.position(of: daysNode.offset))
        }
        for (d, day) in days.enumerated() {
            let path = "schedule.conference.days[\(d)]"
            guard case .object = day.value else {
                throw ScheduleError("\(path) is \(day.value.typeDescription), not a day object", position: lines.position(of: day.offset))
            }
            guard let roomsNode = Self.member(day, "rooms") else { continue }
            guard case let .object(rooms) = roomsNode.value else {
                throw ScheduleError("\(path).rooms is \(roomsNode.value.typeDescription), not an object of rooms", position: lines.position(of: roomsNode.offset))
            }
            let dayDate = Self.text(day, "date"), dayStart = Self.text(day, "day_start")
            for room in rooms {
                guard case let .array(events) = room.node.value else {
                    throw ScheduleError("\(path).rooms[\"\(room.key.prefix(40))\"] is \(room.node.value.typeDescription), not an array of events",
                                        position: lines.position(of: room.node.offset))
                }
                for (k, event) in events.enumerated() {
                    var it = Self.item(event)
                    if it.room == nil { it.room = room.key }
                    (it.dayDate, it.dayStart) = (dayDate, dayStart)
                    it.position = lines.position(of: event.offset)
                    it.label = "\(path).rooms[\"\(room.key.prefix(40))\"][\(k)]"
                    doc.items.append(it)
                }
            }
        }
        return doc
    }

    /// An event object's fields (an event that is not an object has none, and is reported for
    /// its missing title).
    static func item(_ event: JSONNode) -> ScheduleDocument.Item {
        var it = ScheduleDocument.Item()
        it.guid = text(event, "guid")
        it.id = text(event, "id")
        it.date = text(event, "date")
        it.start = text(event, "start")
        it.duration = text(event, "duration")
        it.room = text(event, "room")
        it.title = text(event, "title")
        it.subtitle = text(event, "subtitle")
        it.type = text(event, "type")
        it.track = text(event, "track")
        it.abstract = text(event, "abstract")
        it.description = text(event, "description")
        if let persons = member(event, "persons"), case let .array(list) = persons.value {
            for p in list {
                let name: String?
                if case let .string(s) = p.value { name = s } else { name = text(p, "public_name") ?? text(p, "name") ?? text(p, "full_public_name") }
                if let name = name?.trimmingCharacters(in: " \t\r\n"), !name.isEmpty { it.persons.append(name) }
            }
        }
        return it
    }

    /// The member `key` of an object node.
    static func member(_ node: JSONNode, _ key: String) -> JSONNode? {
        guard case let .object(members) = node.value else { return nil }
        return members.first { $0.key == key }?.node
    }

    /// A member as text: a string (trimmed, nil when empty) or a number; nil otherwise.
    static func text(_ node: JSONNode, _ key: String) -> String? {
        guard let v = member(node, key) else { return nil }
        switch v.value {
        case .string(let s):
            let t = s.trimmingCharacters(in: " \t\r\n")
            return t.isEmpty ? nil : t
        case .number(let x, let isInteger):
            return isInteger && abs(x) < 1e15 ? String(Int(x)) : String(x)
        default:
            return nil
        }
    }
}
