import ArgumentParser
import ExpoModel

/// `pavilion import`: an organiser's exhibitor list, or a conference schedule, to a catalogue file.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert an exhibitor list (CSV or TSV from a spreadsheet, an Excel .xlsx workbook, or a directory's JSON export) or a conference schedule (frab XML, c3voc JSON) into a catalogue file.",
        discussion: HelpText.reflow("""
        Reads RFC 4180 CSV, comma, semicolon or tab separated, CRLF or LF. The encoding is detected as
        UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or else Windows-1252,
        Mac Roman, Windows-1251, KOI8-R or GB18030 by its letters (--encoding overrides). The header
        row is the one among the first 10 non-blank lines that names the most known columns (a title
        or notes above it are skipped; --header-line overrides); the delimiter is guessed from it and
        the rows after it. Recognised headers, in any case and spacing:
          Company / Exhibitor / Name / CompanyName → exhibitor name (required)
          Booth / Stand / Booth Label / Booth No. → booth code
          Hall / Pavilion → hall               Area / Size / m2 / sqm → area
          Country → country (ISO code or name) Category / Sector → sectors
          Products → products                  Description → summary
          Website → website                    Delegation / Region → delegation
          Expo / Event / Fair → the expo, when one file covers several
        Other columns are kept as extra fields. Sectors and products split on ; or |.
        A company on several rows becomes one exhibitor with several booths.

        The kind of file is told by its content, not its name. A directory's JSON export is read
        from its array of records (top-level, or under exhibitors, data, items, results,
        records…); nested keys become dotted columns (contact.website), an array of strings one
        cell, and an array of booth objects one row per booth (booths.no → code, booths.hall →
        hall). Where name holds Chinese or Cyrillic names and name_en the English ones, the
        English name is the name and the other the local name. --map takes dotted paths.

        A mapping used every week can be saved: --print-map prints the mapping Pavilion chose
        (every column's field, and the encoding, header line and delimiter) as TOML, and
        --map-file FILE.toml reads it back; options on the command line override the file.
        At most 20 problems are printed (errors first), then a count of the rest; --all-errors
        prints them all.

        A conference schedule (frab or Pentabarf XML, c3voc JSON, as frab and Pretalx export them)
        becomes events of one expo (--expo ID; default: a slug of the conference's acronym or
        title): rooms are venues, persons speakers, the track a topic, the type a kind; the end
        is the start plus the duration; an offset in the date is kept, a local time gets the
        conference's time_zone_name. With --catalog FILE the events are added to that catalogue
        (--expo must be one of its expos; an event id it already has is an error), else a new
        catalogue with one expo is written. An event without a title or with an unreadable
        date, start or duration is reported and skipped.

        Without --strict, bad rows are reported (line and column) and skipped; with it, any error
        rejects the file (exit 65). The counts go to stderr: imported, skipped, warnings.

        Examples:
          pavilion import exhibitors.csv --output fair.json --expo-name "Harbin Fair 2025"
          pavilion import list.csv --map "Firma=name" --map "Stand Nr=code" --output fair.json
          pavilion import export.json --map booths.no=code --output fair.json
          pavilion import list.csv --print-map > organiser.toml    (edit, then:)
          pavilion import list.csv --map-file organiser.toml --output fair.json
          pavilion --catalog exhibitors.csv          (open a CSV directly, no import step)
          pavilion import schedule.xml --expo crexpo-2017 --catalog fair.json --output fair2.json
        """)
    )

    @Argument(help: "The exhibitor list (CSV, TSV, .xlsx or a directory's JSON export) or conference schedule (frab XML, c3voc JSON).")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the catalogue; - or omitted writes to stdout. An existing file needs --force.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: "The expo's name, when the file has no Expo column (default: the file's name).")
    var expoName: String?

    @Option(name: .long, help: "The expo's id, when the file has no Expo column.")
    var expoId: String?

    @Option(name: .long, help: ArgumentHelp("A schedule's expo: its events get this expo id (default: a slug of the conference's acronym or title). For an exhibitor list, the same as --expo-id.", valueName: "id"))
    var expo: String?

    @Option(name: .long, help: ArgumentHelp("A schedule only: add its events to this catalogue (one of whose expos --expo names) instead of writing a new one.", valueName: "path"))
    var catalog: String?

    @Option(name: .long, help: "The catalogue's title.")
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Map a column to a field: COLUMN=FIELD, FIELD one of \(CSVField.allCases.map(\.rawValue).joined(separator: ", ")). Repeatable.", valueName: "column=field"))
    var map: [String] = []

    @Option(name: .long, help: ArgumentHelp("The file's encoding instead of detecting it: \(TextEncoding.acceptedNames).", valueName: "name"))
    var encoding: String?

    @Option(name: .customLong("header-line"), parsing: .unconditional, help: ArgumentHelp("The 1-based line of the header row, instead of finding it among the first 10 non-blank lines.", valueName: "n"))
    var headerLineArgument: WholeNumber?

    /// `--header-line`, once `validate` has checked it.
    var headerLine: Int? { headerLineArgument?.value }

    @Option(name: .long, help: ArgumentHelp("A saved mapping (TOML, as --print-map writes it): [columns] \"COLUMN\" = \"FIELD\" lines and the options encoding, header_line, delimiter, sheet, expo_name, expo_id, title. Options given here override it.", valueName: "file.toml"))
    var mapFile: String?

    @Flag(name: .long, help: "Print the mapping Pavilion chooses for the file (every column's field, the encoding, header line and delimiter) as TOML for --map-file, and import nothing.")
    var printMap = false

    @Flag(name: .long, help: "Print every problem; without it, at most \(DiagnosticCap.limit) lines, then a count of the rest.")
    var allErrors = false

    @Option(name: .long, help: ArgumentHelp("The sheet of an Excel workbook to read (case-insensitive); the first sheet when omitted.", valueName: "name"))
    var sheet: String?

    @Flag(name: .long, help: "Reject the whole file on any error (exit 65).")
    var strict = false

    @Flag(name: .long, help: "Replace the output file if it exists (a read-only file is never replaced).")
    var force = false

    /// Refuses names the catalogue's validator would refuse (blank), before any input is read.
    func validate() throws {
        for (option, value) in [("--expo-name", expoName), ("--expo-id", expoId), ("--expo", expo), ("--title", title)] {
            guard let value else { continue }
            if value.isEmpty || value.allSatisfy(\.isWhitespace) {
                throw ValidationError("\(option) must not be empty or only spaces (got \"\(value)\"); leave it out to use the default")
            }
        }
        if let encoding, TextEncoding(name: encoding) == nil {
            throw ValidationError("--encoding: " + TextEncodingError.unknownName(encoding).description)
        }
        if let headerLineArgument {
            _ = try headerLineArgument.checked("--header-line", in: 1...Int.max, rule: "1 or more")
        }
    }

    func run() throws {
        let (options, _) = try importerOptions()
        var target: OutputTarget?
        if let output, !OutputTarget.isStandardOutput(output) {
            do { target = try OutputTarget(path: output, force: force, inputs: [file] + (catalog.map { [$0] } ?? [])) } catch { throw error.exit() }
        }
        let bytes: [UInt8]
        do {
            bytes = try CatalogLoader.readBytes(path: file)
            try MemoryBudget.check(decoding: bytes.count, path: file)
        } catch {
            error.lines().forEach(Console.error)
            throw ExitCode(error.exitCode)
        }
        if ScheduleFormat.detect(bytes) != nil { return try importSchedule(bytes, target: target) }
        if let catalog {
            Console.error("--catalog \(catalog): adding to a catalogue is for schedules (frab XML, c3voc JSON); \(file) is \(ListFileKind.detect(bytes).description)")
            throw ExitCode(64)
        }
        let result = CSVImporter(options: options).run(bytes, fileName: file)
        let mapErrors = result.diagnostics.filter { $0.path == "--map" }
        if !mapErrors.isEmpty {
            for line in DiagnosticCap(all: allErrors).lines(mapErrors, \.message) { Console.error(line) }
            throw ExitCode(64)
        }
        if printMap { return try printMapping(result, kind: ListFileKind.detect(bytes), options: options, sheet: options.sheet, target: target) }
        for line in DiagnosticCap(all: allErrors).lines(result.diagnostics, { $0.formatted(file: file) }) { Console.error(line) }
        // The file could not be read as a list at all (a catalogue, an .xls file, JSON with no records): its one line says why.
        if result.columns.isEmpty && result.imported == 0 && result.skipped == 0 && result.errors > 0 { throw ExitCode(65) }
        let summary = "\(file): imported \(result.imported) row\(result.imported == 1 ? "" : "s"), skipped \(result.skipped), \(result.warnings) warning\(result.warnings == 1 ? "" : "s")"
        if result.errors > 0 && (strict || result.imported == 0) {
            Console.error(summary + (strict ? "; --strict: nothing written" : "; nothing written"))
            throw ExitCode(65)
        }
        // Written record by record as it is made: no JSON tree or text of the whole catalogue in memory.
        let json = JSONWriter()
        if let target {
            do {
                try FileOutput.write(target) { (writer: OutputWriter) throws(OutputError) in
                    try json.write(result.catalog, to: writer.write)
                    try writer.write("\n")
                }
            } catch {
                throw error.exit()
            }
        } else {
            json.write(result.catalog) { Console.write($0) }
            Console.write("\n")
            Console.flush()
        }
        Console.error(summary)
        // The catalogue is freed on another thread while the process ends.
        ReleaseLater.release(consume result)
    }
}
