import ExpoModel

extension BrowserState {
    /// Changes the plan here at once and asks the run loop to store the same change.
    /// - Returns: false when the plan is read-only (the status line says why).
    @discardableResult
    mutating func change(_ c: PlanChange, effects: inout [Effect], now: Int64 = 0) -> Bool {
        if let why = plan.readOnly {
            message = "the plan is read-only: " + why
            return false
        }
        var entries = plan.entries
        c.apply(to: &entries, now: now)
        plan.entries = entries
        plan.version += 1
        effects.append(.plan(c))
        if view == .plan { refresh() }
        return true
    }

    /// `m` (Tab in the search): marks the booth for a visit, or unmarks it.
    mutating func toggleMark(effects: inout [Effect]) {
        guard let id = plannableBoothID else { return }
        let was = plan.entry(id)
        guard change(.toggle(id), effects: &effects) else { return }
        // An event is planned at its own time.
        if was == nil, let eid = PlanEntry(boothID: id, added: 0).eventID, let event = catalog.event(eid) {
            let timed = PlanEntry.forEvent(event, timeZone: catalog.timeZone, added: 0)
            if let start = timed.start {
                change(.setStart(id, start, timeZone: timed.timeZone), effects: &effects)
                change(.setDuration(id, timed.durationMinutes), effects: &effects)
            }
        }
        notice = (was == nil ? "★ marked " : "unmarked ") + boothLabel(id)
    }

    /// `v`: the next status.
    mutating func cycleStatus(effects: inout [Effect]) {
        guard let id = plannableBoothID, change(.cycleStatus(id), effects: &effects), let e = plan.entry(id) else { return }
        notice = PlanState.sign(e.status) + " " + e.status.rawValue + ": " + boothLabel(id)
    }

    /// `n` and `t`: starts typing the booth's note or time, with what it has now.
    mutating func startEditing(_ m: Mode) {
        guard let id = plannableBoothID else { return }
        if let why = plan.readOnly { message = "the plan is read-only: " + why; return }
        editingBooth = id
        mode = m
        message = nil
        let e = plan.entry(id)
        // The field is one line: a note's line breaks show as ↵ while it is typed.
        input = TextInput(m == .note ? (e?.note ?? "").split(separator: "\n", omittingEmptySubsequences: false).joined(separator: Self.lineBreakSign)
                          : (e?.start.map { $0.spaced } ?? ""))
    }

    /// Enter while typing a note or a time: keeps it, or says why not.
    mutating func acceptPlanField(effects: inout [Effect], now: Int64 = 0) {
        guard let id = editingBooth else { mode = .normal; return }
        if mode == .note {
            let text = input.text.split(separator: Self.lineBreakSign, omittingEmptySubsequences: false).joined(separator: "\n")
            mode = .normal
            editingBooth = nil
            input = TextInput()
            if change(.setNote(id, text.isEmpty ? nil : text), effects: &effects) {
                notice = (text.isEmpty ? "note cleared: " : "note saved: ") + boothLabel(id)
            }
            return
        }
        let entry = plan.entry(id)
        let expoStart = catalog.booth(id).flatMap { catalog.expo($0.expo)?.start }
        do {
            let start = try PlanTimeParser.parse(input.text, current: entry?.start, expoStart: expoStart)
            mode = .normal
            editingBooth = nil
            input = TextInput()
            if change(.setStart(id, start, timeZone: catalog.timeZone), effects: &effects) {
                notice = start.map { "planned \($0.spaced): " } ?? "time cleared: "
                notice! += boothLabel(id)
            }
        } catch {
            // The field stays open with what was typed, so it can be corrected.
            message = error.description
        }
    }

    /// `d` in the Plan view: removes the entry; `u` puts it back.
    mutating func removeEntry(effects: inout [Effect]) {
        guard let id = plannableBoothID, let e = plan.entry(id) else { return }
        guard change(.remove([id]), effects: &effects) else { return }
        plan.undo = [e]
        notice = "removed " + boothLabel(id) + " · u undoes"
    }

    /// `u` in the Plan view: puts back what `d` removed.
    mutating func undoRemove(effects: inout [Effect]) {
        guard !plan.undo.isEmpty else { return }
        let back = plan.undo
        guard change(.restore(back), effects: &effects) else { return }
        plan.undo = []
        if let id = back.first?.boothID {
            notice = "restored " + boothLabel(id)
            if let i = rows(.plan).firstIndex(where: { planItem($0)?.entry.boothID == id }) { lists[.plan]?.cursor = i }
        }
    }

    /// True when `d` can remove the selected Plan-view entry.
    var canRemoveEntry: Bool {
        view == .plan && focus == .list(.plan) && plannableBoothID.map { plan.entry($0) != nil } == true
    }

    /// Takes the plan as stored (after another process changed it, or a change failed).
    mutating func replacePlan(_ entries: [PlanEntry], readOnly: String?) {
        let keep = selectedRow(.plan).flatMap { planItem($0)?.entry.boothID }
        plan.entries = Dictionary(entries.map { ($0.boothID, $0) }, uniquingKeysWith: { a, _ in a })
        plan.readOnly = readOnly
        plan.version += 1
        refresh()
        if view == .plan, let keep, let i = rows(.plan).firstIndex(where: { planItem($0)?.entry.boothID == keep }) {
            lists[.plan]?.cursor = i
        }
    }

    /// How a line break in a note shows while the note is typed in the one-line field.
    static let lineBreakSign = "↵"

    /// "B12 Acme Ltd", or the id of a booth that is not in the catalogue.
    func boothLabel(_ id: String) -> String {
        if let e = PlanEntry(boothID: id, added: 0).eventID { return catalog.event(e)?.title ?? id }
        guard let b = catalog.boothPosition(id) else { return id }
        let code = catalog.booths[b].code.map { $0 + " " } ?? ""
        return code + catalog.exhibitorName(ofBooth: b)
    }
}
