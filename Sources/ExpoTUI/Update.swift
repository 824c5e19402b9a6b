import ExpoModel

/// The browser's state transition: a pure function of the state and one event.
public func update(_ state: BrowserState, _ event: Event) -> BrowserState {
    var s = state
    switch event {
    case let .resize(size):
        s.size = size
    case let .key(key):
        switch s.overlay {
        case .help:
            switch Keymap.action(for: key) {
            case .moveDown?: s.helpScroll += 1
            case .moveUp?: s.helpScroll = max(0, s.helpScroll - 1)
            case .pageDown?: s.helpScroll += 10
            case .pageUp?: s.helpScroll = max(0, s.helpScroll - 10)
            case .quit? where key == .ctrl("c"): s.shouldQuit = true
            default:
                if key == .escape || key == .char("?") || key == .char("q") || key == .enter || key == .backspace { s.overlay = .none }
            }
        case .search:
            s.handleSearchKey(key)
        case .none:
            if s.editingFilter {
                s.handleFilterKey(key)
            } else if let action = Keymap.action(for: key) {
                s.perform(action)
            }
        }
    case let .mouse(m):
        s.handleMouse(m)
    }
    s.keepCursorsVisible()
    return s
}

extension BrowserState {
    /// The state after typing `text` into the filter or search being edited.
    func typing(_ text: String) -> BrowserState {
        var s = self
        if s.overlay == .search {
            s.search.query += text
            s.runSearch()
        } else if s.editingFilter {
            s.setFilter(s.list(s.focus).filter + text)
        }
        s.keepCursorsVisible()
        return s
    }

