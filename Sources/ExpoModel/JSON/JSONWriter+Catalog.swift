import Dispatch
import Synchronization

extension JSONWriter {
    /// The catalogue keys `write(_:to:)` knows how to write record by record; a catalogue whose
    /// JSON has any other key of its own is written whole instead.
    static let streamedCatalogKeys: Set<String> = ["format", "version", "title", "id", "time_zone", "synthetic", "sources",
                                                   "expos", "halls", "delegations", "events", "exhibitors", "booths"]

    /// Writes a catalogue as the text `string(CatalogEncoder.json(catalog))`, byte for byte, in
    /// pieces of about a megabyte, making one record's JSON at a time: a catalogue of 100,000
    /// booths is written without a JSON tree or a string of the whole file in memory.
    /// - Parameter emit: receives successive pieces of the text; an error it throws stops the
    ///   writing and is rethrown.
    public func write<Failure: Error>(_ catalog: Catalog, to emit: (String) throws(Failure) -> Void) throws(Failure) {
        // The catalogue's own members (and its extra ones) with the record arrays left empty.
        // Halls and events are few: they are written whole from the shell.
        var shell = Catalog(title: catalog.title, synthetic: catalog.synthetic, sources: catalog.sources,
                            halls: catalog.halls, events: catalog.events, extra: catalog.extra)
        shell.id = catalog.id
        shell.timeZone = catalog.timeZone
        guard case let .object(members) = CatalogEncoder.json(shell),
              members.dropLast(catalog.extra.count).allSatisfy({ Self.streamedCatalogKeys.contains($0.key) }) else {
            // A key added to the format since: the whole tree, which is always right.
            return try emit(string(CatalogEncoder.json(catalog)))
        }
        let own = members.count - catalog.extra.count
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(1 << 20 + 1 << 16)
        // Text waiting to be emitted: handed over while the next batch is made, on whichever core is free.
        var pending: [UInt8] = []
        for (i, m) in members.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, 1)
            Self.quote(m.key, into: &out)
            out.append(UInt8(ascii: ":"))
            if indent != nil { out.append(UInt8(ascii: " ")) }
            let records = i < own ? Self.records(m.key, catalog) : nil
            guard let records, records.count > 0 else {
                write(m.node.value, into: &out, level: 1)
                continue
            }
            // Records are objects, so the array is written one per line, as `write` does; a batch
            // at a time, in parts taken by both cores.
            out.append(UInt8(ascii: "["))
            var start = 0
            while start < records.count {
                let end = min(records.count, start + Self.batch)
                if end - start < Self.batch {
                    writeRecords(start..<end, records.json, into: &out)
                } else {
                    try writeBatch(start..<end, records.json, into: &out, emitting: &pending, to: emit)
                }
                start = end
                if out.count >= 1 << 20 {
                    if !pending.isEmpty { try emit(String(decoding: pending, as: UTF8.self)) }
                    swap(&out, &pending)
                    out.removeAll(keepingCapacity: true)
                }
            }
            newline(&out, 1)
            out.append(UInt8(ascii: "]"))
        }
        newline(&out, 0)
        out.append(UInt8(ascii: "}"))
        if !pending.isEmpty { try emit(String(decoding: pending, as: UTF8.self)) }
        try emit(String(decoding: out, as: UTF8.self))
    }

    /// Parts of a batch of records, taken by whichever core is free.
    static let parts = 8

    /// Appends the records `range` to `out`, written in `parts` parts by another core and by this
    /// one once it has emitted `pending` (then emptied); an error `emit` throws is rethrown after
    /// the batch.
    private func writeBatch<Failure: Error>(_ range: Range<Int>, _ json: @Sendable @escaping (Int) -> JSONValue, into out: inout [UInt8],
                                            emitting pending: inout [UInt8], to emit: (String) throws(Failure) -> Void) throws(Failure) {
        let share = _TextShare(writer: self, range: range, parts: Self.parts, json: json)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { share.run() }
        var failure: Failure?
        if !pending.isEmpty {
            do throws(Failure) { try emit(String(decoding: pending, as: UTF8.self)) } catch { failure = error }
            pending.removeAll(keepingCapacity: true)
        }
        share.run()
        group.wait()
        if let failure { throw failure }
        share.append(to: &out)
    }

    /// Records written per batch: a few hundred kilobytes of text.
    static let batch = 1_024

    /// The records `range` of an array, each after its comma (none before the first) and line break.
    fileprivate func writeRecords(_ range: Range<Int>, _ json: (Int) -> JSONValue, into out: inout [UInt8]) {
        for k in range {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, 2)
            write(json(k), into: &out, level: 2)
        }
    }

    /// The records of the array `key` of a catalogue, as a count and each one's JSON; nil for
    /// a key that is not a record array written one by one.
    private static func records(_ key: String, _ c: Catalog) -> (count: Int, json: @Sendable (Int) -> JSONValue)? {
        switch key {
        case "expos": (c.expos.count, { CatalogEncoder.json(c.expos[$0]) })
        case "delegations": (c.delegations.count, { CatalogEncoder.json(c.delegations[$0]) })
        case "exhibitors": (c.exhibitors.count, { CatalogEncoder.json(c.exhibitors[$0]) })
        case "booths": (c.booths.count, { CatalogEncoder.json(c.booths[$0]) })
        default: nil
        }
    }
}

/// The parts of a batch of records, written by the threads that call `run`: each part is taken
/// once (an atomic counter) and written to its own slot, read by `append` after every thread that
/// ran has finished.
private final class _TextShare: @unchecked Sendable {
    let writer: JSONWriter
    let range: Range<Int>
    let parts: Int
    let json: @Sendable (Int) -> JSONValue
    private let taken = Atomic<Int>(0)
    private let slots: UnsafeMutablePointer<[UInt8]>

    init(writer: JSONWriter, range: Range<Int>, parts: Int, json: @Sendable @escaping (Int) -> JSONValue) {
        self.writer = writer
        self.range = range
        self.parts = parts
        self.json = json
        slots = .allocate(capacity: parts)
        slots.initialize(repeating: [], count: parts)
    }

    deinit {
        slots.deinitialize(count: parts)
        slots.deallocate()
    }

    /// Writes parts until none is left.
    func run() {
        let n = range.count
        while true {
            let p = taken.wrappingAdd(1, ordering: .relaxed).oldValue
            if p >= parts { return }
            let lo = range.lowerBound + n * p / parts, hi = range.lowerBound + n * (p + 1) / parts
            writer.writeRecords(lo..<hi, json, into: &slots[p])
        }
    }

    /// Appends every part's text, in order.
    func append(to out: inout [UInt8]) {
        for p in 0..<parts { out.append(contentsOf: slots[p]) }
    }
}
