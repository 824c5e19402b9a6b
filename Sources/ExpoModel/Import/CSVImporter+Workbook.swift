extension CSVImporter {
    /// Reads the first sheet of an Excel workbook (or `options.sheet`) as a table.
    ///
    /// The header is the row among the first 10 non-empty ones that names the most known columns
    /// (`options.mapping`'s columns count as known), or `options.headerLine`. A merged cell's text
    /// also fills the cells below it in its first column (a header merged over two rows names
    /// both; a company merged over its booths' rows names each); cells to its right stay empty,
    /// and an empty header cell is called by its column's letter ("Column C").
    func readWorkbook(_ bytes: [UInt8]) throws(ListReadError) -> ListTable {
        let reader = try XLSXReader(bytes)
        let sheet = try reader.sheet(options.sheet)
        var rows = Self.fillingMerges(sheet.rows, sheet.merges)
        var notes: [Diagnostic] = []
        if options.sheet == nil, reader.sheetNames.count > 1 {
            let others = reader.sheetNames.dropFirst().prefix(10).map { "\"\($0)\"" }.joined(separator: ", ")
            notes.append(Diagnostic(.warning, path: "", position: nil,
                                    message: "read the first of \(reader.sheetNames.count) sheets, \"\(sheet.name)\"; use --sheet NAME for another (\(others)\(reader.sheetNames.count > 11 ? "…" : ""))"))
        }
        guard !rows.isEmpty else { throw .unreadable("the sheet \"\(sheet.name)\" is empty", position: nil) }
        let h = try headerIndex(rows, sheetName: sheet.name)
        if h > 0 {
            let first = rows[0], last = rows[h - 1]
            let span = first.line == last.line ? "row \(first.line)" : "rows \(first.line)–\(last.line)"
            let text = first.fields.first { !$0.isEmpty } ?? ""
            notes.append(Diagnostic(.warning, path: "", position: TextPosition(line: first.line, column: 1),
                                    message: "the header is on row \(rows[h].line); \(span) above it skipped (\"\(text.prefix(40))\"\(h > 1 ? " and \(h - 1) more" : "")); use --header-line N to choose another row"))
        }
        var header = rows[h]
        let width = header.fields.count
        for (i, f) in header.fields.enumerated() where f.trimmingCharacters(in: " \t").isEmpty {
            header.fields[i] = "Column " + XLSXSheetReader.letters(i + 1)
        }
        var beyond = 0, beyondRows = 0
        for i in (h + 1)..<rows.count where rows[i].fields.count > width {
            let extra = rows[i].fields[width...].filter { !$0.trimmingCharacters(in: " \t").isEmpty }.count
            if extra > 0 { beyond += extra; beyondRows += 1 }
            rows[i].fields.removeLast(rows[i].fields.count - width)
        }
        if beyond > 0 {
            notes.append(Diagnostic(.warning, path: "", position: nil,
                                    message: "\(beyond) cell\(beyond == 1 ? "" : "s") in \(beyondRows) row\(beyondRows == 1 ? "" : "s") to the right of the header's last column (\(XLSXSheetReader.letters(width))) ignored; give their column a name in the header row to import them"))
        }
        return ListTable(header: header, rows: Array(rows[(h + 1)...]), notes: notes, unit: "row")
    }

    /// The index in `rows` of the header: `options.headerLine`'s row, else the first of the first
    /// 10 rows with the most recognised column names, else the first row.
    func headerIndex(_ rows: [CSVReader.Record], sheetName: String) throws(ListReadError) -> Int {
        if let n = options.headerLine {
            guard let i = rows.firstIndex(where: { $0.line == n }) else {
                throw .unreadable("--header-line \(n): row \(n) of the sheet \"\(sheetName)\" is empty or beyond its last row (\(rows.last?.line ?? 0))", position: nil)
            }
            return i
        }
        var mapped = Set<String>()
        for k in options.mapping.keys { mapped.insert(CSVField.normalise(k)) }
        var best = (index: 0, score: 0)
        for (i, row) in rows.prefix(CSVHeaderLocator.searchLines).enumerated() {
            let score = row.fields.filter { !$0.isEmpty && (mapped.contains(CSVField.normalise($0)) || CSVField.recognise($0) != nil) }.count
            if score > best.score { best = (i, score) }
        }
        return best.index
    }

    /// `rows` with each merged range's text copied into the cells below it in its first column.
    static func fillingMerges(_ rows: [CSVReader.Record], _ merges: [(firstRow: Int, lastRow: Int, firstColumn: Int, lastColumn: Int)]) -> [CSVReader.Record] {
        guard !merges.isEmpty else { return rows }
        // Excel writes rows in order; a sort (stable) makes sure of it for the search below.
        var out = rows.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        // A bound on the work, against a file of many merges over many rows.
        var budget = 20_000_000
        for m in merges where m.lastRow > m.firstRow && budget > 0 {
            var lo = 0, hi = out.count
            while lo < hi { let mid = (lo + hi) / 2; if out[mid].line < m.firstRow { lo = mid + 1 } else { hi = mid } }
            guard lo < out.count, out[lo].line == m.firstRow, m.firstColumn <= out[lo].fields.count else { continue }
            let text = out[lo].fields[m.firstColumn - 1]
            guard !text.isEmpty else { continue }
            // Only rows that exist: an empty row under a merge has nothing else to import.
            var i = lo + 1
            while i < out.count, out[i].line <= m.lastRow {
                if out[i].line > m.firstRow {
                    if out[i].fields.count < m.firstColumn { out[i].fields.append(contentsOf: repeatElement("", count: m.firstColumn - out[i].fields.count)) }
                    if out[i].fields[m.firstColumn - 1].isEmpty { out[i].fields[m.firstColumn - 1] = text }
                }
                i += 1
                budget -= 1
            }
        }
        return out
    }
}
