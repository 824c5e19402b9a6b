import Dispatch

/// Records decoded while the parser streamed them.
struct _Streamed {
    var ids = _IDTable()
    var sources: [Source] = []
    var expos: [Expo] = []
    var delegations: [Delegation] = []
    var exhibitors: [Exhibitor] = []
    var booths: [Booth] = []

    /// Adds the records of the file's second half, read with references unchecked; false when
    /// an id is defined in both halves or a reference of the second half has no target. Ids are
    /// not copied: each kind's table keeps the second half's ids as a second table.
    mutating func append(_ tail: _Streamed) -> Bool {
        var ids = self.ids
        for kind in _IDTable.Kind.allCases {
            guard ids[kind].second.isEmpty else { return false }
            ids[kind].second = tail.ids[kind].first
        }
        for (d, e) in tail.ids.expoOfDelegation { ids.expoOfDelegation[d] = e }
        let known = ids
        // One core joins the records; the other checks the second half against both.
        var ok = true
        withUnsafeMutablePointer(to: &self) { me in
            withUnsafeMutablePointer(to: &ok) { ok in
                let out = UncheckedBox((me, ok))
                DispatchQueue.concurrentPerform(iterations: 2) { c in
                    if c == 0 {
                        let me = out.value.0
                        me.pointee.sources += tail.sources
                        me.pointee.expos += tail.expos
                        me.pointee.delegations += tail.delegations
                        me.pointee.exhibitors += tail.exhibitors
                        me.pointee.booths += tail.booths
                    } else {
                        out.value.1.pointee = Self.check(tail, against: known)
                    }
                }
            }
        }
        self.ids = ids
        return ok
    }

    /// True when no id of `tail` is also in the first half, and every reference of `tail` has
    /// a target in `ids` (both halves).
    private static func check(_ tail: _Streamed, against ids: _IDTable) -> Bool {
        for kind in _IDTable.Kind.allCases {
            let t = ids[kind]
            for id in t.second.keys where t.first[id] != nil { return false }
        }
        func cited(_ list: [String]) -> Bool { list.allSatisfy { ids.sources[$0] != nil } }
        guard tail.expos.allSatisfy({ cited($0.sources) }),
              tail.delegations.allSatisfy({ ids.expos[$0.expo] != nil && cited($0.sources) }),
              tail.exhibitors.allSatisfy({ cited($0.sources) }) else { return false }
        return tail.booths.allSatisfy { b in
            guard ids.expos[b.expo] != nil, ids.exhibitors[b.exhibitor] != nil, cited(b.sources) else { return false }
            if let d = b.delegation {
                guard ids.delegations[d] != nil else { return false }
                if let e = ids.expoOfDelegation[d], e != b.expo { return false }
            }
            return true
        }
    }
}
