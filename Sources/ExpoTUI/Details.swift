import ExpoModel

/// The content of the details pane, as items that are wrapped to the pane's width.
public enum DetailItem: Sendable, Equatable {
    /// The record's name.
    case title(String)
    /// A section heading (Exhibitor, Delegation, Sources…).
    case heading(String)
    /// A labelled field; nil means no source gives it.
    case field(String, String?)
    /// A paragraph of prose.
    case text(String)
    /// An empty line.
    case blank
    /// A web address, never broken across lines: on the label's line when it fits, else on a
    /// line of its own, cut with `…` when even that is too narrow.
    case url(String, String?)
    /// An id: like a web address, never broken across lines.
    case id(String, String)
    /// A booth the details can follow (Enter), selected with `]` and `[`.
    case link(String, String, booth: Int)
}

/// Builds the details of the selected record.
public enum Details {
    /// The width of the label column.
    public static let labelWidth = 13

    /// The most entries of one list (sources, extra fields, booths) that details show; the rest
    /// are counted in a "… and N more" line, so a record citing a million sources opens at once.
    public static let listLimit = 300

    /// The items of the record the details pane shows.
    public static func items(for state: BrowserState) -> [DetailItem] {
        items(for: state.shownDetailsTarget, in: state.catalog, plan: state.plan)
    }

    /// The items for a target record; a booth in the plan shows its entry after its id.
    static func items(for target: DetailsTarget, in c: Catalog, plan: PlanState) -> [DetailItem] {
        var out = items(for: target, in: c)
        if case let .booth(i) = target, let e = plan.entry(c.booths[i].id) {
            out.insert(contentsOf: planItems(e), at: min(2, out.count))
        }
        if case let .event(i) = target, let e = plan.entry(PlanEntry.key(event: c.events[i].id)) {
            out.insert(contentsOf: planItems(e), at: min(2, out.count))
        }
        return out
    }

