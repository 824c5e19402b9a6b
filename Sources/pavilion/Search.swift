import ArgumentParser
import ExpoModel

/// `pavilion search`: ranked booths from the shell.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search booths by exhibitor, local name, products, sectors, delegation, booth code, hall or expo.",
        discussion: """
        Terms separated by spaces must all match; each matches fuzzily (its characters in order). Smart case: a term with a capital letter is case-sensitive. Diacritics are folded (é = e).
        Syntax: 'exact  ^prefix  suffix$  !not  a | b
        Fields: name: country: sector: product: hall: code: kind: expo: delegation: and area>=50 (> >= < <= =)
        With kind:event the events are searched instead (titles, topics, speakers, venues; kind:forum, hall:, delegation: for organisers, date>=2017-06-16), printed as `events` prints them.

        Results are written as they are ranked, best first, so `| head` ends at once. Into a pipe or a file the table's names are never cut.

        Examples:
          pavilion search vi holding
          pavilion search 'sector:alum' --json
          pavilion search 'expo:2017 area>=50' --limit 0
          pavilion search wood --csv --limit 0 > wood.csv
          pavilion search wood --columns booth,exhibitor,country,id
          pavilion search kind:event forum 'date>=2017-06-16'

        Exit 1 when nothing matches; 64 for a malformed query.
        """
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: "The query; several words are joined with spaces.")
    var query: [String] = []

    @Flag(name: .long, help: "Print a JSON array of {score, booth, exhibitor, expo, delegation}.")
    var json = false

    @Flag(name: .long, help: "Print CSV (RFC 4180) with a header: booth code, exhibitor, local name, expo, delegation, hall, area, country, id.")
    var csv = false

    @Option(name: .long, help: ArgumentHelp("The table's or CSV's columns, separated by commas: \(BoothColumn.names).", valueName: "list"))
    var columns: String?

    // `.unconditional`: "-1" is read as the value (and refused by `validate`), not as an option.
    @Option(name: .customLong("limit"), parsing: .unconditional, help: ArgumentHelp("Show at most this many results; 0 means all.", valueName: "n"))
    var limitArgument = WholeNumber(50)

    /// `--limit`, once `validate` has checked it.
    var limit: Int { limitArgument.value ?? 0 }

    func validate() throws {
        _ = try limitArgument.checked("--limit", in: 0...Int.max, rule: "0 (all) or more")
        if json && csv { throw ValidationError("give either --json or --csv, not both") }
        if json && columns != nil { throw ValidationError("--columns chooses the table's or --csv's columns; --json writes whole records") }
        if let columns {
            do throws(ColumnError) { _ = try BoothColumn.parse(columns) } catch { throw Console.usage(error.message) }
        }
    }

    func run() throws {
        let text = query.joined(separator: " ")
        let parsed: SearchQuery
        do { parsed = try SearchQuery.parse(text) } catch {
            Console.error("bad query: " + error.message)
            throw ExitCode(64)
        }
        let catalog = try options.load()
        if EventSearch.asksForEvents(parsed) { try searchEvents(parsed, in: catalog, text: text) }
        let result = BoothSearchIndex(catalog).search(parsed, rankAll: true)
        let count = limit == 0 ? result.booths.count : min(limit, result.booths.count)
        let output = SearchOutput(catalog: catalog, booths: result.booths.prefix(count), scores: result.scores)
        let chosen = try columns.map { list throws(ColumnError) in try BoothColumn.parse(list) }
        if json {
            output.writeJSON()
        } else if csv {
            output.writeCSV(chosen ?? BoothColumn.allCases)
        } else if count > 0 {
            output.writeTable(chosen ?? BoothColumn.tableDefault)
        }
        if count == 0 {
            if !json && !csv { Console.error("no booth matches \"\(text)\"") }
            Console.finish(1)
        }
        // A cut result says so, on stderr so that a pipe gets only the records.
        if count < result.booths.count {
            Console.flush()
            Console.error("\(Format.grouped(count)) of \(Format.grouped(result.booths.count)) shown; --limit 0 for all")
        }
        Console.finish(0)
    }
}
