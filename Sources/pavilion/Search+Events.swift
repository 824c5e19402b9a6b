import ExpoModel

extension Search {
    /// `pavilion search kind:event …`: the events that match, best first, as `events` prints
    /// them (a table, or `--json` the event records); exit 1 when none does.
    func searchEvents(_ q: SearchQuery, in c: Catalog, text: String) throws -> Never {
        if csv || columns != nil {
            throw Console.usage("--csv and --columns are for booths; events found with kind:event come as a table or --json")
        }
        let hits = EventSearch.search(q, in: c)
        let shown = limit == 0 ? hits : Array(hits.prefix(limit))
        if json {
            Events.writeJSON(shown.lazy.map { c.events[$0.event] })
        } else if !shown.isEmpty {
            Events.table(shown.map(\.event), c, withExpo: true).lines().forEach(Console.out)
        }
        if shown.isEmpty {
            if !json { Console.error("no event matches \"\(text)\"") }
            Console.finish(1)
        }
        if shown.count < hits.count {
            Console.error("\(Format.grouped(shown.count)) of \(Format.grouped(hits.count)) shown; --limit 0 for all")
        }
        Console.finish(0)
    }
}
