extension CSVImporter {
    /// Where a source puts the name in its own script in the name column and the English one in
    /// another (`name` 上海东方算芯科技有限公司, `name_en` Shanghai Eastern Computing…): the English
    /// column becomes the name and the other the local name. Decided by script: when most names
    /// have no Latin letter and a column is tagged English (`CSVField.nameLanguage`); a row with
    /// no English name keeps its own (`fillNamesFromLocalNames`). With no name column at all, an
    /// English-name column is the name. Columns named in `mapped` (folded) are left as mapped.
    static func placeEnglishNames(_ columns: inout [(header: String, field: CSVField)], _ rows: [CSVReader.Record], mapped: Set<String>) {
        guard let english = columns.indices.first(where: { i in
            columns[i].field == .extra && !mapped.contains(CSVField.normalise(columns[i].header)) && CSVField.nameLanguage(columns[i].header) == .english
        }) else { return }
        guard let name = columns.firstIndex(where: { $0.field == .name }) else {
            columns[english].field = .name
            return
        }
        guard !mapped.contains(CSVField.normalise(columns[name].header)) else { return }
        var latin = 0, other = 0
        for r in rows where name < r.fields.count {
            switch Self.script(r.fields[name]) {
            case .latin: latin += 1
            case .other: other += 1
            case .none: break
            }
        }
        guard other > latin else { return }
        columns[name].field = .localName
        columns[english].field = .name
    }

    /// A row with a local name but no name takes the local name as its name (a source with no
    /// English name for some companies); a local name equal to the name is dropped.
    static func fillNamesFromLocalNames(_ columns: [(header: String, field: CSVField)], _ rows: inout [CSVReader.Record]) {
        guard let name = columns.firstIndex(where: { $0.field == .name }), let local = columns.firstIndex(where: { $0.field == .localName }) else { return }
        for i in rows.indices where local < rows[i].fields.count {
            if name >= rows[i].fields.count { rows[i].fields += [String](repeating: "", count: name + 1 - rows[i].fields.count) }
            let l = rows[i].fields[local].trimmingCharacters(in: " \t"), n = rows[i].fields[name].trimmingCharacters(in: " \t")
            if l.isEmpty { continue }
            if n.isEmpty {
                rows[i].fields[name] = l
                rows[i].fields[local] = ""
            } else if n.lowercased() == l.lowercased() {
                rows[i].fields[local] = ""
            }
        }
    }

    /// The script of a name, as far as the swap cares.
    enum NameScript { case latin, other }

    /// `.latin` when the text has a Latin letter, `.other` when it has letters but none Latin,
    /// nil when it has no letter.
    static func script(_ text: String) -> NameScript? {
        var letters = false
        for u in text.unicodeScalars where u.properties.isAlphabetic {
            if (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A) || (u.value >= 0xC0 && u.value < 0x250) { return .latin }
            letters = true
        }
        return letters ? .other : nil
    }

    /// The error when no column holds the exhibitor's name, naming the columns a --map could use.
    static func noNameColumnMessage(_ table: ListTable) -> String {
        guard table.unit == "record", let header = table.header else {
            return "no exhibitor-name column: name one Company, Exhibitor or Name, or use --map COLUMN=name"
        }
        let shown = header.fields.prefix(12).joined(separator: ", ") + (header.fields.count > 12 ? ", …" : "")
        return "no exhibitor-name key in the records (their keys: \(shown)); use --map KEY=name, e.g. --map \(header.fields.first ?? "title")=name"
    }
}
