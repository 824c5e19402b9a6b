import ExpoModel

/// Draws the whole screen for a state. Pure: the same state and size give the same screen.
public func render(_ state: BrowserState, size: Size? = nil) -> Screen {
    var s = state
    if let size { s.size = size }
    var renderer = Renderer(state: s)
    return renderer.draw()
}

struct Renderer {
    let state: BrowserState
    var screen: Screen

    init(state: BrowserState) {
        self.state = state
        self.screen = Screen(size: state.size)
    }

    static let focusBorder = Style(color: .accent, bold: true)
    static let border = Style(color: .muted)
    static let title = Style(bold: true)

    mutating func draw() -> Screen {
        let size = state.size
        guard size.width > 0, size.height > 0 else { return screen }
        let layout = Layout.of(state)
        if layout.mode == .tooSmall {
            let lines = ["Terminal too small", "(needs \(Layout.minimum.width)×\(Layout.minimum.height))"]
            for (i, l) in lines.enumerated() {
                let x = max(0, (size.width - TextWidth.of(l)) / 2)
                screen.put(l, x: x, y: size.height / 2 - 1 + i, style: i == 0 ? Style(bold: true) : .plain)
            }
            return screen
        }
        drawHeader()
        for (pane, rect) in layout.panes {
            switch pane {
            case .details: drawDetails(rect)
            case let .list(id): drawList(id, rect)
            }
        }
        drawStatus()
        switch state.mode {
        case .help: drawHelp()
        case .search: drawSearch()
        case .facets: drawFacets()
        default: break
        }
        return screen
    }

    // MARK: Lists

    mutating func drawList(_ id: ListID, _ rect: Rect) {
        let focused = state.focus == .list(id)
        let l = state.list(id)
        var title = id.title + " " + state.count(of: id)
        if !l.filter.isEmpty { title += " /" + l.filter }
        if id == .plan, !state.plan.entries.isEmpty { title += " · " + state.schedule.summary }
        if id == .events { title += " · " + state.eventScope.label }
        screen.box(rect, title: title, style: focused ? Self.focusBorder : Self.border, titleStyle: focused ? Self.focusBorder : Self.title)
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard inner.width > 0, inner.height > 0 else { return }
        let rows = state.rows(id)
        if rows.isEmpty {
            screen.put(TextWidth.truncate(state.emptyText(of: id), to: inner.width - 1), x: inner.x + 1, y: inner.y, style: Style(color: .muted, dim: true))
            return
        }
        let visible = rows[min(l.scroll, rows.count)..<min(rows.count, l.scroll + inner.height - 1)]
        // The booth and exhibitor lists' rows carry no highlights (a million rows are not matched
        // up front): the visible ones are matched here, once per frame.
        let query = (id == .booths || id == .exhibitors) && !l.filter.isEmpty ? try? SearchQuery.parse(l.filter) : nil
        let catalog = state.catalog
        let s = state
        let table = TableView(columns: state.columns(of: id), rows: visible,
                              selected: l.cursor >= l.scroll ? l.cursor - l.scroll : nil, focused: focused,
                              highlights: { row in
                                  if let q = query, case let .booth(i) = row.ref {
                                      return Set(q.match(BoothSearch.record(catalog.booths[i], in: catalog))?.namePositions ?? [])
                                  }
                                  if let q = query, case .exhibitor = row.ref { return Set(q.match(s.searchRecord(row.ref))?.namePositions ?? []) }
                                  return Set(row.highlights)
                              })
        table.draw(on: &screen, in: inner)
    }

    // MARK: Details

    mutating func drawDetails(_ rect: Rect) {
        let focused = state.focus == .details
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        let lines = state.detailLines(width: Layout.detailsTextWidth(rect))
        let maxScroll = max(0, lines.count - inner.height)
        let scroll = min(state.current.detailsScroll, maxScroll)
        var title = "Details"
        if maxScroll > 0 { title += " \(scroll + 1)–\(min(lines.count, scroll + inner.height))/\(lines.count)" }
        screen.box(rect, title: title, style: focused ? Self.focusBorder : Self.border, titleStyle: focused ? Self.focusBorder : Self.title)
        guard inner.width > 0, inner.height > 0 else { return }
        for (i, line) in lines.dropFirst(scroll).prefix(inner.height).enumerated() {
            var style = line.style
            if focused, let link = line.link, link == state.current.link { style.reverse = true }
            screen.put(line.text, x: inner.x + 1, y: inner.y + i, style: style, maxWidth: inner.width - 1)
        }
    }
}
