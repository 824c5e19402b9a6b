import ArgumentParser
import ExpoModel

/// `pavilion events`: the programme (forums, round tables, signings…) from the shell.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List events (forums, sessions, round tables, signings…) in programme order.",
        discussion: HelpText.reflow("""
        Ordered by local start time; events without a start come last.
        Times are local time at the fair, as the catalogue gives them;
        "all day" marks an event given by its date alone. --from and --to
        keep the events taking place on any day from one date to the other.

        Examples:
          pavilion events --expo cre-4
          pavilion events --kind forum --from 2017-06-16 --to 2017-06-16
          pavilion events --json | jq '.[].title'

        Exit 1 when no event is left; 64 for a bad --kind or date; 65 for an unknown --expo.
        """)
    )

    @OptionGroup var options: CatalogOptions

    @Option(name: .long, help: ArgumentHelp("Only the events of this expo.", valueName: "id"))
    var expo: String?

    @Option(name: .long, help: ArgumentHelp("Only events of this kind: \(EventFilter.kindList).", valueName: "kind"))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp("Only events taking place on this date or later.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Only events taking place on this date or earlier.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Flag(name: .long, help: "Print a JSON array of the events as the catalogue writes them.")
    var json = false

    func run() throws {
        let filter: EventFilter
        do { filter = try EventFilter(expo: expo, kind: kind, from: from, to: to) } catch {
            Console.error(error.message)
            throw ExitCode(64)
        }
        let c = try options.load()
        if let expo, c.expo(expo) == nil {
            let hint = IDSuggestion.hint(for: expo, among: c.expos.map(\.id),
                                         otherwise: c.expos.isEmpty ? "; the catalogue has no expos" : "; see `pavilion stats` for the expos")
            Console.error("no expo with id \"\(expo)\" in \(options.displayName)" + hint)
            throw ExitCode(65)
        }
        let positions = c.programmeOrder(filter.positions(in: c))
        if json {
            Self.writeJSON(positions.lazy.map { c.events[$0] })
        } else if !positions.isEmpty {
            Self.table(positions, c, withExpo: expo == nil).lines().forEach(Console.out)
        }
        if positions.isEmpty {
            if !json { Console.error("no event in \(options.displayName)" + (filter.isEmpty ? "" : " matches " + filter.description)) }
            Console.finish(1)
        }
        Console.finish(0)
    }

    /// The events as a table: date, time, kind, title, venue, and the expo when `withExpo`.
    static func table(_ positions: [Int], _ c: Catalog, withExpo: Bool) -> Table {
        var headers = ["DATE", "TIME", "KIND", "TITLE", "VENUE"]
        if withExpo { headers.append("EXPO") }
        var t = Table(headers: headers)
        t.rows.reserveCapacity(positions.count)
        for i in positions {
            let e = c.events[i]
            let span = EventText.span(e)
            var row = [EventText.date(span), EventText.time(span), e.kind?.rawValue ?? Format.unknown, e.title, EventText.venue(e, in: c)]
            if withExpo { row.append(c.expo(e.expo)?.name ?? e.expo) }
            t.rows.append(row)
        }
        return t
    }

    /// Writes a JSON array, one element at a time, laid out as `JSONWriter` lays out an array.
    static func writeJSON(_ events: some Sequence<ExpoEvent>) {
        let writer = JSONWriter()
        var first = true
        for e in events {
            var text = first ? "[\n  " : ",\n  "
            writer.write(CatalogEncoder.json(e), into: &text, level: 1)
            Console.write(text)
            first = false
        }
        Console.write(first ? "[]\n" : "\n]\n")
    }
}
