extension PlanJSONFields {
    static let rootKeys = ["format", "version", "catalog", "exported", "entries"]

    /// The whole document.
    mutating func document(_ root: JSONNode) throws(ListReadError) -> PlanJSONReader.Document {
        let m = try members(root, what: "the plan", allowed: Self.rootKeys)
        let format = try required(m["format"], "format", in: "not a plan export: the file", at: root.offset)
        guard try string(format, nullable: false) == PlanExporter.jsonFormatName else {
            throw fail("not a plan export: format must be \(_quoted(PlanExporter.jsonFormatName))", at: format.node.offset)
        }
        let version = try required(m["version"], "version", in: "the plan", at: root.offset)
        guard case .number(let v, true) = version.node.value else {
            throw fail("version must be a whole number, not \(version.node.value.typeDescription)", at: version.node.offset)
        }
        guard v == Double(PlanExporter.jsonVersion) else {
            let newer = v > Double(PlanExporter.jsonVersion) ? ", written by a newer Pavilion" : ""
            throw fail("this plan is format version \(JSONWriter.number(v, true))\(newer); this one reads version \(PlanExporter.jsonVersion)",
                       at: version.node.offset)
        }
        let catalog = try string(m["catalog"], nullable: true)
        _ = try timestamp(m["exported"])
        let list = try required(m["entries"], "entries", in: "the plan", at: root.offset)
        guard case .array(let nodes) = list.node.value else {
            throw fail("entries must be an array, not \(list.node.value.typeDescription)", at: list.node.offset)
        }
        var entries: [PlanEntry] = []
        entries.reserveCapacity(nodes.count)
        var seen: [String: Int] = [:]
        for (i, node) in nodes.enumerated() {
            context = "entry \(i + 1): "
            let e = try entry(node)
            if let first = seen[e.boothID] {
                throw fail("booth \(_quoted(e.boothID)) is already entry \(first + 1)", at: node.offset)
            }
            seen[e.boothID] = i
            entries.append(e)
        }
        context = ""
        return PlanJSONReader.Document(catalog: catalog, entries: entries)
    }

    /// One entry.
    mutating func entry(_ node: JSONNode) throws(ListReadError) -> PlanEntry {
        // Errors name the booth when there is one, whatever else is wrong.
        let prefix = context
        if case .object(let list) = node.value, case .string(let id)? = list.first(where: { $0.key == "booth" })?.node.value, !id.isEmpty {
            context = prefix.dropLast(2) + " (booth \(_quoted(id))): "
        }
        let m = try members(node, what: "the entry", allowed: PlanExporter.jsonEntryKeys)
        let boothMember = try required(m["booth"], "booth", in: "the entry", at: node.offset)
        guard let booth = try string(boothMember, nullable: false), !booth.isEmpty else {
            throw fail("booth must not be empty", at: boothMember.node.offset)
        }
        let statusMember = try required(m["status"], "status", in: "the entry", at: node.offset)
        let statusText = try string(statusMember, nullable: false) ?? ""
        guard let status = PlanStatus(rawValue: statusText) else {
            throw fail("unknown status \(_quoted(statusText)); expected " + PlanStatus.allCases.map(\.rawValue).joined(separator: ", "),
                       at: statusMember.node.offset)
        }
        var start: LocalDateTime?
        if let text = try string(m["start"], nullable: true), let s = m["start"] {
            guard let t = UTCTimestamp.strictLocal(text) else {
                throw fail("start \(_quoted(text)) is not a date and time like 2017-06-16T10:30", at: s.node.offset)
            }
            start = t
        }
        let zone = try string(m["time_zone"], nullable: true)
        if let zone, let z = m["time_zone"] {
            guard start != nil else { throw fail("time_zone without a start", at: z.node.offset) }
            guard !zone.isEmpty, !zone.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else {
                throw fail("time_zone \(_quoted(zone)) is not a zone name like Asia/Harbin", at: z.node.offset)
            }
        }
        let added = try timestamp(try required(m["added"], "added", in: "the entry", at: node.offset)) ?? 0
        let note = try string(m["note"], nullable: true)
        return PlanEntry(boothID: booth, added: added, updated: try timestamp(m["updated"]), status: status,
                         note: note?.isEmpty == true ? nil : note, start: start, timeZone: zone,
                         durationMinutes: try integer(m["duration_minutes"], in: 1...10_080, nullable: false) ?? PlanEntry.defaultDuration,
                         priority: try integer(m["priority"], in: 1...3, nullable: true))
    }
}
