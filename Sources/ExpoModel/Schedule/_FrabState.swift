/// `FrabScheduleReader`'s place in the document: the open elements, the day and room an event
/// is listed under, the event being read and the text being collected.
struct _FrabState {
    let lines: LineMap
    var document = ScheduleDocument()
    var stack: [String] = []
    var sawConference = false
    var day: (date: String?, start: String?) = (nil, nil)
    var roomName: String?
    var item: ScheduleDocument.Item?
    var buffer: [UInt8] = []
    /// True while the text of the current element is collected.
    var collecting = false

    init(lines: LineMap) { self.lines = lines }

    mutating func open(_ s: inout XMLScanner) throws(ListReadError) {
        let name = s.nameText
        let parent = stack.last
        if stack.isEmpty, name != "schedule" {
            throw .unreadable("the XML's root element is <\(name.prefix(40))>, not <schedule>: this is not a frab or Pentabarf schedule", position: nil)
        }
        stack.append(name)
        collecting = false
        switch (parent, name) {
        case ("schedule", "conference"): sawConference = true
        case ("conference", _) where FrabScheduleReader.conferenceFields.contains(name): collecting = true
        case ("schedule", "day"): day = (s.attribute(Array("date".utf8)), s.attribute(Array("start".utf8)))
        case ("day", "room"): roomName = s.attribute(Array("name".utf8))
        case ("room", "event"):
            var it = ScheduleDocument.Item()
            it.guid = s.attribute(Array("guid".utf8))
            it.id = s.attribute(Array("id".utf8))
            it.room = roomName
            (it.dayDate, it.dayStart) = day
            let p = lines.position(of: s.offset)
            it.position = TextPosition(line: p.line, column: 1)
            it.label = it.id.map { "event \($0.prefix(40))" } ?? "event"
            item = it
        case ("event", _) where item != nil && FrabScheduleReader.eventFields.contains(name): collecting = true
        case ("persons", "person") where item != nil && stack.count >= 3 && stack[stack.count - 3] == "event": collecting = true
        default: break
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func text(_ s: XMLScanner) throws(ListReadError) {
        guard collecting else { return }
        try s.appendText(to: &buffer)
    }

    mutating func close(_ name: String) {
        defer { if !stack.isEmpty { stack.removeLast() } }
        let parent = stack.count >= 2 ? stack[stack.count - 2] : nil
        if collecting {
            collecting = false
            let value = String(decoding: buffer, as: UTF8.self).trimmingCharacters(in: " \t\r\n")
            let v: String? = value.isEmpty ? nil : value
            switch parent {
            case "conference": setConference(name, v)
            case "event": setEvent(name, v)
            case "persons": if let v { item?.persons.append(v) }
            default: break
            }
        }
        if name == "event", parent == "room", let it = item {
            document.items.append(it)
            item = nil
        }
    }

    mutating func setConference(_ name: String, _ v: String?) {
        switch name {
        case "title": document.conference.title = v
        case "acronym": document.conference.acronym = v
        case "start": document.conference.start = v
        case "end": document.conference.end = v
        case "time_zone_name": document.conference.timeZoneName = v
        default: break
        }
    }

    mutating func setEvent(_ name: String, _ v: String?) {
        switch name {
        case "date": item?.date = v
        case "start": item?.start = v
        case "duration": item?.duration = v
        case "room": if let v { item?.room = v }
        case "title": item?.title = v
        case "subtitle": item?.subtitle = v
        case "track": item?.track = v
        case "type": item?.type = v
        case "abstract": item?.abstract = v
        case "description": item?.description = v
        default: break
        }
    }
}
