/// Turns an organiser's exhibitor list (CSV) into a catalogue.
///
/// Headers are recognised by common names (Company, Booth, Hall, Area, Country, Category,
/// Products, Description, Website, Delegation, Expo…), or mapped with `mapping`. Unknown columns
/// are kept in the booth's `extra` object; placeholders (`NaN`, `N/A`…) are no value; a booth
/// cell may name several booths and their halls (see `BoothCell`). A company on several rows becomes one exhibitor with
/// several booths. Every row that is not imported is reported with its line and column.
public struct CSVImporter {
    /// Options for an import.
    public struct Options: Sendable {
        /// The expo's name when the file has no Expo column (default: the file's name).
        public var expoName: String?
        /// The expo's id when the file has no Expo column.
        public var expoID: String?
        /// The catalogue title.
        public var title: String?
        /// Header → field overrides (header matched case-insensitively, ignoring spacing).
        public var mapping: [String: CSVField] = [:]
        /// The delimiter; detected from the header row and the rows after it when nil.
        public var delimiter: UInt8?
        /// The file's encoding; detected when nil (see `TextEncodingDetector`).
        public var encoding: TextEncoding?
        /// The 1-based line of the header row; found among the first non-blank lines when nil
        /// (see `CSVHeaderLocator`).
        public var headerLine: Int?
        /// The sheet of an Excel workbook to read, by name (case-insensitive); the first when nil.
        public var sheet: String?

        /// Default options.
        public init(expoName: String? = nil, expoID: String? = nil, title: String? = nil, mapping: [String: CSVField] = [:]) {
            self.expoName = expoName
            self.expoID = expoID
            self.title = title
            self.mapping = mapping
        }
    }

    /// What an import produced.
    public struct Result: Sendable {
        /// The catalogue (format version 1).
        public var catalog: Catalog
        /// Rows imported as booths.
        public var imported: Int
        /// Rows skipped because of an error.
        public var skipped: Int
        /// Errors (rows skipped) and warnings (rows imported with a note), by line.
        public var diagnostics: [Diagnostic]
        /// The delimiter used.
        public var delimiter: UInt8
        /// Column header → field, as used.
        public var columns: [(header: String, field: CSVField)]
        /// The encoding the file was read in.
        public var encoding: TextEncoding = .utf8
        /// The 1-based line of the header row (0 when none was found).
        public var headerLine: Int = 0

        /// The number of warnings.
        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
        /// The number of errors.
        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    }

    /// The options.
    public var options: Options

    /// Creates an importer.
    public init(options: Options = Options()) { self.options = options }

    /// Imports a list: CSV or TSV text, an Excel workbook or a directory's JSON export, told
    /// apart by content (see `ListFileKind`).
    /// - Parameter fileName: used for the default expo name, the title and the source record.
    public func run(_ bytes: [UInt8], fileName: String) -> Result {
        let table: ListTable
        do throws(ListReadError) {
            let kind = ListFileKind.detect(bytes)
            if kind == .text || kind == .json { try Self.refuseScheduleOrXML(bytes) }
            switch kind {
            case .text: table = try readCSV(bytes)
            case .zip: table = try readWorkbook(bytes)
            case .json: table = try readDirectoryJSON(bytes)
            case .ole: throw .oldExcel
            case .pavilionCatalog: throw .alreadyCatalogue
            }
        } catch {
            let base = Self.baseName(fileName)
            return Result(catalog: Catalog(title: options.title ?? "\(base) (imported)", sources: [Self.source(base)]), imported: 0, skipped: 0,
                          diagnostics: [Diagnostic(.error, path: "", position: error.position, message: error.description)],
                          delimiter: options.delimiter ?? UInt8(ascii: ","), columns: [])
        }
        let result = importTable(table, fileName: fileName)
        ReleaseLater.release(consume table)
        return result
    }

    /// Throws for a conference schedule (which `pavilion import` reads with `ScheduleImporter`)
    /// and for other XML, which no exhibitor list is.
    static func refuseScheduleOrXML(_ bytes: [UInt8]) throws(ListReadError) {
        if let format = ScheduleFormat.detect(bytes) {
            throw .unreadable("this is a conference schedule (\(format.rawValue)), not an exhibitor list; turn it into a catalogue with `pavilion import FILE --expo ID`", position: nil)
        }
        if let root = ScheduleFormat.xmlRootName(bytes) {
            throw .unreadable("the file is XML (root element <\(root.prefix(40))>), not an exhibitor list or a schedule; export the list as CSV or .xlsx", position: nil)
        }
    }

    /// The source record every imported record cites.
    static func source(_ base: String) -> Source {
        Source(id: "import", title: "Imported from \(base)", note: "Converted by `pavilion import`; facts as given in the file.")
    }