    /// Carries out a normal-mode action.
    public mutating func perform(_ action: Action) {
        switch action {
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -pageSize)
        case .pageDown: move(by: pageSize)
        case .top: move(by: -Int.max / 2)
        case .bottom: move(by: Int.max / 2)
        case .paneLeft, .previousPane: changePane(by: -1)
        case .paneRight, .nextPane: changePane(by: 1)
        case .enter:
            switch focus {
            case .expos: if selectedExpo != nil { focus = .delegations }
            case .delegations: if selectedRow(.delegations) != nil { focus = .booths }
            case .booths: if selectedBooth != nil { focus = .details; detailsScroll = 0 }
            case .details: break
            }
        case .back:
            if focus != .details, !list(focus).filter.isEmpty {
                setFilter("")
            } else if focus > .expos, let prev = Pane(rawValue: focus.rawValue - 1) {
                focus = prev
            }
        case .filter:
            if focus != .details { editingFilter = true }
        case .search:
            overlay = .search
            search.result = nil
            runSearch()
        case .sort:
            if focus != .details {
                lists[focus.rawValue].sortIndex = (lists[focus.rawValue].sortIndex + 1) % max(1, focus.sortOrders.count)
                let keep = selectedRow(focus)
                refresh()
                if let keep, let i = rows[focus.rawValue].firstIndex(of: keep) {
                    lists[focus.rawValue].cursor = i
                    // The panes to the right follow the row the cursor is back on.
                    refresh()
                }
            }
        case .help: overlay = .help; helpScroll = 0
        case .quit: shouldQuit = true
        }
    }

    var pageSize: Int { Layout.of(self).pageSize(of: focus) }

    /// Moves the focused pane's cursor (or scrolls the details).
    mutating func move(by delta: Int) {
        if focus == .details {
            detailsScroll = max(0, detailsScroll + max(-100_000, min(100_000, delta)))
            return
        }
        let i = focus.rawValue
        let n = rows[i].count
        guard n > 0 else { return }
        let old = lists[i].cursor
        let new = max(0, min(n - 1, old + max(-n, min(n, delta))))
        guard new != old else { return }
        lists[i].cursor = new
        selectionChanged(in: focus)
    }

    /// Resets what depends on a pane's selection, then recomputes the lists.
    mutating func selectionChanged(in pane: Pane) {
        for p in Pane.allCases where p > pane && p != .details {
            lists[p.rawValue].cursor = 0
            lists[p.rawValue].scroll = 0
        }
        detailsScroll = 0
        refresh()
    }

    mutating func changePane(by delta: Int) {
        let mode = Layout.mode(for: size)
        var order: [Pane] = [.expos, .delegations, .booths, .details]
        if mode != .wide && selectedBooth == nil { order.removeLast() }
        guard let at = order.firstIndex(of: focus) else { focus = .expos; return }
        let next = at + delta
        if mode == .wide {
            focus = order[(next + order.count) % order.count]
        } else if order.indices.contains(next) {
            focus = order[next]
        }
        if focus == .details { detailsScroll = 0 }
    }

    /// Sets the focused pane's filter and recomputes, keeping the cursor on the top match.
    mutating func setFilter(_ text: String) {
        let i = focus.rawValue
        guard i < 3 else { return }
        lists[i].filter = text
        lists[i].cursor = 0
        lists[i].scroll = 0
        selectionChanged(in: focus)
    }

    mutating func handleFilterKey(_ key: Key) {
        let current = list(focus).filter
        switch key {
        case .enter: editingFilter = false
        case .escape: editingFilter = false; setFilter("")
        case .backspace:
            if current.isEmpty { editingFilter = false } else { setFilter(String(current.dropLast())) }
        case .ctrl("u"): setFilter("")
        case .ctrl("c"): shouldQuit = true
        case .up: move(by: -1)
        case .down: move(by: 1)
        case .pageUp: move(by: -pageSize)
        case .pageDown: move(by: pageSize)
        case let .char(c): setFilter(current + String(c))
        default: break
        }
    }

    mutating func handleSearchKey(_ key: Key) {
        switch key {
        case .escape: overlay = .none; search.result = nil; refresh()
        case .ctrl("c"): shouldQuit = true
        case .enter: jumpToSearchHit()
        case .up: search.cursor = max(0, search.cursor - 1)
        case .down: search.cursor = max(0, min(search.hits.count - 1, search.cursor + 1))
        case .pageUp: search.cursor = max(0, search.cursor - searchPage)
        case .pageDown: search.cursor = max(0, min(search.hits.count - 1, search.cursor + searchPage))
        case .backspace:
            if !search.query.isEmpty { search.query.removeLast(); runSearch() }
        case .ctrl("u"): search.query = ""; runSearch()
        case let .char(c): search.query.append(c); runSearch()
        default: break
        }
    }

    var searchPage: Int { max(1, SearchLayout.of(size).listRows) }

    /// Runs the overlay's query over every booth, within the last result when it only grew.
    mutating func runSearch() {
        search.cursor = 0
        search.scroll = 0
        do {
            let q = try SearchQuery.parse(search.query)
            search.error = nil
            let r = index.search(q, within: search.result)
            search.result = r
            search.hits = r.booths
        } catch {
            search.error = error.message
            search.result = nil
            search.hits = BoothList()
        }
        message = search.error
    }

    /// Selects the chosen hit's expo, delegation and booth in their panes and opens its details.
    mutating func jumpToSearchHit() {
        guard search.hits.indices.contains(search.cursor) else { return }
        let bi = search.hits[search.cursor]
        let booth = catalog.booths[bi]
        lists = [ListState(), ListState(), ListState()].enumerated().map { i, fresh in
            var l = fresh
            l.sortIndex = lists[i].sortIndex
            return l
        }
        refresh()
        if let ei = rows[0].firstIndex(where: { if case let .expo(i) = $0.ref { return catalog.expos[i].id == booth.expo }; return false }) {
            lists[0].cursor = ei
        }
        refresh()
        if let d = booth.delegation, let di = rows[1].firstIndex(where: { if case let .delegation(i) = $0.ref { return catalog.delegations[i].id == d }; return false }) {
            lists[1].cursor = di
        } else {
            lists[1].cursor = 0
        }
        refresh()
        if let bj = rows[2].firstIndex(where: { $0.ref == .booth(bi) }) { lists[2].cursor = bj }
        refresh()
        overlay = .none
        editingFilter = false
        focus = .details
        detailsScroll = 0
    }

    mutating func handleMouse(_ m: MouseEvent) {
        guard overlay == .none else {
            if overlay == .help, m.kind == .press { overlay = .none }
            if overlay == .search {
                if m.kind == .wheelUp { search.cursor = max(0, search.cursor - 1) }
                if m.kind == .wheelDown { search.cursor = max(0, min(search.hits.count - 1, search.cursor + 1)) }
            }
            return
        }
        let layout = Layout.of(self)
        guard let (pane, rect) = layout.panes.first(where: { $0.rect.contains(m.x, m.y) }) else { return }
        switch m.kind {
        case .press:
            editingFilter = false
            focus = pane
            if pane != .details {
                let row = m.y - rect.y - 1
                let index = lists[pane.rawValue].scroll + row
                if row >= 0, row < rect.height - 2, rows[pane.rawValue].indices.contains(index), index != lists[pane.rawValue].cursor {
                    lists[pane.rawValue].cursor = index
                    selectionChanged(in: pane)
                }
            }
        case .wheelUp, .wheelDown:
            let delta = m.kind == .wheelUp ? -3 : 3
            let saved = focus
            focus = pane
            move(by: delta)
            focus = saved
        }
    }

    /// Adjusts scroll offsets so each cursor stays on screen.
    mutating func keepCursorsVisible() {
        let layout = Layout.of(self)
        for p in [Pane.expos, .delegations, .booths] {
            let page = layout.pageSize(of: p)
            var l = lists[p.rawValue]
            if l.cursor < l.scroll { l.scroll = l.cursor }
            if l.cursor >= l.scroll + page { l.scroll = l.cursor - page + 1 }
            l.scroll = max(0, min(l.scroll, max(0, rows[p.rawValue].count - page)))
            lists[p.rawValue] = l
        }
        // Overlays and details never scroll past their last line.
        helpScroll = max(0, min(helpScroll, HelpOverlay.layout(size: size).maxScroll))
        if let rect = layout.rect(of: .details) {
            cacheDetails(width: max(1, rect.width - 4))
            detailsScroll = max(0, min(detailsScroll, detailsCache.lines.count - (rect.height - 2)))
        }
        let sp = SearchLayout.of(size).listRows
        if search.cursor < search.scroll { search.scroll = search.cursor }
        if search.cursor >= search.scroll + sp { search.scroll = search.cursor - sp + 1 }
    }
}
