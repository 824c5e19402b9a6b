// Ids and the references between records.
extension _DecodeContext {
    mutating func id(_ o: _Object, kind: _IDTable.Kind, _ ids: inout _IDTable) -> String? {
        guard let id = string(o, "id", required: true, nonEmpty: true) else { return nil }
        let offset = o.byKey["id"]?.node.offset ?? o.offset
        if let first = ids.defined(kind, id) {
            let firstPath = _Object.join(first.path, "id")
            let where_ = lines.map { " (first defined at \($0.position(of: first.offset)), \(firstPath))" } ?? " (first defined at \(firstPath))"
            error(o.join("id"), offset, "duplicate \(kind.rawValue) id \"\(id.prefix(60))\"\(where_)")
            return nil
        }
        ids.define(kind, id, place: recordIndex, offset: offset)
        return id
    }

    mutating func reference(_ o: _Object, _ key: String, kind: _IDTable.Kind, required: Bool, _ ids: inout _IDTable) -> String? {
        guard let ref = string(o, key, required: required, nonEmpty: true) else { return nil }
        refer(.init(kind: kind, id: ref, parent: o.path, key: key, index: nil, offset: o.byKey[key]?.node.offset ?? o.offset, expoOfReferrer: nil), &ids)
        return ref
    }

    /// Checks a reference now when its target is already known (the usual case, since files list
    /// expos and exhibitors before booths); otherwise keeps it for `checkReferences`. A million
    /// booths then keep no list of three million references.
    mutating func refer(_ r: _IDTable.Reference, _ ids: inout _IDTable) {
        guard referencesChecked else { return }
        if ids.place(r.kind, r.id) != nil {
            checkDelegationExpo(r, ids)
        } else {
            ids.references.append(r)
        }
    }

    mutating func checkDelegationExpo(_ r: _IDTable.Reference, _ ids: _IDTable) {
        if r.kind == .delegation, let expo = r.expoOfReferrer, let dExpo = ids.expoOfDelegation[r.id], dExpo != expo {
            let what = r.parent.hasPrefix("events") ? "event" : "booth"
            error(r.path, r.offset, "delegation \"\(r.id.prefix(60))\" came to expo \"\(dExpo)\", not to this \(what)'s expo \"\(expo)\"")
        }
    }

    mutating func sourceRefs(_ o: _Object, _ ids: inout _IDTable) -> [String] {
        let refs = stringArray(o, "sources")
        if case let .array(items)? = o.byKey["sources"]?.node.value {
            for (i, item) in items.enumerated() {
                if case let .string(s) = item.value {
                    refer(.init(kind: .source, id: s, parent: o.path, key: "sources", index: i, offset: item.offset, expoOfReferrer: nil), &ids)
                }
            }
        }
        return refs
    }

    mutating func checkReferences(_ ids: _IDTable) {
        for r in ids.references {
            guard ids.place(r.kind, r.id) != nil else {
                error(r.path, r.offset, "refers to \(r.kind.rawValue) \"\(r.id.prefix(60))\", which is not defined in \(r.kind.plural)")
                continue
            }
            checkDelegationExpo(r, ids)
        }
    }
}
