/// One user action on a visit plan. The browser sends it as an effect and the store applies it
/// in one transaction, to the entries as they are in the database at that moment, so two
/// processes editing different fields of the same entry keep both edits.
public enum PlanChange: Sendable, Equatable {
    /// Adds the booths (status to-visit); booths already in the plan are left as they are.
    case add([String])
    /// Removes the booths' entries.
    case remove([String])
    /// Adds the booth when it is not in the plan, else removes it.
    case toggle(String)
    /// Sets the status (adding the booth when it is not in the plan).
    case setStatus(String, PlanStatus)
    /// Moves the status on to the next one (adding the booth, as to-visit, when it is not in the plan).
    case cycleStatus(String)
    /// Sets or clears the note (an empty note clears it).
    case setNote(String, String?)
    /// Sets or clears the planned start, with the zone it is in (nil: floating).
    case setStart(String, LocalDateTime?, timeZone: String?)
    /// Sets the planned duration in minutes.
    case setDuration(String, Int)
    /// Sets or clears the priority (1–3).
    case setPriority(String, Int?)
    /// Puts entries back exactly as they were (undo of a removal, or `plan import`).
    case restore([PlanEntry])

    /// The booths the change touches.
    public var boothIDs: [String] {
        switch self {
        case .add(let ids), .remove(let ids): ids
        case .toggle(let id), .setStatus(let id, _), .cycleStatus(let id), .setNote(let id, _), .setStart(let id, _, _),
             .setDuration(let id, _), .setPriority(let id, _): [id]
        case .restore(let entries): entries.map(\.boothID)
        }
    }

    /// Applies the change to `entries` (keyed by booth id) at time `now` (seconds since 1970).
    /// - Returns: the entries removed by the change (for undo).
    @discardableResult
    public func apply(to entries: inout [String: PlanEntry], now: Int64) -> [PlanEntry] {
        func edit(_ id: String, _ body: (inout PlanEntry) -> Void) {
            var e = entries[id] ?? PlanEntry(boothID: id, added: now)
            body(&e)
            e.updated = now
            entries[id] = e
        }
        switch self {
        case .add(let ids):
            for id in ids where entries[id] == nil { entries[id] = PlanEntry(boothID: id, added: now) }
        case .remove(let ids):
            return ids.compactMap { entries.removeValue(forKey: $0) }
        case .toggle(let id):
            if let old = entries.removeValue(forKey: id) { return [old] }
            entries[id] = PlanEntry(boothID: id, added: now)
        case .setStatus(let id, let status):
            edit(id) { $0.status = status }
        case .cycleStatus(let id):
            if entries[id] == nil { entries[id] = PlanEntry(boothID: id, added: now) } else { edit(id) { $0.status = $0.status.next } }
        case .setNote(let id, let note):
            edit(id) { $0.note = note?.isEmpty == true ? nil : note }
        case .setStart(let id, let start, let zone):
            edit(id) { $0.start = start; $0.timeZone = start == nil ? nil : zone }
        case .setDuration(let id, let minutes):
            edit(id) { $0.durationMinutes = max(1, minutes) }
        case .setPriority(let id, let priority):
            edit(id) { $0.priority = priority.map { min(3, max(1, $0)) } }
        case .restore(let restored):
            for e in restored { entries[e.boothID] = e }
        }
        return []
    }
}
