// The document as a whole: its header, its record arrays, and records as they stream.
extension _DecodeContext {
    mutating func decodeCatalog(_ root: JSONNode, streamed: _Streamed = _Streamed(), recordsValid: Bool = false) -> Catalog {
        let known = _Known.catalog
        guard let o = object(root, path: "", known: known, what: "a catalogue") else { return .empty(title: "") }
        checkFormatAndVersion(o, rootOffset: root.offset)
        let title = string(o, "title", required: true, nonEmpty: true) ?? ""
        let catalogID = string(o, "id", nonEmpty: true)
        let timeZone = self.timeZone(o, "time_zone")
        var synthetic = false
        if let m = o.byKey["synthetic"] {
            if case let .bool(b) = m.node.value { synthetic = b } else if m.node.value != .null {
                error("synthetic", m.node.offset, "expected true or false, found \(m.node.value.typeDescription)")
            }
        }

        var ids = streamed.ids
        var streamed = streamed
        // Streamed records come first; arrays the parser kept (none, for a well-formed file) are
        // appended in place, so a million booths are never copied.
        let keptSources = records(o, "sources") { ctx, node, path in ctx.source(node, path, &ids) }.map(\.0)
        if !keptSources.isEmpty { streamed.sources += keptSources }
        let keptExpos = records(o, "expos") { ctx, node, path in ctx.expo(node, path, &ids) }.map(\.0)
        if !keptExpos.isEmpty { streamed.expos += keptExpos }
        let keptDelegations = records(o, "delegations") { ctx, node, path in ctx.delegation(node, path, &ids) }.map(\.0)
        if !keptDelegations.isEmpty { streamed.delegations += keptDelegations }
        let keptExhibitors = records(o, "exhibitors") { ctx, node, path in ctx.exhibitor(node, path, &ids) }.map(\.0)
        if !keptExhibitors.isEmpty { streamed.exhibitors += keptExhibitors }
        let keptBooths = records(o, "booths") { ctx, node, path in ctx.booth(node, path, &ids) }.map(\.0)
        if !keptBooths.isEmpty { streamed.booths += keptBooths }
        let (sources, expos, delegations, exhibitors, booths) = (streamed.sources, streamed.expos, streamed.delegations, streamed.exhibitors, streamed.booths)
        let halls = records(o, "halls") { ctx, node, path in ctx.hall(node, path, &ids) }.map(\.0)
        let events = records(o, "events") { ctx, node, path in ctx.event(node, path, &ids) }.map(\.0)
        streamed = _Streamed()

        checkReferences(ids)

        if recordsValid, !diagnostics.contains(where: { $0.severity == .error }), ids.sources.count == sources.count,
           ids.expos.count == expos.count, ids.delegations.count == delegations.count, ids.exhibitors.count == exhibitors.count,
           ids.booths.count == booths.count {
            // Every record was kept, so each id's place is its record's position.
            var c = Catalog(title: title, synthetic: synthetic, sources: sources, expos: expos, delegations: delegations,
                            exhibitors: exhibitors, booths: booths, halls: halls, events: events, extra: o.extra,
                            indexes: (ids.sources, ids.expos, ids.delegations, ids.exhibitors, ids.booths))
            (c.id, c.timeZone) = (catalogID, timeZone)
            return c
        }
        var c = Catalog(title: title, synthetic: synthetic, sources: sources, expos: expos,
                        delegations: delegations, exhibitors: exhibitors, booths: booths,
                        halls: halls, events: events, extra: o.extra)
        (c.id, c.timeZone) = (catalogID, timeZone)
        return c
    }

    /// Reports a missing, mistyped or unsupported `format` or `version`.
    mutating func checkFormatAndVersion(_ o: _Object, rootOffset: Int) {
        if let m = o.byKey["format"] {
            if case let .string(s) = m.node.value {
                if s != CatalogDecoder.formatName {
                    error("format", m.node.offset, "unsupported format \"\(s.prefix(40))\"; a Pavilion catalogue declares \"format\": \"\(CatalogDecoder.formatName)\"")
                }
            } else {
                error("format", m.node.offset, "expected the string \"\(CatalogDecoder.formatName)\", found \(m.node.value.typeDescription)")
            }
        } else {
            error("", rootOffset, "missing required key \"format\"; a Pavilion catalogue declares \"format\": \"\(CatalogDecoder.formatName)\"")
        }
        if let m = o.byKey["version"] {
            if case let .number(v, _) = m.node.value {
                let r = CatalogDecoder.readableVersions
                if v.rounded() != v || v < Double(r.lowerBound) || v > Double(r.upperBound) {
                    let newer = v > Double(r.upperBound) ? " (a newer Pavilion wrote it; update Pavilion to open it)" : ""
                    error("version", m.node.offset, "unsupported version \(Format.number(v)); this pavilion reads versions \(r.lowerBound) and \(r.upperBound)\(newer)")
                }
            } else {
                error("version", m.node.offset, "expected the number \(CatalogDecoder.version), found \(m.node.value.typeDescription)")
            }
        } else {
            error("", rootOffset, "missing required key \"version\" (this pavilion reads versions 1 and 2)")
        }
    }

    /// Decodes one element of a record array as the parser streams it; false for arrays that
    /// are not record arrays (they stay in the tree).
    mutating func stream(_ key: String, _ index: Int, _ node: JSONNode, into s: inout _Streamed) -> Bool {
        let path = "\(key)[\(index)]"
        recordIndex = index
        if index == 0 { arrayStart = node.offset }
        if index == 1_024, node.offset > arrayStart, let kind = _IDTable.Kind.allCases.first(where: { $0.plural == key }) {
            // A large array: make room for as many records as the rest of the file could hold,
            // so its id table is not rebuilt as it grows.
            let perRecord = max(1, (node.offset - arrayStart) / index)
            let estimate = index + (totalBytes - node.offset) / perRecord
            s.ids.reserve(kind, estimate)
            switch kind {
            case .source: s.sources.reserveCapacity(estimate)
            case .expo: s.expos.reserveCapacity(estimate)
            case .delegation: s.delegations.reserveCapacity(estimate)
            case .exhibitor: s.exhibitors.reserveCapacity(estimate)
            case .booth: s.booths.reserveCapacity(estimate)
            case .hall, .event: break
            }
        }
        switch key {
        case "sources": if let r = source(node, path, &s.ids) { s.sources.append(r) }
        case "expos": if let r = expo(node, path, &s.ids) { s.expos.append(r) }
        case "delegations": if let r = delegation(node, path, &s.ids) { s.delegations.append(r) }
        case "exhibitors": if let r = exhibitor(node, path, &s.ids) { s.exhibitors.append(r) }
        case "booths": if let r = booth(node, path, &s.ids) { s.booths.append(r) }
        default: return false
        }
        return true
    }

    mutating func records<T>(_ o: _Object, _ key: String, _ decode: (inout _DecodeContext, JSONNode, String) -> T?) -> [(T, Int)] {
        guard let m = o.byKey[key] else { return [] }
        guard case let .array(items) = m.node.value else {
            if m.node.value == .null { return [] }
            error(key, m.node.offset, "expected an array of records, found \(m.node.value.typeDescription)")
            return []
        }
        var out: [(T, Int)] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            recordIndex = i
            if let r = decode(&self, item, "\(key)[\(i)]") { out.append((r, i)) }
        }
        return out
    }
}
