import ExpoModel

extension BrowserState {
    /// The panes of the shown view in Tab order: its lists, then the details.
    var paneOrder: [PaneID] { view.chain.map { PaneID.list($0) } + [.details] }

    /// Rows of list content the focused pane shows, for PgUp and PgDn.
    var pageSize: Int {
        switch mode {
        case .help: return max(1, HelpOverlay.layout(size: size).rect.height - 2)
        case .search: return max(1, SearchLayout.of(size).listRows)
        case .facets: return max(1, FacetLayout.of(size, facets).listRows)
        default: return Layout.of(self).pageSize(of: focus)
        }
    }

    /// Moves the cursor of what has the keyboard: the help, the search's results, the focused
    /// list, or the details' scroll.
    mutating func move(by delta: Int) {
        let step = max(-1_000_000_000, min(1_000_000_000, delta))
        switch mode {
        case .help:
            helpScroll = max(0, min(helpScroll + step, HelpOverlay.layout(size: size).maxScroll))
        case .search:
            search.cursor = max(0, min(search.hits.count - 1, search.cursor + step))
        case .facets:
            if var p = facets {
                p.cursor += step
                facets = p
            }
        default:
            guard case let .list(id) = focus else {
                current.detailsScroll = max(0, current.detailsScroll + step)
                return
            }
            moveCursor(of: id, to: list(id).cursor + step)
        }
    }

    /// Puts a list's cursor on a row (clamped), and refreshes the lists to its right.
    mutating func moveCursor(of id: ListID, to position: Int) {
        let n = rows(id).count
        guard n > 0 else { return }
        let new = max(0, min(n - 1, position))
        guard new != list(id).cursor else { return }
        lists[id]?.cursor = new
        selectionChanged(in: id)
    }

    /// Resets the lists to the right of one whose selection changed, then recomputes them.
    mutating func selectionChanged(in id: ListID) {
        if let at = view.chain.firstIndex(of: id) {
            for later in view.chain.dropFirst(at + 1) {
                lists[later]?.cursor = 0
                lists[later]?.scroll = 0
            }
        }
        refresh()
    }

    /// True when ← (-1) or → (+1) has a pane to go to.
    func canMove(by delta: Int) -> Bool {
        var s = self
        s.changePane(by: delta, wrap: false)
        return s.focus != focus
    }

    /// Moves the focus along the panes; Tab and Shift-Tab wrap, at every width.
    mutating func changePane(by delta: Int, wrap: Bool) {
        let order = paneOrder
        if focus == .details, delta < 0, !wrap {
            // ← from the details returns to the list they show.
            focus = .list(activeList)
            return
        }
        guard let at = order.firstIndex(of: focus) else { return }
        var next = at + delta
        if wrap { next = (next + order.count) % order.count }
        guard order.indices.contains(next), next != at else { return }
        if order[next] == .details {
            let source = activeList
            guard detailsTarget(for: source) != .nothing else {
                if wrap { focus = order[(next + delta + order.count) % order.count] }
                return
            }
            current.detailsSource = source
        }
        focus = order[next]
    }

    /// True when Enter does something here.
    var canEnter: Bool {
        switch focus {
        case .details: return !detailLinks.isEmpty
        case let .list(id): return selectedRow(id) != nil
        }
    }

    /// Enter: the next list, the details after the last list, a booth of an exhibitor in the
    /// Catalogue view, or the selected link of the details.
    mutating func enter() {
        switch focus {
        case .details:
            let links = detailLinks
            guard links.indices.contains(current.link) else { return }
            jump(toBooth: links[current.link])
        case let .list(id):
            guard let row = selectedRow(id) else { return }
            if id == .exhibitorBooths, case let .booth(b) = row.ref { jump(toBooth: b); return }
            let chain = view.chain
            if let at = chain.firstIndex(of: id), at + 1 < chain.count {
                focus = .list(chain[at + 1])
            } else {
                openDetails(of: id)
            }
        }
    }

    /// True when Esc or Backspace does something here.
    var canGoBack: Bool {
        switch focus {
        case .details: return true
        case let .list(id): return !list(id).filter.isEmpty || view.chain.first != id
        }
    }