    /// Reads CSV or TSV text: decodes it, finds the header row and the delimiter, splits the rows.
    func readCSV(_ bytes: [UInt8]) throws(ListReadError) -> ListTable {
        // Encoding: everything after this is UTF-8.
        let text: [UInt8], detection: TextEncodingDetector.Detection
        do { (text, detection) = try TextEncodingDetector.decodeToUTF8(bytes, forced: options.encoding) } catch {
            throw .unreadable(error.description, position: nil)
        }
        // Header row and delimiter.
        var mapped = Set<String>()
        for k in options.mapping.keys { mapped.insert(CSVField.normalise(k)) }
        let location: CSVHeaderLocator.Location
        do { location = try CSVHeaderLocator.locate(text, delimiter: options.delimiter, headerLine: options.headerLine, mapped: mapped) } catch {
            throw .unreadable(error.description, position: nil)
        }
        let (records, problems, delimiter) = CSVReader.read(text, delimiter: location.delimiter, from: location.offset, firstLine: location.line)
        var notes = Self.readingNotes(detection, location) + problems.map { p in
            Diagnostic(.error, path: p.column.map { "row at line \(p.line), column \($0)" } ?? "row at line \(p.line)",
                       position: TextPosition(line: p.line, column: p.column ?? 1), message: p.message)
        }
        // Invalid UTF-8 inside a field is a warning: the row is kept with the replacement character in place.
        for i in notes.indices where notes[i].message.hasPrefix("invalid UTF-8") { notes[i].severity = .warning }
        let headerIndex = records.firstIndex(where: { !$0.broken })
        return ListTable(header: headerIndex.map { records[$0] }, rows: headerIndex.map { Array(records[($0 + 1)...]) } ?? [],
                         notes: notes, delimiter: delimiter, encoding: detection.encoding, unit: "line")
    }

