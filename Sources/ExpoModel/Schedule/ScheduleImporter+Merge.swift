extension ScheduleImporter {
    /// `catalog` with an import's events added to its expo `result.expoID`, and the import's
    /// source (its id made unique: `schedule`, `schedule-2`…).
    ///
    /// Throws when the catalogue has no such expo, or when an event id is already used there
    /// (the schedule was probably imported before): nothing is renamed silently.
    public static func merge(_ result: Result, into catalog: Catalog) throws(ScheduleError) -> Catalog {
        guard catalog.expo(result.expoID) != nil else {
            let ids = catalog.expos.map(\.id)
            let list = ids.isEmpty ? "it has none" : "its expos are " + ids.prefix(10).joined(separator: ", ") + (ids.count > 10 ? "…" : "")
            throw ScheduleError("the catalogue has no expo \"\(result.expoID.prefix(60))\" (\(list)); name one with --expo ID")
        }
        let clashes = result.events.filter { catalog.event($0.id) != nil }
        if let first = clashes.first {
            throw ScheduleError("the catalogue already has an event \"\(first.id)\" (\(clashes.count) of the schedule's \(result.events.count) event ids are taken); "
                                + "was this schedule imported already? Import it into another catalogue, or remove those events first")
        }
        var sourceID = result.source.id
        var n = 2
        while catalog.source(sourceID) != nil {
            sourceID = "\(result.source.id)-\(n)"
            n += 1
        }
        var source = result.source
        source.id = sourceID
        let events = result.events.map { e in
            var e = e
            e.sources = e.sources.map { $0 == result.source.id ? sourceID : $0 }
            return e
        }
        var merged = Catalog(title: catalog.title, synthetic: catalog.synthetic, sources: catalog.sources + [source], expos: catalog.expos,
                             delegations: catalog.delegations, exhibitors: catalog.exhibitors, booths: catalog.booths, halls: catalog.halls,
                             events: catalog.events + events, extra: catalog.extra)
        merged.id = catalog.id
        merged.timeZone = catalog.timeZone
        return merged
    }
}
