extension CSVImporter {
    /// The records made from the rows so far, and what was said about them.
    struct _Rows {
        let options: Options
        let sourceID: String
        let defaultExpoName: String
        let columns: [(header: String, field: CSVField)]
        let fieldColumns: [CSVField: Int]
        let nameColumn: Int
        var diagnostics: [Diagnostic]
        /// How rows are numbered: "line" (CSV), "row" (a sheet), "record" (JSON; the rows of one
        /// record are one exhibitor's booths, and the local name tells companies apart).
        var unit = "line"

        var expos: [Expo] = []
        var expoIndex: [String: Int] = [:]
        var delegations: [Delegation] = []
        var delegationIndex: [String: Int] = [:]
        var exhibitors: [Exhibitor] = []
        var exhibitorIndex: [String: Int] = [:]
        var booths: [Booth] = []
        /// The booths' ids, with their positions.
        var boothIDs = CSVImporter._IDTable()
        var countryCodes: [String: String?] = [:]
        var imported = 0, skipped = 0
        var expoIDs = Set<String>(), delegationIDs = Set<String>()
        /// The exhibitors' ids, with their positions.
        var exhibitorIDs = CSVImporter._IDTable()
        /// The column of each field by `CSVField.ordinal` (-1: none): `fieldColumns` without hashing.
        let columnOf: [Int]
        /// `[sourceID]`, one array every record shares.
        let sources: [String]
        /// The cells of the row being added, when they were made ahead (see `_RowWork.cells`).
        var currentCells: [String?]?

        init(options: Options, sourceID: String, defaultExpoName: String, columns: [(header: String, field: CSVField)],
             fieldColumns: [CSVField: Int], nameColumn: Int, diagnostics: [Diagnostic], expectedRows: Int = 0) {
            self.options = options
            self.sourceID = sourceID
            self.defaultExpoName = defaultExpoName
            self.columns = columns
            self.fieldColumns = fieldColumns
            self.nameColumn = nameColumn
            self.diagnostics = diagnostics
            var columnOf = [Int](repeating: -1, count: CSVField.allCases.count)
            for (field, column) in fieldColumns { columnOf[field.ordinal] = column }
            self.columnOf = columnOf
            sources = [sourceID]
            // Room for a booth and an exhibitor per row, so the tables are not rebuilt as they grow.
            let n = min(expectedRows, 10_000_000)
            booths.reserveCapacity(n)
            boothIDs.reserveCapacity(n)
            exhibitorIndex.reserveCapacity(n)
            exhibitorIDs.reserveCapacity(n)
        }

        /// `wanted`, or `wanted-2`, `wanted-3`… when it is taken; recorded in `used`.
        static func uniqueID(_ wanted: String, _ used: inout Set<String>) -> String {
            var id = wanted.isEmpty ? "x" : wanted
            var n = 2
            while !used.insert(id).inserted { id = wanted + "-\(n)"; n += 1 }
            return id
        }

        /// Imports one row as its booths (with their expo, delegation and exhibitor), or skips it.
        mutating func add(_ record: CSVReader.Record, work: CSVImporter._RowWork? = nil) {
            if record.broken { skipped += 1; return }
            let f = record.fields
            // The cells made ahead, for `cell` while this row is added.
            currentCells = work?.cells
            defer { currentCells = nil }
            guard let (name, area) = checked(record, work: work) else { return }
            let expoID = expo(f)

            // Country: a code or a name the country table knows; else kept as text.
            var country: String?, countryText: String?
            if let raw = work.map({ $0.country?.text }) ?? cell(.country, f) {
                if let code = work?.country.map({ $0.code }) ?? countryCode(raw) { country = code } else {
                    warn(record, fieldColumns[.country] ?? 0, "country \"\(raw.prefix(30))\" is neither an ISO code nor a name Pavilion knows; kept as the exhibitor's extra field \"country_text\"")
                    countryText = raw
                }
            }

            let delegationID = delegation(f, expoID: expoID)
            let xi = exhibitor(name, country: country, f, work: work)
            if let countryText, exhibitors[xi].extraFields[extra: "country_text"] == nil {
                exhibitors[xi].extraFields.append(ExtraField("country_text", countryText))
            }
            var template = Booth(id: "", expo: expoID, exhibitor: exhibitors[xi].id)
            template.delegation = delegationID
            template.products = work?.products ?? CSVImporter.split(cell(.products, f))
            template.summary = cell(.summary, f)
            template.sources = sources
            for (i, c) in columns.enumerated() where c.field == .extra && i < f.count {
                let v = f[i].trimmingCharacters(in: " \t")
                if !v.isEmpty, !Placeholder.isPlaceholder(v) { template.extraFields.append(ExtraField(c.header.isEmpty ? "column_\(i + 1)" : c.header, v)) }
            }
            addBooths(template, record: record, area: area, f, work: work)
            imported += 1
        }