    /// Maps a table's columns to fields and its rows to records.
    /// - Parameter fileName: used for the default expo name, the title and the source record.
    public func importTable(_ table: ListTable, fileName: String) -> Result {
        let base = Self.baseName(fileName)
        let source = Self.source(base)
        let title = options.title ?? "\(base) (imported)"
        var diagnostics = table.notes
        guard let header = table.header else {
            diagnostics.append(Diagnostic(.error, path: "", position: nil, message: "the file has no header row; the first line must name the columns (e.g. Company,Booth,Hall,Area)"))
            return Result(catalog: Catalog(title: title, sources: [source]), imported: 0, skipped: 0, diagnostics: diagnostics, delimiter: table.delimiter, columns: [],
                          encoding: table.encoding)
        }

        var columns = mapColumns(header, &diagnostics)
        var tableRows = table.rows
        Self.placeEnglishNames(&columns, tableRows, mapped: Set(options.mapping.keys.map(CSVField.normalise)))
        Self.fillNamesFromLocalNames(columns, &tableRows)
        let fieldColumns = Dictionary(columns.enumerated().map { ($0.element.field, $0.offset) }, uniquingKeysWith: { a, _ in a })
        guard let nameColumn = fieldColumns[.name] else {
            diagnostics.append(Diagnostic(.error, path: "", position: table.unit == "line" ? TextPosition(line: header.line, column: 1) : nil,
                                          message: Self.noNameColumnMessage(table)))
            return Result(catalog: Catalog(title: title, sources: [source]), imported: 0, skipped: 0, diagnostics: diagnostics, delimiter: table.delimiter, columns: columns,
                          encoding: table.encoding, headerLine: header.line)
        }
        Self.keepRepeatedFieldsAsExtra(&columns, headerLine: header.line, &diagnostics)

        var rows = _Rows(options: options, sourceID: source.id, defaultExpoName: options.expoName ?? base, columns: columns,
                         fieldColumns: fieldColumns, nameColumn: nameColumn, diagnostics: diagnostics, expectedRows: tableRows.count)
        rows.unit = table.unit
        rows.addAll(tableRows)
        var catalog = rows.catalog(title: title, source: source)
        let id = Self.slug(base)
        catalog.id = id.isEmpty ? nil : id
        // By line, as a person reads the file (the reader's problems and the rows' checks together).
        let ordered = rows.diagnostics.enumerated().sorted { a, b in
            let la = a.element.position?.line ?? 0, lb = b.element.position?.line ?? 0
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
        return Result(catalog: catalog, imported: rows.imported, skipped: rows.skipped, diagnostics: ordered, delimiter: table.delimiter, columns: columns,
                      encoding: table.encoding, headerLine: header.line)
    }

    /// The field of each column: as `options.mapping` says, else recognised from its header.
    func mapColumns(_ header: CSVReader.Record, _ diagnostics: inout [Diagnostic]) -> [(header: String, field: CSVField)] {
        var overrides: [String: CSVField] = [:]
        for (k, v) in options.mapping { overrides[CSVField.normalise(k)] = v }
        var columns: [(header: String, field: CSVField)] = []
        for h in header.fields {
            let key = CSVField.normalise(h)
            columns.append((h, overrides[key] ?? CSVField.recognise(column: h) ?? .extra))
        }
        for (k, _) in options.mapping where !header.fields.contains(where: { CSVField.normalise($0) == CSVField.normalise(k) }) {
            diagnostics.append(Diagnostic(.error, path: "--map", position: nil, message: "no column is called \"\(k)\"; the columns are: " + header.fields.joined(separator: ", ")))
        }
        return columns
    }

    /// A field named by several columns is read from the first; the others become extra fields.
    static func keepRepeatedFieldsAsExtra(_ columns: inout [(header: String, field: CSVField)], headerLine: Int, _ diagnostics: inout [Diagnostic]) {
        for (i, c) in columns.enumerated() where columns.firstIndex(where: { $0.field == c.field }) != i && c.field != .extra && c.field != .ignore {
            diagnostics.append(Diagnostic(.warning, path: "column \(i + 1)", position: headerLine > 0 ? TextPosition(line: headerLine, column: i + 1) : nil,
                                          message: "\"\(c.header)\" also maps to \(c.field.rawValue); only the first such column is used, this one is kept as an extra field"))
            columns[i].field = .extra
        }
    }

    /// One warning each for an encoding other than UTF-8 and for lines skipped above the header.
    static func readingNotes(_ detection: TextEncodingDetector.Detection, _ location: CSVHeaderLocator.Location) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        if detection.encoding != .utf8 {
            let how = detection.byStatistics ? "the file is not UTF-8; \(detection.encoding.displayName) fits its letters best"
                : detection.byteOrderMark ? "from its byte-order mark" : "as --encoding says"
            notes.append(Diagnostic(.warning, path: "", position: nil,
                                    message: "read as \(detection.encoding.displayName) (\(how)); if names look wrong, try --encoding NAME (\(TextEncoding.acceptedNames))"))
        }
        if let first = location.skipped.first, let last = location.skipped.last {
            let lines = first.line == last.line ? "line \(first.line)" : "lines \(first.line)–\(last.line)"
            notes.append(Diagnostic(.warning, path: "", position: TextPosition(line: first.line, column: 1),
                                    message: "the header is on line \(location.line); \(lines) above it skipped (\"\(first.text.prefix(40))\"\(location.skipped.count > 1 ? " and \(location.skipped.count - 1) more" : "")); use --header-line N to choose another line"))
        }
        return notes
    }

    /// "84", "84.5", "84,5", "84 m²", "84 sqm" → 84 / 84.5.
    static func parseArea(_ raw: String) -> Double? {
        // Digits and a point (what a sheet's numbers read as): a number as it stands.
        if raw.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }) {
            guard let x = Double(raw), x.isFinite else { return nil }
            return x
        }
        var s = raw.lowercased()
        for unit in ["m²", "m2", "sqm", "sq m", "кв. м", "кв.м", "平方米", "㎡"] where s.hasSuffix(unit) {
            s = String(s.dropLast(unit.count))
        }
        s = s.trimmingCharacters(in: " \t")
        if !s.contains("."), s.filter({ $0 == "," }).count == 1 { s = s.replacingOccurrences(",", ".") }
        guard let x = Double(s), x.isFinite else { return nil }
        return x
    }

    /// Splits a multi-valued cell on `;` or `|`.
    static func split(_ cell: String?) -> [String] {
        guard let cell else { return [] }
        if !cell.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "|") }) {
            let v = cell.trimmingCharacters(in: " \t")
            return v.isEmpty ? [] : [v]
        }
        if let pieces = cell.utf8.withContiguousStorageIfAvailable(splitBytes), let pieces { return pieces }
        return cell.split(whereSeparator: { $0 == ";" || $0 == "|" })
            .map { String($0).trimmingCharacters(in: " \t") }
            .filter { !$0.isEmpty }
    }

    /// A lower-case id made of letters, digits and dashes (see `_Slug`).
    static func slug(_ s: String) -> String { _Slug.make(s) }

    static func baseName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = last.lastIndex(of: "."), dot != last.startIndex { return String(last[..<dot]) }
        return last
    }
}

extension String {
    func replacingOccurrences(_ a: Character, _ b: Character) -> String {
        String(map { $0 == a ? b : $0 })
    }
}