    /// Esc: clears the focused list's filter, or closes the details where they were opened, or
    /// goes to the list to the left.
    mutating func back() {
        switch focus {
        case .details:
            focus = .list(activeList)
        case let .list(id):
            if !list(id).filter.isEmpty {
                setFilter("", of: id)
            } else if let at = view.chain.firstIndex(of: id), at > 0 {
                focus = .list(view.chain[at - 1])
            }
        }
    }

    /// Shows the details of a list's selected row, beside the lists or in their place.
    mutating func openDetails(of id: ListID) {
        guard detailsTarget(for: id) != .nothing else { return }
        current.detailsSource = id
        focus = .details
    }

    /// Sets a list's filter and recomputes, with the cursor on the top match.
    mutating func setFilter(_ text: String, of id: ListID) {
        lists[id]?.filter = text
        lists[id]?.cursor = 0
        lists[id]?.scroll = 0
        selectionChanged(in: id)
    }

    /// Selects a booth's expo, delegation and booth in the Catalogue view, and focuses it there.
    mutating func jump(toBooth bi: Int) {
        let booth = catalog.booths[bi]
        mode = .normal
        view = .catalogue
        for id in ListID.allCases where view.chain.contains(id) {
            var fresh = ListState()
            fresh.sortIndex = list(id).sortIndex
            lists[id] = fresh
        }
        refresh()
        if let at = rows(.expos).firstIndex(where: { if case let .expo(i) = $0.ref { return catalog.expos[i].id == booth.expo }; return false }) {
            lists[.expos]?.cursor = at
        }
        refresh()
        let d = booth.delegation.flatMap { id in
            rows(.delegations).firstIndex { if case let .delegation(i) = $0.ref { return catalog.delegations[i].id == id }; return false }
        }
        lists[.delegations]?.cursor = d ?? 0
        refresh()
        if let at = rows(.booths).firstIndex(where: { $0.ref == .booth(bi) }) { lists[.booths]?.cursor = at }
        refresh()
        focus = .list(.booths)
    }

    /// Adjusts scroll offsets so each cursor stays on screen, and wraps the details once.
    mutating func keepCursorsVisible() {
        let layout = Layout.of(self)
        for id in view.chain {
            let page = layout.pageSize(of: .list(id))
            var l = list(id)
            if l.cursor < l.scroll { l.scroll = l.cursor }
            if l.cursor >= l.scroll + page { l.scroll = l.cursor - page + 1 }
            l.scroll = max(0, min(l.scroll, max(0, rows(id).count - page)))
            lists[id] = l
        }
        if mode == .facets, var p = facets {
            p.keepCursorVisible(rows: FacetLayout.of(size, p).listRows)
            facets = p
        }
        if mode == .help { helpScroll = max(0, min(helpScroll, HelpOverlay.layout(size: size).maxScroll)) }
        let target = shownDetailsTarget
        if current.shownTarget != target {
            current.shownTarget = target
            current.detailsScroll = 0
            current.link = 0
        }
        if let rect = layout.rect(of: .details) {
            cacheDetails(width: Layout.detailsTextWidth(rect))
            let page = rect.height - 2
            if current.revealLink {
                // The chosen link's lines come into view, as a list's cursor does.
                let lines = detailsCache.lines.indices.filter { detailsCache.lines[$0].link == current.link }
                if let first = lines.first, let last = lines.last {
                    if last >= current.detailsScroll + page { current.detailsScroll = last - page + 1 }
                    if first < current.detailsScroll { current.detailsScroll = first }
                }
            }
            current.detailsScroll = max(0, min(current.detailsScroll, detailsCache.lines.count - page))
        }
        current.revealLink = false
        let sp = SearchLayout.of(size).listRows
        if search.cursor < search.scroll { search.scroll = search.cursor }
        if search.cursor >= search.scroll + sp { search.scroll = search.cursor - sp + 1 }
    }
}

extension BrowserState {
    /// Runs the search overlay's query over every booth, within the last result when it only grew.
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

    /// Goes to the selected search hit's booth in the Catalogue view and shows its details.
    mutating func jumpToSearchHit() {
        guard search.hits.indices.contains(search.cursor) else { return }
        let bi = search.hits[search.cursor]
        jump(toBooth: bi)
        openDetails(of: .booths)
    }
}
