import ArgumentParser
import ExpoModel

/// `pavilion search`: ranked booths from the shell.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search booths by exhibitor, local name, products, sectors, delegation, booth code, hall or expo.",
        discussion: """
        Terms separated by spaces must all match; each matches fuzzily (its characters in order).
        Smart case: a term with a capital letter is case-sensitive. Diacritics are folded (é = e).
        Syntax: 'exact  ^prefix  suffix$  !not  a | b
        Fields: name: country: sector: product: hall: code: kind: expo: delegation:  and area>=50 (> >= < <= =)
        With kind:event the events are searched instead (titles, topics, speakers, venues;
        kind:forum, hall:, delegation: for organisers, date>=2017-06-16), printed as `events` prints them.

        Examples:
          pavilion search vi holding
          pavilion search 'sector:alum' --json
          pavilion search 'expo:2017 area>=50' --limit 0
          pavilion search kind:event forum 'date>=2017-06-16'

        Exit 1 when nothing matches; 64 for a malformed query.
        """
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: "The query; several words are joined with spaces.")
    var query: [String] = []

    @Flag(name: .long, help: "Print a JSON array of {score, booth, exhibitor, expo, delegation}.")
    var json = false

    // `.unconditional`: "-1" is read as the value (and refused by `validate`), not as an option.
    @Option(name: .long, parsing: .unconditional, help: "Show at most this many results; 0 means all.")
    var limit = 50

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 (all) or more, not \(limit)") }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let parsed: SearchQuery
        do { parsed = try SearchQuery.parse(text) } catch {
            Console.error("bad query: " + error.message)
            throw ExitCode(64)
        }
        let catalog = try options.load()
        if EventSearch.asksForEvents(parsed) { searchEvents(parsed, in: catalog, text: text) }
        let result = BoothSearchIndex(catalog).search(parsed, rankAll: true)
        let count = limit == 0 ? result.booths.count : min(limit, result.booths.count)
        let scores = result.scores
        let hits = (0..<count).map { (boothIndex: result.booths[$0], score: scores[$0]) }
        if json {
            let items: [JSONNode] = hits.map { h in
                let b = catalog.booths[h.boothIndex]
                let x: JSONValue = catalog.exhibitor(b.exhibitor).map { CatalogEncoder.json($0) } ?? .null
                let e: JSONValue = catalog.expo(b.expo).map { CatalogEncoder.json($0) } ?? .null
                let d: JSONValue = b.delegation.flatMap { catalog.delegation($0) }.map { CatalogEncoder.json($0) } ?? .null
                return JSONNode(.object([
                    JSONMember(key: "score", node: JSONNode(.number(Double(h.score), isInteger: true))),
                    JSONMember(key: "booth", node: JSONNode(CatalogEncoder.json(b))),
                    JSONMember(key: "exhibitor", node: JSONNode(x)),
                    JSONMember(key: "expo", node: JSONNode(e)),
                    JSONMember(key: "delegation", node: JSONNode(d)),
                ]))
            }
            Console.out(JSONWriter().string(.array(items)))
        } else if !hits.isEmpty {
            var t = Table(headers: ["BOOTH", "EXHIBITOR", "EXPO", "DELEGATION", "HALL", "AREA"], rightAligned: [5])
            for h in hits {
                let b = catalog.booths[h.boothIndex]
                t.rows.append([
                    b.code ?? Format.unknown,
                    catalog.exhibitor(b.exhibitor)?.name ?? b.exhibitor,
                    catalog.expo(b.expo)?.name ?? b.expo,
                    b.delegation.flatMap { catalog.delegation($0)?.name } ?? Format.unknown,
                    b.hall ?? Format.unknown,
                    Format.area(b.areaSqm),
                ])
            }
            t.lines().forEach(Console.out)
        }
        if hits.isEmpty {
            if !json { Console.error("no booth matches \"\(text)\"") }
            Console.finish(1)
        }
        // A cut result says so, on stderr so that a pipe gets only the records.
        if count < result.booths.count {
            Console.error("\(Format.grouped(count)) of \(Format.grouped(result.booths.count)) shown; --limit 0 for all")
        }
        Console.finish(0)
    }
}
