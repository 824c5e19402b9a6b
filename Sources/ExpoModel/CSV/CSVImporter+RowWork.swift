import Dispatch
import Synchronization

extension CSVImporter {
    /// What importing a row needs that depends on the row alone: made for the next rows on
    /// another core while the rows before them are added (see `_Rows.addAll`). A class, so that
    /// handing one to `add` costs one reference, not a copy of every field; it is not changed
    /// after the thread that made it hands it over.
    final class _RowWork: @unchecked Sendable {
        /// The key the row's exhibitor is looked up by (see `_Rows.exhibitorKey`).
        var exhibitorKey: String?
        /// The slug of the exhibitor's name, its id unless another has it.
        var exhibitorSlug: String?
        /// The products cell, split.
        var products: [String] = []
        /// The booths the booth cell names (see `_Rows.boothPlan`).
        var booths: _BoothPlan
        /// Each booth's id before it is made unique, when the expo is the same on every row.
        var boothSlugs: [String]?
        /// The country cell and its code (nil: a name the country table does not know).
        var country: (text: String, code: String?)?
        /// Each field's cell as `_Rows.cell` gives it, by `CSVField.ordinal`.
        var cells: [String?] = []
        /// True when every field is empty or spaces.
        var blank = false
        /// True when a field beyond the header's columns has text.
        var beyondHeader = false

        init(exhibitorKey: String?, exhibitorSlug: String?, products: [String], booths: _BoothPlan, boothSlugs: [String]?) {
            self.exhibitorKey = exhibitorKey
            self.exhibitorSlug = exhibitorSlug
            self.products = products
            self.booths = booths
            self.boothSlugs = boothSlugs
        }
    }

    /// A row's booths: one code as it stands (`simple`), or the cell read by `BoothCell`; and
    /// the text each booth's id is made of after the expo's id and a dash.
    struct _BoothPlan: Sendable {
        var simple: Bool
        var cell: BoothCell
        var idTexts: [String]
    }

    /// Makes `_RowWork`s: a value that can go to another thread.
    struct _RowWorker: Sendable {
        let columnOf: [Int]
        /// The header's number of columns.
        let width: Int
        let unit: String
        /// The expo's id when the file has no expo column (every row's expo).
        let expoID: String?

        /// The work of each of `records`, country codes looked up once per distinct text.
        func work(_ records: ArraySlice<CSVReader.Record>) -> [_RowWork] {
            var codes: [String: String?] = [:]
            return records.map { record in
                let w = work(record)
                if let raw = w.cells[CSVField.country.ordinal] {
                    if let known = codes[raw] {
                        w.country = (raw, known)
                    } else {
                        let code = CountryTable.code(for: raw)
                        codes[raw] = code
                        w.country = (raw, code)
                    }
                }
                return w
            }
        }

        func work(_ record: CSVReader.Record) -> _RowWork {
            let f = record.fields
            // Each field's cell once; the name, code and products are read from them.
            let cells = CSVField.allCases.map { columnOf[$0.ordinal] < 0 ? nil : _Rows.cellText(columnOf, $0, f) }
            let name = cells[CSVField.name.ordinal]
            let plan = _Rows.boothPlan(cells[CSVField.code.ordinal], unit: unit, line: record.line)
            let w = _RowWork(exhibitorKey: name.map { _Rows.exhibitorKey($0, f, unit: unit, columnOf: columnOf) },
                            exhibitorSlug: name.map(CSVImporter.slug),
                            products: CSVImporter.split(cells[CSVField.products.ordinal]),
                            booths: plan,
                            boothSlugs: expoID.map { e in plan.idTexts.map { CSVImporter.slug(e + "-" + $0) } })
            w.cells = cells
            w.blank = f.allSatisfy(Self.isBlank)
            w.beyondHeader = f.count > width && f[width...].contains { !Self.isBlank($0) }
            return w
        }

        /// True when the text is empty or only spaces and tabs (as `trimmingCharacters(in: " \t").isEmpty`:
        /// a space or tab with a combining mark is one character that is neither).
        static func isBlank(_ s: String) -> Bool {
            s.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
        }
    }

    /// The work of a batch of rows, made in chunks by the threads that call `run`: each chunk is
    /// taken once (an atomic counter) and its results written to its own slot, read by `results`
    /// after every thread that ran has finished (`DispatchGroup.wait`).
    final class _WorkShare: @unchecked Sendable {
        let records: [CSVReader.Record]
        let range: Range<Int>
        let chunk: Int
        let chunks: Int
        private let taken = Atomic<Int>(0)
        private let slots: UnsafeMutablePointer<[_RowWork]>

