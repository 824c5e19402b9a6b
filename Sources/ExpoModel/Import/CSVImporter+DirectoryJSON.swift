extension CSVImporter {
    /// Reads a directory's JSON export (an array of records, top-level or under a key) as a table.
    ///
    /// The records are found by `JSONRecordFinder` (one note says where) and flattened by
    /// `JSONRecordFlattener`: the columns are the dotted key paths, in the order first met, and a
    /// record with several booths gives one row per booth. Rows are numbered by record (unit
    /// "record", 1-based), so every row of one record has the record's number.
    func readDirectoryJSON(_ bytes: [UInt8]) throws(ListReadError) -> ListTable {
        var parser = JSONParser()
        let root: JSONNode
        do { root = try parser.parse(bytes) } catch {
            let position = LineMap(bytes).position(of: error.offset)
            throw .unreadable("JSON syntax error at line \(position.line), column \(position.column): \(error.message)", position: position)
        }
        let found = try JSONRecordFinder.find(root)
        var mapped = Set<String>()
        for (k, f) in options.mapping where [.code, .hall, .area].contains(f) { mapped.insert(CSVField.normalise(k)) }
        let flattener = JSONRecordFlattener(expand: JSONRecordFlattener.boothArray(in: found.records, mapped: mapped))

        var columnIndex: [String: Int] = [:]
        var header: [String] = []
        var rows: [CSVReader.Record] = []
        var notes: [Diagnostic] = []
        var notObjects: [Int] = []
        for (i, record) in found.records.enumerated() {
            guard let recordRows = flattener.rows(record) else {
                notObjects.append(i + 1)
                rows.append(CSVReader.Record(line: i + 1, fields: [], broken: true))
                continue
            }
            for cells in recordRows {
                var fields = [String](repeating: "", count: header.count)
                for c in cells {
                    let col: Int
                    if let known = columnIndex[c.path] { col = known } else {
                        col = header.count
                        columnIndex[c.path] = col
                        header.append(c.path)
                    }
                    if col >= fields.count { fields += [String](repeating: "", count: col - fields.count + 1) }
                    fields[col] = c.text
                }
                rows.append(CSVReader.Record(line: i + 1, fields: fields))
            }
        }
        let boothNote = flattener.expand.map { "; one row per element of \"\($0)\"" } ?? ""
        notes.append(Diagnostic(.warning, path: "", position: nil,
                                message: "read \(Format.grouped(found.records.count)) record\(found.records.count == 1 ? "" : "s") from \(found.how)\(boothNote)"))
        if let first = notObjects.first {
            notes.append(Diagnostic(.error, path: "record \(first)", position: nil,
                                    message: "\(Format.grouped(notObjects.count)) record\(notObjects.count == 1 ? " is" : "s are") not an object (the first: record \(first)); skipped"))
        }
        return ListTable(header: CSVReader.Record(line: 0, fields: header), rows: rows, notes: notes, encoding: .utf8, unit: "record")
    }
}
