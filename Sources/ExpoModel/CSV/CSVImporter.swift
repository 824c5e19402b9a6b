/// Turns an organiser's exhibitor list (CSV) into a catalogue.
///
/// Headers are recognised by common names (Company, Booth, Hall, Area, Country, Category,
/// Products, Description, Website, Delegation, Expo…), or mapped with `mapping`. Unknown columns
/// are kept as extra fields on the booth. A company on several rows becomes one exhibitor with
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
        /// The delimiter; detected when nil.
        public var delimiter: UInt8?

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

        /// The number of warnings.
        public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
        /// The number of errors.
        public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    }

    /// The options.
    public var options: Options

    /// Creates an importer.
    public init(options: Options = Options()) { self.options = options }

    /// Imports CSV bytes.
    /// - Parameter fileName: used for the default expo name, the title and the source record.
    public func run(_ bytes: [UInt8], fileName: String) -> Result {
        let (records, problems, delimiter) = CSVReader.read(bytes, delimiter: options.delimiter)
        var diagnostics = problems.map { p in
            Diagnostic(.error, path: p.column.map { "row at line \(p.line), column \($0)" } ?? "row at line \(p.line)",
                       position: TextPosition(line: p.line, column: p.column ?? 1), message: p.message)
        }
        // Invalid UTF-8 inside a field is a warning: the row is kept with � in place.
        for i in diagnostics.indices where diagnostics[i].message.hasPrefix("invalid UTF-8") { diagnostics[i].severity = .warning }
        let base = Self.baseName(fileName)
        let sourceID = "import"
        let source = Source(id: sourceID, title: "Imported from \(base)", note: "Converted by `pavilion import`; facts as given in the file.")
        let title = options.title ?? "\(base) (imported)"
        guard let header = records.first(where: { !$0.broken }) else {
            diagnostics.append(Diagnostic(.error, path: "", position: nil, message: "the file has no header row; the first line must name the columns (e.g. Company,Booth,Hall,Area)"))
            return Result(catalog: Catalog(title: title, sources: [source]), imported: 0, skipped: 0, diagnostics: diagnostics, delimiter: delimiter, columns: [])
        }

        var columns = mapColumns(header, &diagnostics)
        let fieldColumns = Dictionary(columns.enumerated().map { ($0.element.field, $0.offset) }, uniquingKeysWith: { a, _ in a })
        guard let nameColumn = fieldColumns[.name] else {
            diagnostics.append(Diagnostic(.error, path: "", position: TextPosition(line: header.line, column: 1),
                                          message: "no exhibitor-name column: name one Company, Exhibitor or Name, or use --map COLUMN=name"))
            return Result(catalog: Catalog(title: title, sources: [source]), imported: 0, skipped: records.count - 1, diagnostics: diagnostics, delimiter: delimiter, columns: columns)
        }
        Self.keepRepeatedFieldsAsExtra(&columns, headerLine: header.line, &diagnostics)

        var rows = _Rows(options: options, sourceID: sourceID, defaultExpoName: options.expoName ?? base, columns: columns,
                         fieldColumns: fieldColumns, nameColumn: nameColumn, diagnostics: diagnostics)
        for record in records.drop(while: { $0.line != header.line }).dropFirst() { rows.add(record) }
        let catalog = Catalog(title: title, sources: [source], expos: rows.expos, delegations: rows.delegations,
                              exhibitors: rows.exhibitors, booths: rows.booths)
        // By line, as a person reads the file (the reader's problems and the rows' checks together).
        let ordered = rows.diagnostics.enumerated().sorted { a, b in
            let la = a.element.position?.line ?? 0, lb = b.element.position?.line ?? 0
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
        return Result(catalog: catalog, imported: rows.imported, skipped: rows.skipped, diagnostics: ordered, delimiter: delimiter, columns: columns)
    }

    /// The field of each column: as `options.mapping` says, else recognised from its header.
    func mapColumns(_ header: CSVReader.Record, _ diagnostics: inout [Diagnostic]) -> [(header: String, field: CSVField)] {
        var overrides: [String: CSVField] = [:]
        for (k, v) in options.mapping { overrides[CSVField.normalise(k)] = v }
        var columns: [(header: String, field: CSVField)] = []
        for h in header.fields {
            let key = CSVField.normalise(h)
            columns.append((h, overrides[key] ?? CSVField.recognise(h) ?? .extra))
        }
        for (k, _) in options.mapping where !header.fields.contains(where: { CSVField.normalise($0) == CSVField.normalise(k) }) {
            diagnostics.append(Diagnostic(.error, path: "--map", position: nil, message: "no column is called \"\(k)\"; the columns are: " + header.fields.joined(separator: ", ")))
        }
        return columns
    }

    /// A field named by several columns is read from the first; the others become extra fields.
    static func keepRepeatedFieldsAsExtra(_ columns: inout [(header: String, field: CSVField)], headerLine: Int, _ diagnostics: inout [Diagnostic]) {
        for (i, c) in columns.enumerated() where columns.firstIndex(where: { $0.field == c.field }) != i && c.field != .extra && c.field != .ignore {
            diagnostics.append(Diagnostic(.warning, path: "column \(i + 1)", position: TextPosition(line: headerLine, column: i + 1),
                                          message: "\"\(c.header)\" also maps to \(c.field.rawValue); only the first such column is used, this one is kept as an extra field"))
            columns[i].field = .extra
        }
    }

    /// "84", "84.5", "84,5", "84 m²", "84 sqm" → 84 / 84.5.
    static func parseArea(_ raw: String) -> Double? {
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
        return cell.split(whereSeparator: { $0 == ";" || $0 == "|" })
            .map { String($0).trimmingCharacters(in: " \t") }
            .filter { !$0.isEmpty }
    }

    /// A lower-case id made of letters, digits and dashes.
    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for ch in s.lowercased() {
            if ch.isLetter || ch.isNumber {
                out.append(ch)
                dash = false
            } else if !dash, !out.isEmpty {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(60))
    }

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
