extension BrowserState {
    /// A click selects a row and focuses its pane, or shows a view from its tab; the wheel
    /// scrolls what is under it. In the help a click closes it; in the search the wheel moves.
    mutating func handleMouse(_ m: MouseEvent) {
        switch mode {
        case .help:
            if m.kind == .press { mode = .normal } else { move(by: m.kind == .wheelUp ? -3 : 3) }
            return
        case .search:
            if m.kind != .press { move(by: m.kind == .wheelUp ? -1 : 1) }
            return
        case .facets:
            facetMouse(m)
            return
        case .command, .note, .time:
            return
        case .normal, .filter:
            break
        }
        if m.y == 0, m.kind == .press, let v = TabLine.view(at: m.x, width: size.width, active: view) {
            mode = .normal
            show(v)
            return
        }
        let layout = Layout.of(self)
        guard let (pane, rect) = layout.panes.first(where: { $0.rect.contains(m.x, m.y) }) else { return }
        switch m.kind {
        case .press:
            mode = .normal
            if pane == .details {
                if focus != .details { openDetails(of: activeList) }
                return
            }
            focus = pane
            guard case let .list(id) = pane else { return }
            // Row 0 inside the border is the header row.
            let row = m.y - rect.y - 2
            // Below the last row, a click only focuses the list.
            if row >= 0, row < rect.height - 3, list(id).scroll + row < rows(id).count { moveCursor(of: id, to: list(id).scroll + row) }
        case .wheelUp, .wheelDown:
            let delta = m.kind == .wheelUp ? -3 : 3
            if case let .list(id) = pane {
                moveCursor(of: id, to: list(id).cursor + delta)
            } else {
                current.detailsScroll = max(0, current.detailsScroll + delta)
            }
        }
    }

    /// In the facet panel: a click on a value adds it to the filter, on a tab shows that group,
    /// outside the panel closes it; the wheel moves the selection.
    mutating func facetMouse(_ m: MouseEvent) {
        let fl = FacetLayout.of(size, facets)
        guard m.kind == .press else {
            move(by: m.kind == .wheelUp ? -3 : 3)
            return
        }
        guard fl.rect.contains(m.x, m.y) else { closeFacets(); return }
        if m.y == fl.rect.y + 1, let g = fl.group(atColumn: m.x) {
            facets?.group = g
            return
        }
        let row = m.y - fl.firstValueY
        guard var panel = facets, row >= 0, row < fl.listRows, panel.scroll + row < panel.values.count else { return }
        panel.cursor = panel.scroll + row
        facets = panel
        applyFacet()
    }
}
