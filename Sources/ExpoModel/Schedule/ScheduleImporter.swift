/// Turns a conference schedule (frab XML or c3voc JSON) into events of one expo.
///
/// Each schedule event becomes an `ExpoEvent`: id `ev-<id>` (else a slug of the guid, else of
/// the title; made unique with `-2`, `-3`…), its title, kind (see `ScheduleEventKind`), start
/// and end (see `ScheduleEventTimes`), its room as venue, persons as speakers, track as topic,
/// and a summary (see `ScheduleSummary`). Every event cites one source for the file. An event
/// without a title, or with a date, start or duration that cannot be read, is reported (with
/// its line, or its JSON path) and skipped; a file that is no schedule gives one error.
public struct ScheduleImporter {
    /// Options for an import.
    public struct Options: Sendable {
        /// The expo the events belong to; default: a slug of the conference's acronym or title.
        public var expoID: String?
        /// The new expo's name; default: the conference's title.
        public var expoName: String?
        /// The new catalogue's title; default: the conference's title.
        public var title: String?

        /// Creates options.
        public init(expoID: String? = nil, expoName: String? = nil, title: String? = nil) {
            self.expoID = expoID
            self.expoName = expoName
            self.title = title
        }
    }

    /// What an import produced.
    public struct Result: Sendable {
        /// The format read; nil when the file is no schedule.
        public var format: ScheduleFormat?
        /// The conference block as read.
        public var conference = ScheduleDocument.Conference()
        /// A new catalogue: one expo (`expoID`), the source and the events.
        public var catalog: Catalog
        /// The events, each citing `source`.
        public var events: [ExpoEvent] = []
        /// The source record for the file.
        public var source: Source
        /// The expo id the events carry.
        public var expoID: String
        /// True when `expoID` was made from the conference (no `expoID` option).
        public var expoIDFromConference = false
        /// Events skipped because of an error.
        public var skipped = 0
        /// Errors (events skipped, or the file unreadable) and warnings.
        public var diagnostics: [Diagnostic] = []

        /// Events imported.
        public var imported: Int { events.count }
        /// False when the file could not be read as a schedule at all.
        public var readable: Bool { format != nil && !(events.isEmpty && skipped == 0 && errors > 0) }
        /// The number of errors.
        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
        /// The number of warnings.
        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
    }

    /// The options.
    public var options: Options

    /// Creates an importer.
    public init(options: Options = Options()) { self.options = options }

    /// Reads a schedule, told by content (see `ScheduleFormat`).
    /// - Parameter fileName: used for the source record and the default names.
    public func run(_ bytes: [UInt8], fileName: String) -> Result {
        let base = CSVImporter.baseName(fileName)
        guard let format = ScheduleFormat.detect(bytes) else {
            let root = ScheduleFormat.xmlRootName(bytes)
            let why = root.map { "the file is XML whose root element is <\($0.prefix(40))>, not <schedule>" } ?? "the file is neither a frab XML schedule (root <schedule>) nor a c3voc JSON schedule (a top-level \"schedule\" object)"
            return failed(base, ScheduleError(why + "; `pavilion import` reads frab or Pentabarf XML and c3voc JSON schedules, CSV, TSV, .xlsx and directory JSON exports"))
        }
        let document: ScheduleDocument
        do throws(ScheduleError) {
            document = format == .frabXML ? try FrabScheduleReader().read(bytes) : try C3VOCScheduleReader().read(bytes)
        } catch {
            var r = failed(base, error)
            r.format = format
            return r
        }
        return convert(document, format: format, base: base)
    }

    /// The result for a file that could not be read.
    func failed(_ base: String, _ error: ScheduleError) -> Result {
        let source = Self.source(base, format: nil)
        return Result(catalog: Catalog(title: options.title ?? "\(base) (imported)", sources: [source]), source: source,
                      expoID: options.expoID ?? "schedule", diagnostics: [error.diagnostic])
    }

    /// The source record the events cite.
    static func source(_ base: String, format: ScheduleFormat?, id: String = "schedule") -> Source {
        Source(id: id, title: "Imported from \(base)",
               note: "Converted from a \(format?.rawValue ?? "conference") schedule by `pavilion import`; facts as given in the file.")
    }

    /// The events and a new catalogue from a read schedule.
    func convert(_ document: ScheduleDocument, format: ScheduleFormat, base: String) -> Result {
        let conf = document.conference
        let source = Self.source(base, format: format)
        let derived = CSVImporter.slug(conf.acronym ?? conf.title ?? base)
        let expoID = options.expoID ?? (derived.isEmpty ? "schedule" : derived)
        var diagnostics: [Diagnostic] = []
        var zone: ScheduleZone?
        if let name = conf.timeZoneName {
            zone = ScheduleZone(name)
            if zone == nil {
                diagnostics.append(Diagnostic(.warning, path: "time_zone_name", position: nil,
                                              message: "unknown time zone \"\(name.prefix(40))\"; times without an offset are written as local times"))
            }
        }
        var builder = _ScheduleEvents(expo: expoID, source: source.id, clock: ScheduleEventTimes(zone: zone))
        for item in document.items { builder.add(item) }
        diagnostics += builder.diagnostics
        var expo = Expo(id: expoID, name: options.expoName ?? conf.title ?? base)
        (expo.start, expo.end) = Self.dates(conf, builder.events, &diagnostics)
        expo.sources = [source.id]
        var catalog = Catalog(title: options.title ?? conf.title ?? "\(base) (imported)", sources: [source], expos: [expo], events: builder.events)
        let id = CSVImporter.slug(conf.acronym ?? conf.title ?? base)
        catalog.id = id.isEmpty ? nil : id
        catalog.timeZone = zone?.name
        return Result(format: format, conference: conf, catalog: catalog, events: builder.events, source: source, expoID: expoID,
                      expoIDFromConference: options.expoID == nil, skipped: builder.skipped, diagnostics: diagnostics)
    }

    /// The expo's first and last day: the conference's, else the events' earliest and latest.
    static func dates(_ conf: ScheduleDocument.Conference, _ events: [ExpoEvent], _ diagnostics: inout [Diagnostic]) -> (String?, String?) {
        let days = events.flatMap { [$0.startTime, $0.endTime] }.compactMap { $0?.dayNumber }
        var start = conf.start.flatMap(ScheduleTime.init)?.day ?? days.min()
        var end = conf.end.flatMap(ScheduleTime.init)?.day ?? days.max()
        if let s = start, let e = end, e < s {
            diagnostics.append(Diagnostic(.warning, path: "conference", position: nil, message: "the conference ends before it starts; the expo's dates are left out"))
            (start, end) = (nil, nil)
        }
        func text(_ d: Int?) -> String? { d.map { ScheduleTime(day: $0, seconds: nil, offset: nil).eventText } }
        return (text(start), text(end))
    }
}
