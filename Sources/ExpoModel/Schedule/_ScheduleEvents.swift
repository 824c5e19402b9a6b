/// Builds catalogue events from schedule items, one at a time: unique ids, the skipped ones
/// counted and reported.
struct _ScheduleEvents {
    let expo: String
    let source: String
    let clock: ScheduleEventTimes
    var events: [ExpoEvent] = []
    var diagnostics: [Diagnostic] = []
    var skipped = 0
    private var used = Set<String>()
    /// Kinds by type: a schedule has a handful of types, and matching one costs Foundation searches.
    private var kinds: [String: ExpoEvent.Kind] = [:]

    init(expo: String, source: String, clock: ScheduleEventTimes) {
        self.expo = expo
        self.source = source
        self.clock = clock
    }

    mutating func add(_ it: ScheduleDocument.Item) {
        guard let title = it.title else { return skip(it, "no title; event skipped") }
        let times: (start: String?, end: String?)
        switch clock.times(it) {
        case .success(let t): times = t
        case .failure(let e): return skip(it, e.message + "; event skipped")
        }
        var e = ExpoEvent(id: uniqueID(it, title: title), expo: expo, title: title)
        if let type = it.type {
            if let k = kinds[type] { e.kind = k } else {
                e.kind = ScheduleEventKind.kind(forType: type)
                kinds[type] = e.kind
            }
        }
        (e.start, e.end) = times
        e.venue = it.room
        e.speakers = it.persons
        e.topics = it.track.map { [$0] } ?? []
        e.summary = ScheduleSummary.make(abstract: it.abstract, subtitle: it.subtitle, description: it.description)
        e.sources = [source]
        events.append(e)
    }

    private mutating func skip(_ it: ScheduleDocument.Item, _ message: String) {
        skipped += 1
        diagnostics.append(Diagnostic(.error, path: it.label, position: it.position, message: message))
    }

    /// `ev-<id>`, else `ev-<guid slug>`, else `ev-<title slug>`; `-2`, `-3`… when taken.
    private mutating func uniqueID(_ it: ScheduleDocument.Item, title: String) -> String {
        let stem = [it.id, it.guid, title].lazy.compactMap { $0.map(CSVImporter.slug) }.first { !$0.isEmpty } ?? "event"
        var id = "ev-" + stem
        if used.contains(id) {
            var n = 2
            while used.contains("\(id)-\(n)") { n += 1 }
            diagnostics.append(Diagnostic(.warning, path: it.label, position: it.position, message: "the id \(id) is taken by an earlier event; this one is \(id)-\(n)"))
            id = "\(id)-\(n)"
        }
        used.insert(id)
        return id
    }
}
