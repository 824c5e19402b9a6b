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
    /// The booth pane's filter, parsed once per frame for highlighting the visible rows.
    let boothFilter: SearchQuery?
    /// The widest area among the booth pane's visible rows.
    let boothAreaWidth: Int

    init(state: BrowserState) {
        self.state = state
        self.screen = Screen(size: state.size)
        let f = state.list(.booths).filter
        self.boothFilter = f.isEmpty ? nil : try? SearchQuery.parse(f)
        let l = state.list(.booths)
        let visible = state.rows[2].dropFirst(l.scroll).prefix(max(0, state.size.height))
        self.boothAreaWidth = visible.reduce(1) { w, row in
            guard case let .booth(i) = row.ref else { return w }
            return max(w, TextWidth.of(state.catalog.booths[i].areaSqm.map { Format.number($0) } ?? "—"))
        }
    }

    static let focusBorder = Style(color: .accent, bold: true)
    static let border = Style(color: .muted)
    static let title = Style(bold: true)
    static let match = Style(color: .match, underline: true)

    mutating func draw() -> Screen {
        let size = state.size
        guard size.width > 0, size.height > 0 else { return screen }
        let layout = Layout.of(state)
        if layout.mode == .tooSmall {
            let lines = ["Terminal too small", "(needs \(Layout.minimum.width)×\(Layout.minimum.height))"]
            for (i, l) in lines.enumerated() {
                let y = size.height / 2 - 1 + i
                let x = max(0, (size.width - TextWidth.of(l)) / 2)
                screen.put(l, x: x, y: y, style: i == 0 ? Style(bold: true) : .plain)
            }
            return screen
        }
        drawHeader()
        for (pane, rect) in layout.panes {
            if pane == .details { drawDetails(rect) } else { drawList(pane, rect) }
        }
        drawStatus(layout)
        switch state.overlay {
        case .help: drawHelp()
        case .search: drawSearch()
        case .none: break
        }
        return screen
    }

    // MARK: Header

    func breadcrumb() -> [String] {
        var parts: [String] = []
        if let e = state.selectedExpo { parts.append(e.name) } else { return parts }
        if state.focus >= .delegations || Layout.mode(for: state.size) == .wide {
            if let row = state.selectedRow(.delegations), state.focus >= .delegations { parts.append(row.name) }
        }
        if state.focus >= .booths, let b = state.selectedBooth {
            parts.append(state.catalog.exhibitor(b.exhibitor)?.name ?? b.exhibitor)
        }
        return parts
    }

    mutating func drawHeader() {
        let w = state.size.width
        screen.fill(Rect(x: 0, y: 0, width: w, height: 1), style: Style(color: .header))
        var left = " Pavilion · " + SafeText.visible(state.catalog.title)
        if state.catalog.synthetic && !state.catalog.title.lowercased().contains("synthetic") { left += " · synthetic" }
        let crumb = breadcrumb().map(SafeText.visible).joined(separator: " › ")
        let crumbWidth = min(TextWidth.of(crumb), max(0, w - 2) * 2 / 3)
        let leftWidth = max(0, w - crumbWidth - 3)
        screen.put(TextWidth.truncate(left, to: leftWidth), x: 0, y: 0, style: Style(color: .header, bold: true))
        if crumbWidth > 0 {
            let c = TextWidth.truncate(crumb, to: crumbWidth)
            screen.put(c, x: w - TextWidth.of(c) - 1, y: 0, style: Style(color: .header))
        }
    }

    // MARK: Lists

    /// `visible/total`; the delegation pane's "All booths" row is not a delegation and is not counted.
    func count(_ pane: Pane) -> String {
        let extra = pane == .delegations && state.rows[1].first?.ref == .allBooths ? 1 : 0
        return "\(Format.grouped(state.rows[pane.rawValue].count - extra))/\(Format.grouped(max(0, state.totals[pane.rawValue] - extra)))"
    }

    mutating func drawList(_ pane: Pane, _ rect: Rect) {
        let focused = state.focus == pane
        let l = state.list(pane)
        var title = pane.title + " " + count(pane)
        if !l.filter.isEmpty { title += " /" + l.filter }
        screen.box(rect, title: title, style: focused ? Self.focusBorder : Self.border, titleStyle: focused ? Self.focusBorder : Self.title)
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        guard inner.width > 0, inner.height > 0 else { return }
        let rows = state.rows[pane.rawValue]
        if rows.isEmpty {
            let msg: String
            switch pane {
            case .expos: msg = state.totals[0] == 0 ? "No expos" : "No match"
            case .delegations: msg = "No expo selected"
            default: msg = state.selectedExpo == nil ? "No expo selected" : (state.totals[2] == 0 ? "No booths listed" : "No match")
            }
            screen.put(TextWidth.truncate(msg, to: inner.width - 1), x: inner.x + 1, y: inner.y, style: Style(color: .muted, dim: true))
            return
        }
        for line in 0..<inner.height {
            let i = l.scroll + line
            guard rows.indices.contains(i) else { break }
            drawRow(rows[i], pane: pane, selected: i == l.cursor, focused: focused, x: inner.x, y: inner.y + line, width: inner.width)
        }
    }

    mutating func drawRow(_ row: Row, pane: Pane, selected: Bool, focused: Bool, x: Int, y: Int, width: Int) {
        var base = Style()
        if selected && focused { base.reverse = true } else if selected { base.bold = true }
        screen.fill(Rect(x: x, y: y, width: width, height: 1), style: base)
        screen.put(selected ? "▸" : " ", x: x, y: y, style: base)
        var hl = Self.match
        hl.reverse = base.reverse
        hl.bold = base.bold
        let c = state.catalog
        var highlights = Set(row.highlights)
        if case let .booth(i) = row.ref, let q = boothFilter {
            highlights = Set(q.match(BoothSearch.record(c.booths[i], in: c))?.namePositions ?? [])
        }
        var left = x + 2
        var right = x + width - 1 // exclusive end for text
        switch row.ref {
        case let .expo(i):
            let e = c.expos[i]
            let year = e.year ?? "—"
            screen.put(TextWidth.pad(year, to: 4), x: left, y: y, style: base)
            left += 6
        case .allBooths:
            let n = state.selectedExpo.map { c.boothCount(ofExpo: $0.id) } ?? 0
            let t = Format.grouped(n)
            right -= TextWidth.of(t) + 1
            screen.put(t, x: right + 1, y: y, style: base)
        case let .delegation(i):
            let t = Format.grouped(c.boothCount(ofDelegation: c.delegations[i].id))
            right -= TextWidth.of(t) + 1
            screen.put(t, x: right + 1, y: y, style: base)
        case let .booth(i):
            let b = c.booths[i]
            let codeWidth = width >= 24 ? 6 : 0
            if codeWidth > 0 {
                screen.put(TextWidth.pad(b.code ?? "—", to: codeWidth), x: left, y: y, style: base)
                left += codeWidth + 1
            }
            // One width for the pane's visible areas, so names are cut at the same column.
            let area = b.areaSqm.map { Format.number($0) } ?? "—"
            let w = max(TextWidth.of(area), boothAreaWidth)
            right -= w + 1
            screen.put(TextWidth.pad(area, to: w, alignRight: true), x: right + 1, y: y, style: base)
        }
        let avail = max(0, right - left)
        let name = TextWidth.truncate(SafeText.visible(row.name), to: avail)
        screen.put(name, x: left, y: y, style: row.ref == .allBooths ? { var s = base; s.bold = true; return s }() : base,
                   maxWidth: avail, highlights: highlights, highlightStyle: hl)
    }

    // MARK: Details

    mutating func drawDetails(_ rect: Rect) {
        let focused = state.focus == .details
        let inner = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
        let lines = state.detailLines(width: max(1, inner.width - 2))
        let maxScroll = max(0, lines.count - inner.height)
        let scroll = min(state.detailsScroll, maxScroll)
        var title = "Details"
        if maxScroll > 0 { title += " \(scroll + 1)–\(min(lines.count, scroll + inner.height))/\(lines.count)" }
        screen.box(rect, title: title, style: focused ? Self.focusBorder : Self.border, titleStyle: focused ? Self.focusBorder : Self.title)
        guard inner.width > 0, inner.height > 0 else { return }
        for i in 0..<inner.height {
            let li = scroll + i
            guard lines.indices.contains(li) else { break }
            screen.put(lines[li].0, x: inner.x + 1, y: inner.y + i, style: lines[li].1, maxWidth: inner.width - 1)
        }
    }

    // MARK: Status

    mutating func drawStatus(_ layout: Layout) {
        let y = state.size.height - 1
        let w = state.size.width
        screen.fill(Rect(x: 0, y: y, width: w, height: 1))
        var left: String
        var keys: String
        let pane = state.focus
        if state.overlay == .search {
            left = " Search \(Format.grouped(state.search.hits.count))/\(Format.grouped(state.catalog.booths.count))"
            keys = "Enter go to booth  ↑↓ move  Esc close"
        } else if state.editingFilter {
            keys = "Enter keep  Esc clear"
            // A long filter is cut from the left, so the end being typed and the count stay in view.
            let tail = "▏  " + count(pane)
            // A message (a query error) takes room from the filter, which keeps at least 8 columns.
            let messageWidth = state.message.map { TextWidth.of(SafeText.visible($0)) + 3 } ?? 0
            let room = max(8, w - TextWidth.of(keys) - TextWidth.of(tail) - 6 - messageWidth)
            var filter = state.list(pane).filter
            if TextWidth.of(filter) > room {
                var cut = ""
                var width = 1
                for ch in filter.reversed() {
                    width += TextWidth.of(ch)
                    if width > room { break }
                    cut.insert(ch, at: cut.startIndex)
                }
                filter = "…" + cut
            }
            left = " /" + filter + tail
        } else {
            if pane == .details {
                left = " Details"
            } else {
                left = " \(pane.title) \(count(pane))"
                if !state.list(pane).filter.isEmpty { left += " · filter /" + state.list(pane).filter }
            }
            if let e = state.selectedExpo, let note = state.catalog.coverageNote(ofExpo: e.id), pane != .expos {
                left += " · " + note
            }
            if pane != .details { left += " · sort: " + state.sortOrder(pane).rawValue }
            keys = "/ filter  s search  o sort  ? help  q quit"
            if layout.mode == .narrow { keys = "h/l panes  " + keys }
        }
        if let m = state.message { left += " · " + m }
        left = SafeText.visible(left)
        let keysWidth = TextWidth.of(keys)
        let leftWidth = TextWidth.of(left)
        let short = "? help  q quit"
        if leftWidth + keysWidth + 4 <= w {
            screen.put(left, x: 0, y: y, style: Style(bold: true))
            screen.put(keys, x: w - keysWidth - 1, y: y, style: Style(color: .muted))
        } else if state.overlay == .none, !state.editingFilter, leftWidth + TextWidth.of(short) + 4 <= w {
            screen.put(left, x: 0, y: y, style: Style(bold: true))
            screen.put(short, x: w - TextWidth.of(short) - 1, y: y, style: Style(color: .muted))
        } else {
            screen.put(TextWidth.truncate(SafeText.visible(left), to: w), x: 0, y: y, style: Style(bold: true))
        }
    }

    // MARK: Overlays

    /// The help overlay, generated from `Keymap.bindings`.
    mutating func drawHelp() {
        let h = HelpOverlay.layout(size: state.size)
        let r = h.rect
        let scroll = min(state.helpScroll, h.maxScroll)
        screen.fill(r)
        screen.box(r, title: h.maxScroll > 0 ? "Keys \(scroll + 1)–\(scroll + r.height - 2)/\(h.rowsNeeded)" : "Keys", style: Self.focusBorder,
                   titleStyle: Self.focusBorder, footer: h.maxScroll > 0 ? "j/k scroll · Esc closes" : "Esc or ? closes")
        for (ci, col) in h.columns.enumerated() {
            let x = r.x + 2 + ci * h.columnWidth
            for (i, l) in col.dropFirst(scroll).prefix(r.height - 2).enumerated() {
                screen.put(l.0, x: x, y: r.y + 1 + i, style: l.1, maxWidth: r.x + r.width - 1 - x)
            }
        }
    }

    mutating func drawSearch() {
        let sl = SearchLayout.of(state.size)
        let r = sl.rect
        screen.fill(r)
        screen.box(r, title: "Search exhibitors", style: Self.focusBorder, titleStyle: Self.focusBorder,
                   footer: "Enter go to booth · ↑↓ move · Esc close")
        let inner = r.width - 2
        let count = "\(Format.grouped(state.search.hits.count))/\(Format.grouped(state.catalog.booths.count))"
        screen.put("> " + state.search.query + "▏", x: r.x + 2, y: r.y + 1, style: Style(bold: true), maxWidth: inner - TextWidth.of(count) - 3)
        screen.put(count, x: r.x + r.width - 2 - TextWidth.of(count), y: r.y + 1, style: Style(color: .muted))
        if let e = state.search.error {
            for (i, l) in TextWidth.wrap(e, to: max(1, inner - 2)).prefix(max(1, r.height - 4)).enumerated() {
                screen.put(l, x: r.x + 2, y: r.y + 2 + i, style: Style(color: .warning, bold: true), maxWidth: inner - 2)
            }
            return
        }
        if state.search.hits.isEmpty {
            screen.put(state.catalog.booths.isEmpty ? "This catalogue lists no booths." : "No booth matches.", x: r.x + 2, y: r.y + 2, style: Style(color: .muted, dim: true), maxWidth: inner - 2)
            return
        }
        let c = state.catalog
        let searchQuery = try? SearchQuery.parse(state.search.query)
        // Columns: exhibitor | expo | delegation | booth | area
        let w = inner - 3
        let areaW = 8, codeW = 7
        let rest = max(0, w - areaW - codeW - 3)
        let nameW = rest * 36 / 100, expoW = rest * 36 / 100
        let delW = max(0, rest - nameW - expoW - 2)
        for line in 0..<sl.listRows {
            let i = state.search.scroll + line
            guard state.search.hits.indices.contains(i) else { break }
            let bi = state.search.hits[i]
            let b = c.booths[bi]
            let y = r.y + 2 + line
            let selected = i == state.search.cursor
            let base = Style(reverse: selected)
            screen.fill(Rect(x: r.x + 1, y: y, width: inner, height: 1), style: base)
            screen.put(selected ? "▸" : " ", x: r.x + 1, y: y, style: base)
            var x = r.x + 3
            let name = c.exhibitor(b.exhibitor)?.name ?? b.exhibitor
            var hl = Self.match
            hl.reverse = selected
            let positions = searchQuery.flatMap { $0.match(BoothSearch.record(b, in: c))?.namePositions } ?? []
            screen.put(TextWidth.truncate(SafeText.visible(name), to: nameW), x: x, y: y, style: base, maxWidth: nameW, highlights: Set(positions), highlightStyle: hl)
            x += nameW + 1
            let e = c.expo(b.expo)
            let expoText = (e?.name ?? b.expo) + (e?.year.map { " (\($0))" } ?? "")
            screen.put(TextWidth.truncate(SafeText.visible(expoText), to: expoW), x: x, y: y, style: base, maxWidth: expoW)
            x += expoW + 1
            let d = b.delegation.flatMap { c.delegation($0) }?.name ?? "—"
            screen.put(TextWidth.truncate(SafeText.visible(d), to: delW), x: x, y: y, style: base, maxWidth: delW)
            x += delW + 1
            screen.put(TextWidth.pad(b.code ?? "—", to: codeW), x: x, y: y, style: base, maxWidth: codeW)
            x += codeW + 1
            screen.put(TextWidth.pad(Format.area(b.areaSqm), to: areaW, alignRight: true), x: x, y: y, style: base, maxWidth: areaW)
        }
    }
}
