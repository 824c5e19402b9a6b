// Format version 2's record kinds: halls and events.
extension _DecodeContext {
    mutating func hall(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> Hall? {
        guard let o = object(node, path: path, known: _Known.hall, what: "a hall") else { return nil }
        let id = id(o, kind: .hall, &ids)
        let expo = reference(o, "expo", kind: .expo, required: true, &ids)
        let name = string(o, "name", required: true, nonEmpty: true)
        var h = Hall(id: id ?? "", expo: expo ?? "", name: name ?? "")
        h.areaSqm = area(o, "area_sqm")
        h.summary = string(o, "summary")
        h.sources = sourceRefs(o, &ids)
        h.extra = o.extra
        guard id != nil, expo != nil, name != nil else { return nil }
        return h
    }

    mutating func event(_ node: JSONNode, _ path: String, _ ids: inout _IDTable) -> ExpoEvent? {
        guard let o = object(node, path: path, known: _Known.event, what: "an event") else { return nil }
        let id = id(o, kind: .event, &ids)
        let expo = reference(o, "expo", kind: .expo, required: true, &ids)
        let title = string(o, "title", required: true, nonEmpty: true)
        var e = ExpoEvent(id: id ?? "", expo: expo ?? "", title: title ?? "")
        if let k = string(o, "kind") {
            if let kind = ExpoEvent.Kind(rawValue: k) { e.kind = kind } else {
                error(o.join("kind"), o.byKey["kind"]?.node.offset ?? o.offset, "unknown kind \(_quoted(k, limit: 30)); use one of: " + ExpoEvent.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
        }
        let start = eventTime(o, "start"), end = eventTime(o, "end")
        if let s = start, let t = end, t.time.isBefore(s.time) {
            error(o.join("end"), o.byKey["end"]?.node.offset ?? o.offset, "end \(t.text) is before the start \(s.text)")
        }
        (e.start, e.end) = (start?.text, end?.text)
        e.venue = string(o, "venue")
        e.hall = string(o, "hall")
        e.organisers = stringArray(o, "organisers")
        if case let .array(items)? = o.byKey["organisers"]?.node.value {
            for (i, item) in items.enumerated() {
                guard case let .string(d) = item.value, !d.isEmpty else { continue }
                refer(.init(kind: .delegation, id: d, parent: o.path, key: "organisers", index: i, offset: item.offset, expoOfReferrer: expo), &ids)
            }
        }
        e.speakers = stringArray(o, "speakers")
        e.topics = stringArray(o, "topics")
        e.summary = string(o, "summary")
        e.sources = sourceRefs(o, &ids)
        e.extra = o.extra
        guard id != nil, expo != nil, title != nil else { return nil }
        return e
    }

    /// An event's start or end: a date, or a date and time with or without an offset.
    mutating func eventTime(_ o: _Object, _ key: String) -> (text: String, time: EventTime)? {
        guard let s = string(o, key) else { return nil }
        if let t = EventTime(s) { return (s, t) }
        let datePart = String(s.prefix(10))
        let why = s.count >= 10 ? (_DateCheck.problem(datePart) ?? "") : ""
        error(o.join(key), o.byKey[key]?.node.offset ?? o.offset,
              "\(_quoted(s, limit: 40)) is not an ISO 8601 date or date and time: use 2017-06-16, 2017-06-16T10:00 or 2017-06-16T10:00+08:00\(why)")
        return nil
    }
}