        /// The row's exhibitor name and area; nil for a blank row, or for a row skipped with an error.
        mutating func checked(_ record: CSVReader.Record, work: CSVImporter._RowWork? = nil) -> (name: String, area: Double?)? {
            let f = record.fields
            if work?.blank ?? f.allSatisfy({ $0.trimmingCharacters(in: " \t").isEmpty }) { return nil }
            if work?.beyondHeader ?? (f.count > columns.count && f[columns.count...].contains(where: { !$0.trimmingCharacters(in: " \t").isEmpty })) {
                err(record, columns.count, "\(f.count) fields but the header names \(columns.count) columns (is a field with the delimiter missing its quotes?)")
                skipped += 1
                return nil
            }
            guard let name = cell(.name, f) else {
                err(record, nameColumn, "no exhibitor name")
                skipped += 1
                return nil
            }
            var area: Double?
            if let raw = cell(.area, f) {
                guard let a = CSVImporter.parseArea(raw) else {
                    err(record, fieldColumns[.area] ?? 0, "area \"\(raw.prefix(20))\" is not a number of square metres")
                    skipped += 1
                    return nil
                }
                guard a >= 0 else {
                    err(record, fieldColumns[.area] ?? 0, "area \(raw) is negative")
                    skipped += 1
                    return nil
                }
                area = a
            }
            return (name, area)
        }

        /// The id of the row's expo, added when it is new.
        mutating func expo(_ f: [String]) -> String {
            let expoName = cell(.expo, f) ?? defaultExpoName
            let expoKey = expoName.lowercased()
            let ei: Int
            if let known = expoIndex[expoKey] { ei = known } else {
                let wanted = cell(.expo, f) == nil ? (options.expoID ?? CSVImporter.slug(expoName)) : CSVImporter.slug(expoName)
                var e = Expo(id: Self.uniqueID(wanted, &expoIDs), name: expoName)
                e.sources = [sourceID]
                expos.append(e)
                ei = expos.count - 1
                expoIndex[expoKey] = ei
            }
            return expos[ei].id
        }

        /// The id of the row's delegation to `expoID`, added when it is new; nil when it names none.
        mutating func delegation(_ f: [String], expoID: String) -> String? {
            guard let dName = cell(.delegation, f) else { return nil }
            let key = expoID + "\u{0}" + dName.lowercased()
            if let di = delegationIndex[key] { return delegations[di].id }
            var d = Delegation(id: Self.uniqueID(CSVImporter.slug(expoID + "-" + dName), &delegationIDs), expo: expoID, name: dName)
            d.sources = [sourceID]
            delegations.append(d)
            delegationIndex[key] = delegations.count - 1
            return d.id
        }

        /// The place of the exhibitor called `name`: one per company name, added when new, and
        /// completed from later rows.
        mutating func exhibitor(_ name: String, country: String?, _ f: [String], work: CSVImporter._RowWork? = nil) -> Int {
            let xKey = work?.exhibitorKey ?? Self.exhibitorKey(name, f, unit: unit, columnOf: columnOf)
            // One hash: the key is entered with the next position when it is new.
            let n = exhibitors.count
            let xi = Self.entry(&exhibitorIndex[xKey, default: n])
            if xi < n {
                if exhibitors[xi].country == nil { exhibitors[xi].country = country }
                for s in CSVImporter.split(cell(.sectors, f)) where !exhibitors[xi].sectors.contains(s) { exhibitors[xi].sectors.append(s) }
                if exhibitors[xi].website == nil { exhibitors[xi].website = cell(.website, f) }
                if exhibitors[xi].localName == nil { exhibitors[xi].localName = cell(.localName, f) }
                return xi
            }
            var x = Exhibitor(id: exhibitorIDs.claim(work?.exhibitorSlug ?? CSVImporter.slug(name), at: n), name: name)
            x.country = country
            x.sectors = CSVImporter.split(cell(.sectors, f))
            x.website = cell(.website, f)
            x.localName = cell(.localName, f)
            x.sources = sources
            exhibitors.append(x)
            return n
        }

        /// The value of a dictionary entry reached through `subscript(_:default:)`'s modify
        /// accessor, which enters the default when the key is new.
        static func entry(_ value: inout Int) -> Int { value }

        /// The code of a country cell, remembered per distinct text (a list names few countries
        /// many times).
        mutating func countryCode(_ raw: String) -> String? {
            if let known = countryCodes[raw] { return known }
            let code = CountryTable.code(for: raw)
            if countryCodes.count < 4_096 { countryCodes[raw] = code }
            return code
        }

        /// The trimmed text of `field` in the row's fields `f`; nil when empty, a placeholder
        /// (`NaN`, `N/A`, `No website`… see `Placeholder`) or absent.
        func cell(_ field: CSVField, _ f: [String]) -> String? {
            if let currentCells { return currentCells[field.ordinal] }
            return Self.cellText(columnOf, field, f)
        }

        mutating func err(_ record: CSVReader.Record, _ col: Int, _ message: String) {
            let name = col < columns.count ? columns[col].header : "beyond the header"
            diagnostics.append(Diagnostic(.error, path: place(record, col, name), position: position(record, col), message: message + "; row skipped"))
        }

        mutating func warn(_ record: CSVReader.Record, _ col: Int, _ message: String) {
            let name = col < columns.count ? columns[col].header : "column \(col + 1)"
            diagnostics.append(Diagnostic(.warning, path: place(record, col, name), position: position(record, col), message: message))
        }

        /// "row at line 12, column 3 (Booth)", or "record 12, column 3 (booths.no)" when rows are not lines.
        func place(_ record: CSVReader.Record, _ col: Int, _ name: String) -> String {
            (unit == "line" ? "row at line" : unit) + " \(record.line), column \(col + 1) (\(name))"
        }

        /// The line and column in the file, for CSV; nil when rows are not lines of the file.
        func position(_ record: CSVReader.Record, _ col: Int) -> TextPosition? {
            unit == "line" ? TextPosition(line: record.line, column: col + 1) : nil
        }
    }
}
