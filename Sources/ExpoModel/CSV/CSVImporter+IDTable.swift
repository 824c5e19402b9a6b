extension CSVImporter {
    /// The ids given so far to one kind of record, each with its record's position, so that the
    /// catalogue adopts this table instead of hashing every id again (see `Catalog`'s indexes).
    struct _IDTable {
        /// Id → position of its record.
        private(set) var positions: [String: Int] = [:]
        /// For a wanted id that was taken: the suffix to try next (every smaller one is taken).
        private var nextSuffix: [String: Int] = [:]

        mutating func reserveCapacity(_ n: Int) { positions.reserveCapacity(n) }

        /// `wanted`, or `wanted-2`, `wanted-3`… when it is taken (as `_Rows.uniqueID`), given to
        /// the record at `position`.
        ///
        /// A list may name the same booth code hundreds of times; the suffix to resume from is
        /// remembered per wanted id, so the n-th copy is not tried against the n - 1 before it
        /// (the ids skipped were taken then and still are: the result is the same).
        mutating func claim(_ wanted: String, at position: Int) -> String {
            let first = wanted.isEmpty ? "x" : wanted
            if add(first, position) { return first }
            var n = nextSuffix[wanted] ?? 2
            var id = wanted + "-\(n)"
            while !add(id, position) {
                n += 1
                id = wanted + "-\(n)"
            }
            nextSuffix[wanted] = n + 1
            return id
        }

        /// Records `id` at `position` and returns true, or returns false when it is taken.
        private mutating func add(_ id: String, _ position: Int) -> Bool {
            // One hash for the usual case, a new id; a taken one gets its position back.
            guard let old = positions.updateValue(position, forKey: id) else { return true }
            positions[id] = old
            return false
        }
    }
}

extension CSVImporter._Rows {
    /// The catalogue of the rows added, adopting the id tables made while adding them (every id
    /// is given once, so they are the tables `Catalog.init` would build).
    func catalog(title: String, source: Source) -> Catalog {
        func positions(_ ids: [String]) -> [String: Int] {
            var out: [String: Int] = [:]
            out.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() where out[id] == nil { out[id] = i }
            return out
        }
        return Catalog(title: title, synthetic: false, sources: [source], expos: expos, delegations: delegations, exhibitors: exhibitors,
                       booths: booths, extra: [],
                       indexes: (_IDIndex([source.id: 0]), _IDIndex(positions(expos.map(\.id))), _IDIndex(positions(delegations.map(\.id))),
                                 _IDIndex(exhibitorIDs.positions), _IDIndex(boothIDs.positions)))
    }
}
