// Halls and events (format version 2): look-ups and relations.
extension Catalog {
    mutating func indexHalls() {
        hallIndex = _IDIndex(Self.firstPositions(halls.map(\.id)))
        let ei = expoIndex
        hallsOfExpo = _Groups(owners: expos.count, members: halls.map { Int32(ei[$0.expo] ?? -1) })
    }

    mutating func indexEvents() {
        eventIndex = _IDIndex(Self.firstPositions(events.map(\.id)))
        let ei = expoIndex
        eventsOfExpo = _Groups(owners: expos.count, members: events.map { Int32(ei[$0.expo] ?? -1) })
        var byOrganiser: [String: [Int]] = [:]
        for (i, e) in events.enumerated() {
            for d in Set(e.organisers) { byOrganiser[d, default: []].append(i) }
        }
        eventsOfDelegation = byOrganiser
    }

    private static func firstPositions(_ ids: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
        return out
    }

    /// The position of the expo with an id in `expos`.
    public func expoPosition(_ id: String) -> Int? { expoIndex[id] }

    /// The hall with this id.
    public func hall(_ id: String) -> Hall? { hallIndex[id].map { halls[$0] } }
    /// The event with this id.
    public func event(_ id: String) -> ExpoEvent? { eventIndex[id].map { events[$0] } }
    /// The position of the event with an id in `events`.
    public func eventPosition(_ id: String) -> Int? { eventIndex[id] }

    /// The halls of an expo, in record order.
    public func halls(ofExpo id: String) -> [Hall] { expoIndex[id].map { hallsOfExpo[$0].map { halls[$0] } } ?? [] }
    /// Positions (into `events`) of an expo's events, in record order.
    public func eventIndices(ofExpo id: String) -> [Int] { expoIndex[id].map { eventsOfExpo[$0] } ?? [] }
    /// An expo's events, in record order.
    public func events(ofExpo id: String) -> [ExpoEvent] { eventIndices(ofExpo: id).map { events[$0] } }
    /// Positions (into `events`) of the events a delegation organised.
    public func eventIndices(organisedBy delegation: String) -> [Int] { eventsOfDelegation[delegation] ?? [] }
    /// How many events an expo has.
    public func eventCount(ofExpo id: String) -> Int { expoIndex[id].map { eventsOfExpo.count($0) } ?? 0 }

    /// The hall record a booth's `hall` text refers to: a hall of the booth's expo whose id it
    /// equals; nil when the text is only a name.
    public func hall(ofBooth b: Booth) -> Hall? {
        guard let text = b.hall, let h = hall(text), h.expo == b.expo else { return nil }
        return h
    }

    /// The hall record an event's `hall` text refers to, as for booths.
    public func hall(ofEvent e: ExpoEvent) -> Hall? {
        guard let text = e.hall, let h = hall(text), h.expo == e.expo else { return nil }
        return h
    }

    /// Positions (into `events`) ordered as a programme: by local start (events without a start
    /// last), then title, then position.
    public func programmeOrder(_ positions: [Int]) -> [Int] {
        let keyed = positions.map { i in (i, events[i].startTime?.localSortKey ?? Int.max, events[i].title) }
        return keyed.sorted { a, b in
            if a.1 != b.1 { return a.1 < b.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            return a.0 < b.0
        }.map(\.0)
    }
}
