extension CSVImporter._Rows {
    /// Adds the booths a row's booth cell names (see `BoothCell`), each a copy of `template`
    /// with its own code, hall and id; a row naming none still gets one booth with no code.
    ///
    /// A booth's hall is the one its cell names, else the hall column's. Its id is the expo id,
    /// the hall when the cell names one, and the code (`hm-17-f60`), or `line-N` (`record-N`, `row-N`) with no code;
    /// `-2`, `-3`… make it unique. Text that is no code goes into the booth's extra field
    /// `booth_note`. With several booths, the row's area (their total) is kept as the first
    /// booth's extra field `area_sqm_total` instead of being given to one of them.
    mutating func addBooths(_ template: Booth, record: CSVReader.Record, area: Double?, _ f: [String], work: CSVImporter._RowWork? = nil) {
        let hallColumn = cell(.hall, f)
        let plan = work?.booths ?? Self.boothPlan(cell(.code, f), unit: unit, line: record.line)
        // Ids made ahead are for the one expo of a file with no expo column (`template.expo`).
        let slugs = columnOf[CSVField.expo.ordinal] < 0 ? work?.boothSlugs : nil
        func id(_ k: Int) -> String {
            boothIDs.claim(slugs?[k] ?? CSVImporter.slug(template.expo + "-" + plan.idTexts[k]), at: booths.count)
        }
        if plan.simple {
            // Most rows: one code as it stands (the same booth `BoothCell` would give).
            var b = template
            b.code = plan.idTexts[0]
            b.hall = hallColumn
            b.areaSqm = area
            b.id = id(0)
            booths.append(b)
            return
        }
        let parsed = plan.cell
        let entries = parsed.booths.isEmpty ? [BoothCell.Entry()] : parsed.booths
        for (k, entry) in entries.enumerated() {
            var b = template
            b.code = entry.code
            b.hall = entry.hall ?? hallColumn
            b.id = id(k)
            var notes: [String] = []
            if let n = entry.note { notes.append(n) }
            if k == 0, let n = parsed.note { notes.append(n) }
            if !notes.isEmpty { b.extraFields.insert(ExtraField("booth_note", notes.joined(separator: "; ")), at: 0) }
            if entries.count == 1 {
                b.areaSqm = area
            } else if k == 0, let area {
                b.extraFields.append(ExtraField("area_sqm_total", Format.number(area)))
            }
            booths.append(b)
        }
    }
}
