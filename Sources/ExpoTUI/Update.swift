import ExpoModel

/// The browser's state transition: a pure function of the state and one event. It returns
/// the new state and the effects (quit, copy, open) for the run loop to carry out.
public func update(_ state: BrowserState, _ event: Event) -> (state: BrowserState, effects: [Effect]) {
    var s = state
    var effects: [Effect] = []
    switch event {
    case let .resize(size):
        s.size = size
    case let .notice(text):
        s.notice = text
    case let .plan(entries, readOnly):
        s.replacePlan(entries, readOnly: readOnly)
        // The plan's counts follow a plan changed elsewhere.
        if s.mode == .facets, var p = s.facets, p.list == .plan {
            p.recount(s.facetPanel(of: .plan))
            s.facets = p
        }
    case .tick:
        break
    case .key(.pasteStart):
        s.pasting = true
    case .key(.pasteEnd):
        s.pasting = false
    case let .key(key) where s.pasting && key != .escape && key != .ctrl("c"):
        // Pasted text goes into a field being typed in, and nowhere else: a pasted line
        // break is a space, never Enter, and outside a field a paste does nothing.
        if s.mode.isTyping, let text = s.text(of: key) { s = s.typing(text) }
    case let .key(key):
        // Esc and Ctrl-C end a paste whose end never came (they cannot be pasted).
        s.pasting = false
        s.notice = nil
        if let b = Keymap.binding(for: key, in: s) {
            s.perform(b.action, effects: &effects)
        } else if s.mode.isTyping {
            var field = s.input
            if field.handle(key) { s.edited(field) }
        }
    case let .mouse(m):
        s.handleMouse(m)
    }
    s.keepCursorsVisible()
    return (s, effects)
}

extension BrowserState {
    /// The state after typing `text` into the field being edited: a paste is one edit.
    func typing(_ text: String) -> BrowserState {
        var s = self
        var field = s.input
        field.insert(text)
        s.edited(field)
        s.keepCursorsVisible()
        return s
    }

    /// The text a key stands for in a run of typing: a character, or while a paste is coming
    /// in, a line break or tab as a space.
    func text(of key: Key) -> String? {
        switch key {
        case let .char(c): return String(c)
        case .enter, .ctrl("j"), .ctrl("m"), .tab: return pasting ? " " : nil
        default: return nil
        }
    }

    /// Takes a new value of the field being typed in, and applies it to what it edits.
    mutating func edited(_ field: TextInput) {
        let changed = field.text != input.text
        input = field
        guard changed else { return }
        switch mode {
        case .filter: setFilter(field.text, of: activeList)
        case .search: search.query = field.text; runSearch()
        case .command, .note, .time: message = nil
        default: break
        }
    }

    /// Carries out an action of the current mode's table.
    mutating func perform(_ action: Action, effects: inout [Effect]) {
        switch action {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -pageSize)
        case .pageDown: move(by: pageSize)
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .paneLeft: changePane(by: -1, wrap: false)
        case .paneRight: changePane(by: 1, wrap: false)
        case .previousPane: changePane(by: -1, wrap: true)
        case .nextPane: changePane(by: 1, wrap: true)
        case .enter: enter()
        case .back: back()
        case .details: openDetails(of: activeList)
        case .nextLink:
            current.link = (current.link + 1) % max(1, detailLinks.count)
            current.revealLink = true
        case .previousLink:
            current.link = (current.link + max(1, detailLinks.count) - 1) % max(1, detailLinks.count)
            current.revealLink = true
        case .showCatalogue: show(.catalogue)
        case .showExhibitors: show(.exhibitors)
        case .showPlan: show(.plan)
        case .showEvents: show(.events)
        case .mark: toggleMark(effects: &effects)
        case .note: startEditing(.note)
        case .cycleStatus: cycleStatus(effects: &effects)
        case .planTime: startEditing(.time)
        case .removeEntry: removeEntry(effects: &effects)
        case .undoRemove: undoRemove(effects: &effects)
        case .newline: var field = input; field.insert(BrowserState.lineBreakSign); edited(field)
        case .command: mode = .command; input = TextInput(); message = nil
        case .filter: mode = .filter; input = TextInput(list(activeList).filter)
        case .search: mode = .search; search.result = nil; input = TextInput(search.query); runSearch()
        case .sort: cycleSort()
        case .copyID, .copyName:
            if let r = selectedRecord {
                let (text, what) = action == .copyID ? (r.id, "id " + r.id) : (r.name, "name")
                effects.append(.copy(text, what: what))
            }
        case .openWebsite:
            if let url = selectedWebsite { effects.append(.openURL(url)) }
        case .help: mode = .help; helpScroll = 0
        case .quit: effects.append(.quit)
        case .accept: accept(&effects)
        case .cancel: cancel()
        case .complete: input = TextInput(CommandLine.complete(input.text))
        case .close: closeFacets()
        case .facets: openFacets()
        case .nextGroup: facets?.changeGroup(by: 1)
        case .previousGroup: facets?.changeGroup(by: -1)
        case .removeFacet: removeLastFacet()
        }
    }

    /// Enter in a typing mode.
    mutating func accept(_ effects: inout [Effect]) {
        switch mode {
        case .filter: mode = .normal
        case .search: jumpToSearchHit()
        case .note, .time: acceptPlanField(effects: &effects)
        case .facets: applyFacet()
        case .command:
            mode = .normal
            let text = input.text
            input = TextInput()
            switch CommandLine.parse(text) {
            case let .success(command): run(command, effects: &effects)
            case let .failure(error): message = error.message
            }
        default: break
        }
    }

    /// Esc in a typing mode.
    mutating func cancel() {
        switch mode {
        case .filter: mode = .normal; setFilter("", of: activeList)
        case .search: mode = .normal; search.result = nil; refresh()
        case .note, .time: mode = .normal; editingBooth = nil
        default: mode = .normal
        }
        input = TextInput()
    }

    /// Runs a `:` command.
    mutating func run(_ command: CommandLine.Command, effects: inout [Effect]) {
        switch command {
        case let .view(v): show(v)
        case .help: mode = .help; helpScroll = 0
        case .quit: effects.append(.quit)
        case .search: perform(.search, effects: &effects)
        }
    }

    /// Shows a view, where the user last left it.
    mutating func show(_ v: ViewID) {
        guard v != view else { return }
        view = v
        refresh()
    }

    /// Cycles the active list's sort order, keeping the selected row selected.
    mutating func cycleSort() {
        let id = activeList
        var l = list(id)
        l.sortIndex = (l.sortIndex + 1) % id.sortOrders.count
        lists[id] = l
        let keep = selectedRow(id)
        refresh()
        if let keep, let i = rows(id).firstIndex(of: keep), i != list(id).cursor {
            lists[id]?.cursor = i
            // The lists to the right follow the row the cursor is back on.
            refresh()
        }
    }
}
