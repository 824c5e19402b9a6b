import ExpoModel

extension BrowserState {
    /// How each list draws its rows: the columns of the table widget.
    func columns(of id: ListID) -> [Column] {
        let c = catalog
        switch id {
        case .expos:
            return [
                Column(header: "Year", value: { if case let .expo(i) = $0.ref { return c.expos[i].year ?? "—" }; return "" }, priority: 2),
                Column(header: "Expo", value: { $0.name }, flexible: true, minWidth: 8, isName: true),
            ]
        case .delegations:
            let expo = selectedExpo
            return [
                Column(header: "Delegation", value: { $0.name }, flexible: true, minWidth: 10, isName: true),
                Column(header: "Booths", value: { row in
                    switch row.ref {
                    case let .delegation(i): return Format.grouped(c.boothCount(ofDelegation: c.delegations[i].id))
                    case .allBooths: return Format.grouped(expo.map { c.boothCount(ofExpo: $0.id) } ?? 0)
                    default: return ""
                    }
                }, alignRight: true, priority: 1),
            ]
        case .booths:
            return Column.planMarks(c, plan) + [
                .boothCode(c),
                Column(header: "Exhibitor", value: { $0.name }, flexible: true, isName: true),
                .boothArea(c),
            ]
        case .exhibitors:
            let s = self
            return [
                Column(header: "Exhibitor", value: { $0.name }, flexible: true, isName: true),
                Column(header: "Country", value: { if case let .exhibitor(i) = $0.ref { return c.exhibitors[i].country ?? "—" }; return "" }, priority: 1),
                Column(header: "Booths", value: { if case let .exhibitor(i) = $0.ref { return Format.grouped(s.boothCount(ofExhibitor: i)) }; return "" },
                       alignRight: true, priority: 2),
            ]
        case .exhibitorBooths:
            return Column.planMarks(c, plan) + [
                Column(header: "Expo", value: { $0.name }, flexible: true, minWidth: 8, isName: true),
                .boothCode(c),
                Column(header: "Hall", value: { Column.booth($0, c)?.hall ?? "—" }, priority: 1),
                .boothArea(c),
            ]
        case .plan:
            return planColumns()
        case .events:
            return eventColumns()
        }
    }

    /// The message a list shows when it has no rows.
    func emptyText(of id: ListID) -> String {
        let filtered = !list(id).filter.isEmpty
        switch id {
        case .expos: return filtered ? "No match" : "No expos"
        case .delegations: return selectedExpo == nil ? "No expo selected" : "No match"
        case .booths: return selectedExpo == nil ? "No expo selected" : (filtered ? "No match" : "No booths listed")
        case .exhibitors: return filtered ? "No match" : "No exhibitors"
        case .exhibitorBooths: return selectedRow(.exhibitors) == nil ? "No exhibitor selected" : "No booth listed"
        case .events: return filtered ? "No match" : "No events listed in this catalogue"
        case .plan: return filtered ? "No match" : plan.readOnly.map { "The plan is read-only: " + $0 } ?? "No booths planned yet: press m on a booth to mark it"
        }
    }

    /// `visible/total` of a list; "All booths" is not a delegation and is not counted.
    func count(of id: ListID) -> String {
        let extra = id == .delegations && rows(id).first?.ref == .allBooths ? 1 : 0
        return "\(Format.grouped(rows(id).count - extra))/\(Format.grouped(max(0, (totals[id] ?? 0) - extra)))"
    }
}

extension Column {
    /// The booth a row stands for, if it stands for one.
    static func booth(_ row: Row, _ c: Catalog) -> Booth? {
        if case let .booth(i) = row.ref { return c.booths[i] }
        return nil
    }

    /// A booth's code: a fixed column, so a code is never cut.
    static func boothCode(_ c: Catalog, header: String = "Code") -> Column {
        Column(header: header, value: { booth($0, c)?.code ?? "—" }, priority: 3)
    }

    /// The booth's sign in the visit plan (★ ✓ ✉ ✗), blank when it is not in the plan.
    /// Shown once the plan has an entry, so a catalogue nobody plans in keeps its room.
    static func planMarks(_ c: Catalog, _ plan: PlanState) -> [Column] {
        guard !plan.entries.isEmpty else { return [] }
        return [Column(header: "★", value: { booth($0, c).map { plan.mark($0.id) } ?? "" }, priority: 5, maxWidth: 1)]
    }

    /// A booth's area in m², right-aligned.
    static func boothArea(_ c: Catalog, priority: Int = 2) -> Column {
        Column(header: "m²", value: { booth($0, c)?.areaSqm.map { Format.number($0) } ?? "—" }, alignRight: true, priority: priority)
    }
}