    /// A plan entry in the details: status, time and note.
    static func planItems(_ e: PlanEntry) -> [DetailItem] {
        var when = "no time planned"
        if let s = e.start, let end = e.end {
            when = s.spaced + "–" + String(end.spaced.suffix(5)) + (e.timeZone.map { " " + $0 } ?? "")
        }
        var out: [DetailItem] = [.field("Plan", PlanState.sign(e.status) + " " + e.status.rawValue + " · " + when
                                        + (e.priority.map { " · priority \($0)" } ?? ""))]
        if let note = e.note {
            for (k, line) in note.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                out.append(.field(k == 0 ? "Note" : "", String(line)))
            }
        }
        return out
    }

    /// The items for a target record.
    static func items(for target: DetailsTarget, in c: Catalog) -> [DetailItem] {
        switch target {
        case let .booth(i): return booth(c.booths[i], in: c)
        case let .delegation(i): return delegation(c.delegations[i], in: c)
        case let .expo(i): return expo(c.expos[i], in: c)
        case let .exhibitor(i): return exhibitor(c.exhibitors[i], in: c)
        case let .event(i): return event(c.events[i], in: c)
        case .nothing: return [.text(c.expos.isEmpty ? "This catalogue has no expos." : "Nothing selected.")]
        }
    }

    /// "… and N more <what>" for a list cut at `limit`, or nil when nothing was cut.
    static func more(_ total: Int, limit: Int, _ what: String) -> DetailItem? {
        total > limit ? .text("… and \(Format.grouped(total - limit)) more \(what)") : nil
    }

    static func list(_ a: [String]) -> String? { a.isEmpty ? nil : a.joined(separator: ", ") }

    static func sources(_ ids: [String], in c: Catalog, limit: Int = listLimit) -> [DetailItem] {
        var out: [DetailItem] = [.blank, .heading("Sources")]
        if ids.isEmpty { out.append(.text("No source is cited for this record.")) }
        for id in ids.prefix(limit) {
            if let s = c.source(id) {
                var parts = ["[\(s.id)] \(s.title)"]
                if let p = s.publisher { parts.append(p) }
                if let d = s.date { parts.append(d) }
                out.append(.text(parts.joined(separator: " · ")))
                if let u = s.url { out.append(.url("", u)) }
                if let n = s.note { out.append(.text("  " + n)) }
            } else {
                out.append(.text("[\(id)] (not in the catalogue's sources)"))
            }
        }
        if let m = more(ids.count, limit: limit, "sources") { out.append(m) }
        return out
    }

    /// A record's `extra` object as members, to be shown like unknown keys.
    static func members(_ fields: [ExtraField]) -> [JSONMember] {
        fields.map { JSONMember(key: $0.name, node: JSONNode(.string($0.value))) }
    }

    static func extra(_ members: [JSONMember], limit: Int = listLimit) -> [DetailItem] {
        var out: [DetailItem] = members.prefix(limit).map { m in
            let v: String
            if case let .string(s) = m.node.value { v = s } else { v = JSONWriter(indent: nil).string(m.node.value) }
            return .field(m.key, v)
        }
        if let m = more(members.count, limit: limit, "fields") { out.append(m) }
        return out
    }

    /// The details of a booth, its exhibitor and its delegation. Lists longer than `limit`
    /// (sources, extra fields, other booths) are cut with a "… and N more" line.
    public static func booth(_ b: Booth, in c: Catalog, limit: Int = listLimit) -> [DetailItem] {
        let x = c.exhibitor(b.exhibitor)
        let e = c.expo(b.expo)
        let d = b.delegation.flatMap { c.delegation($0) }
        var out: [DetailItem] = [.title(x?.name ?? b.exhibitor)]
        out.append(.id("Id", b.id))
        out.append(.field("Booth", b.code))
        out.append(.field("Expo", e.map { $0.name + ($0.year.map { " (\($0))" } ?? "") }))
        out.append(.field("Delegation", d?.name ?? (b.delegation == nil ? "none" : nil)))
        out.append(.field("Hall", boothHall(b, in: c)))
        out.append(.field("Area", b.areaSqm.map { Format.area($0) }))
        out.append(.field("Products", list(b.products)))
        out += extra(members(b.extraFields) + b.extra, limit: limit)
        if let s = b.summary { out += [.blank, .text(s)] }
        if let x {
            out += [.blank, .heading("Exhibitor")]
            out.append(.field("Name", x.name))
            out.append(.id("Id", x.id))
            out.append(.field("Local name", x.localName))
            out.append(.field("Country", x.country))
            out.append(.field("Sectors", list(x.sectors)))
            out.append(.url("Website", x.website))
            let others = c.boothIndices(ofExhibitor: x.id).filter { c.booths[$0].id != b.id }
            for (k, o) in others.prefix(limit).enumerated() {
                out.append(.link(k == 0 ? "Also at" : "", boothLine(o, in: c), booth: o))
            }
            if let m = more(others.count, limit: limit, "booths") { out.append(m) }
            out += extra(members(x.extraFields) + x.extra, limit: limit)
            if let s = x.summary { out += [.blank, .text(s)] }
        }
        if let d {
            out += [.blank, .heading("Delegation")]
            out.append(.field("Name", d.name))
            out.append(.id("Id", d.id))
            out.append(.field("Kind", d.kind?.rawValue))
            out.append(.field("Country", d.country))
            out.append(.field("Head", d.head))
        }
        // The exhibitor's and delegation's sources after the booth's own, each once. Only the
        // few they cite are hashed, so a booth citing a million sources costs one pass.
        var ids = b.sources
        let others = (x?.sources ?? []) + (d?.sources ?? [])
        if !others.isEmpty {
            let wanted = Set(others)
            var seen = Set<String>()
            for s in b.sources where wanted.contains(s) { seen.insert(s) }
            for s in others where seen.insert(s).inserted { ids.append(s) }
        }
        return out + sources(ids, in: c, limit: limit)
    }

    /// The details of an exhibitor and where it exhibits; `boothIDs` adds each booth's id to its
    /// line (for `pavilion show`, whose reader cannot follow a link).
    public static func exhibitor(_ x: Exhibitor, in c: Catalog, limit: Int = listLimit, boothIDs: Bool = false) -> [DetailItem] {
        var out: [DetailItem] = [.title(x.name)]
        out.append(.id("Id", x.id))
        out.append(.field("Local name", x.localName))
        out.append(.field("Country", x.country))
        out.append(.field("Sectors", list(x.sectors)))
        out.append(.url("Website", x.website))
        out += extra(members(x.extraFields) + x.extra, limit: limit)
        if let s = x.summary { out += [.blank, .text(s)] }
        let booths = c.boothIndices(ofExhibitor: x.id)
        out += [.blank, .heading("Booths")]
        if booths.isEmpty { out.append(.text("No booth listed.")) }
        for b in booths.prefix(limit) {
            out.append(.link("", boothLine(b, in: c) + (boothIDs ? " · id " + c.booths[b].id : ""), booth: b))
        }
        if let m = more(booths.count, limit: limit, "booths") { out.append(m) }
        return out + sources(x.sources, in: c, limit: limit)
    }

    /// The details of a delegation; `programme` adds the events it organised (`pavilion show`
    /// lists them its own way, with ids).
    public static func delegation(_ d: Delegation, in c: Catalog, limit: Int = listLimit, programme: Bool = true) -> [DetailItem] {
        var out: [DetailItem] = [.title(d.name)]
        out.append(.id("Id", d.id))
        out.append(.field("Expo", c.expo(d.expo)?.name))
        out.append(.field("Kind", d.kind?.rawValue))
        out.append(.field("Country", d.country))
        out.append(.field("Region", d.region))
        out.append(.field("Head", d.head))
        out.append(.field("Size", d.size.map { Format.grouped($0) }))
        out.append(.field("Booths", Format.grouped(c.boothCount(ofDelegation: d.id)) + " listed"))
        out += extra(d.extra, limit: limit)
        if let s = d.summary { out += [.blank, .text(s)] }
        if programme { out += delegationEvents(d, in: c, limit: limit) }
        return out + sources(d.sources, in: c, limit: limit)
    }

    /// The details of an expo, with "listed N of M" where the catalogue is incomplete. The
    /// figures come before the hosts and topics, whose long lists would push them off a small screen.
    /// `programme` adds its halls and events (`pavilion show` lists them its own way, with ids).
    public static func expo(_ e: Expo, in c: Catalog, limit: Int = listLimit, programme: Bool = true) -> [DetailItem] {
        var out: [DetailItem] = [.title(e.name)]
        out.append(.id("Id", e.id))
        out.append(.field("Series", e.series))
        out.append(.field("Edition", e.edition.map(String.init)))
        let dates: String? = {
            switch (e.start, e.end) {
            case let (s?, t?): return s + " – " + t
            case let (s?, nil): return s
            case let (nil, t?): return "until " + t
            default: return nil
            }
        }()
        out.append(.field("Dates", dates))
        let place = [e.venue, e.city, e.country].compactMap { $0 }
        out.append(.field("Place", place.isEmpty ? nil : place.joined(separator: ", ")))
        let f = e.figures
        let listed = c.boothCount(ofExpo: e.id)
        var boothsText = f?.booths.map { Format.grouped($0) }
        if let total = f?.booths { boothsText = Format.grouped(total) + " (listed \(Format.grouped(listed)) of \(Format.grouped(total)))" }
        out += [.blank, .heading("Figures")]
        out.append(.field("Booths", boothsText ?? (listed > 0 ? "\(Format.grouped(listed)) listed; total unknown" : nil)))
        out.append(.field("Exhibitors", f?.exhibitors.map { Format.grouped($0) }))
        out.append(.field("Area", f?.areaSqm.map { Format.area($0) }))
        out.append(.field("Participants", f?.participants.map { Format.grouped($0) }))
        out.append(.field("Countries", f?.countries.map { Format.grouped($0) }))
        if let contracts = f?.contracts, !contracts.isEmpty {
            for (i, k) in contracts.prefix(limit).enumerated() {
                out.append(.field(i == 0 ? "Contracts" : "", Format.money(k.amount, k.currency) + (k.note.map { " — " + $0 } ?? "")))
            }
            if let m = more(contracts.count, limit: limit, "contracts") { out.append(m) }
        } else {
            out.append(.field("Contracts", nil))
        }
        out.append(.field("Delegations", Format.grouped(c.delegationIndices(ofExpo: e.id).count) + " listed"))
        out.append(.blank)
        out.append(.field("Hosts", list(e.hosts)))
        out.append(.field("Theme", e.theme))
        out.append(.field("Topics", list(e.topics)))
        out += extra(e.extra, limit: limit) + extra(f?.extra ?? [], limit: limit)
        if let s = e.summary { out += [.blank, .text(s)] }
        if programme { out += expoHallsAndEvents(e, in: c, limit: limit) }
        return out + sources(e.sources, in: c, limit: limit)
    }

    /// A booth in one line: its code, expo, hall and area.
    static func boothLine(_ i: Int, in c: Catalog) -> String {
        let b = c.booths[i]
        let e = c.expo(b.expo)
        var parts = [b.code ?? "—", (e?.name ?? b.expo) + (e?.year.map { " (\($0))" } ?? "")]
        if let h = b.hall { parts.append("hall " + h) }
        if let a = b.areaSqm { parts.append(Format.area(a)) }
        return parts.joined(separator: " · ")
    }
}