        init(_ records: [CSVReader.Record], _ range: Range<Int>, chunk: Int) {
            self.records = records
            self.range = range
            self.chunk = chunk
            chunks = (range.count + chunk - 1) / chunk
            slots = .allocate(capacity: max(chunks, 1))
            slots.initialize(repeating: [], count: max(chunks, 1))
        }

        deinit {
            slots.deinitialize(count: max(chunks, 1))
            slots.deallocate()
        }

        /// Makes chunks' work until none is left.
        func run(_ worker: _RowWorker) {
            while true {
                let c = taken.wrappingAdd(1, ordering: .relaxed).oldValue
                if c >= chunks { return }
                let lo = range.lowerBound + c * chunk
                slots[c] = worker.work(records[lo..<min(range.upperBound, lo + chunk)])
            }
        }

        /// Every row's work, in order.
        func results() -> [_RowWork] {
            var out: [_RowWork] = []
            out.reserveCapacity(range.count)
            for c in 0..<chunks { out.append(contentsOf: slots[c]) }
            return out
        }
    }
}

extension CSVImporter._Rows {
    /// Rows made ahead per batch.
    static let workBatch = 2_048

    /// Adds every row in order, the work of each batch of rows made while the batch before it
    /// is added: on another core, and on this one too once it has added its batch (the work is
    /// taken in chunks, whichever core is free; each chunk's results have their own place, so the
    /// order is the rows').
    mutating func addAll(_ records: [CSVReader.Record]) {
        let worker = CSVImporter._RowWorker(columnOf: columnOf, width: columns.count, unit: unit, expoID: columnOf[CSVField.expo.ordinal] < 0 ? soleExpoID : nil)
        let first = 0..<min(records.count, Self.workBatch / 4)
        var next = worker.work(records[first])
        var start = 0
        while start < records.count {
            let end = start + next.count
            let current = next
            let share = CSVImporter._WorkShare(records, end..<min(records.count, end + Self.workBatch), chunk: Self.workChunk)
            let group = DispatchGroup()
            if share.chunks > 0 {
                DispatchQueue.global().async(group: group) { share.run(worker) }
            }
            for i in start..<end { add(records[i], work: current[i - start]) }
            share.run(worker)
            group.wait()
            next = share.results()
            start = end
        }
    }

    /// Rows per chunk of a batch's work.
    static let workChunk = 256

    /// The id of the expo of a file with no expo column, as `expo` makes it for the first row.
    var soleExpoID: String {
        let wanted = options.expoID ?? CSVImporter.slug(defaultExpoName)
        return wanted.isEmpty ? "x" : wanted
    }

    /// The trimmed text of `field` in the row's fields `f`, by `columnOf`; nil when empty, a
    /// placeholder or absent.
    static func cellText(_ columnOf: [Int], _ field: CSVField, _ f: [String]) -> String? {
        let c = columnOf[field.ordinal]
        guard c >= 0, c < f.count else { return nil }
        let v = f[c].trimmingCharacters(in: " \t")
        return v.isEmpty || Placeholder.isPlaceholder(v) ? nil : v
    }

    /// The key of the exhibitor called `name`: its name without case; for JSON records, with the
    /// local name too.
    static func exhibitorKey(_ name: String, _ f: [String], unit: String, columnOf: [Int]) -> String {
        unit == "record" ? CSVImporter.lowercased(name) + "\u{0}" + (cellText(columnOf, .localName, f).map(CSVImporter.lowercased) ?? "")
            : CSVImporter.lowercased(name)
    }

    /// The booths a booth cell names and the text of each one's id (see `addBooths`).
    static func boothPlan(_ codeCell: String?, unit: String, line: Int) -> CSVImporter._BoothPlan {
        if let code = codeCell, BoothCell.isSimpleCode(code) {
            return CSVImporter._BoothPlan(simple: true, cell: BoothCell(booths: [BoothCell.Entry(code: code)]), idTexts: [code])
        }
        let parsed = codeCell.map { BoothCell($0) } ?? BoothCell()
        let entries = parsed.booths.isEmpty ? [BoothCell.Entry()] : parsed.booths
        return CSVImporter._BoothPlan(simple: false, cell: parsed,
                                      idTexts: entries.map { ($0.hall.map { $0 + "-" } ?? "") + ($0.code ?? "\(unit)-\(line)") })
    }
}
