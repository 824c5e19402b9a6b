import ExpoModel

extension Renderer {
    /// The help overlay, generated from the binding tables.
    mutating func drawHelp() {
        let h = HelpOverlay.layout(size: state.size)
        let r = h.rect
        let scroll = min(state.helpScroll, h.maxScroll)
        screen.fill(r)
        let shown = min(h.rowsNeeded, scroll + r.height - 2)
        screen.box(r, title: h.maxScroll > 0 ? "Keys \(scroll + 1)–\(shown)/\(h.rowsNeeded)" : "Keys", style: Self.focusBorder,
                   titleStyle: Self.focusBorder, footer: h.maxScroll > 0 ? "j/k g/G scroll · Esc closes" : "Esc or ? closes")
        for (ci, col) in h.columns.enumerated() {
            let x = r.x + 2 + ci * h.columnWidth
            for (i, l) in col.dropFirst(scroll).prefix(r.height - 2).enumerated() {
                screen.put(l.0, x: x, y: r.y + 1 + i, style: l.1, maxWidth: r.x + r.width - 1 - x)
            }
        }
    }

    /// The search overlay: the query field, then the results as a table.
    mutating func drawSearch() {
        let sl = SearchLayout.of(state.size)
        let r = sl.rect
        screen.fill(r)
        screen.box(r, title: "Search exhibitors", style: Self.focusBorder, titleStyle: Self.focusBorder,
                   footer: Hints.line(for: state, width: max(0, r.width - 6)))
        let inner = r.width - 2
        let count = "\(Format.grouped(state.search.hits.count))/\(Format.grouped(state.catalog.booths.count))"
        let fieldWidth = max(1, inner - TextWidth.of(count) - 5)
        let (text, cursor) = state.input.visible(width: fieldWidth)
        screen.put("> ", x: r.x + 2, y: r.y + 1, style: Style(bold: true))
        screen.put(text, x: r.x + 4, y: r.y + 1, style: Style(bold: true), maxWidth: fieldWidth)
        let cx = r.x + 4 + cursor
        if cx < r.x + r.width - 1 { screen[cx, r.y + 1] = Cell(screen[cx, r.y + 1].isContinuation ? " " : screen[cx, r.y + 1].text, style: Style(reverse: true)) }
        screen.put(count, x: r.x + r.width - 2 - TextWidth.of(count), y: r.y + 1, style: Style(color: .muted))
        if let e = state.search.error {
            for (i, l) in TextWidth.wrap(e, to: max(1, inner - 2)).prefix(max(1, r.height - 4)).enumerated() {
                screen.put(l, x: r.x + 2, y: r.y + 2 + i, style: Style(color: .warning, bold: true), maxWidth: inner - 2)
            }
            return
        }
        if state.search.hits.isEmpty {
            screen.put(state.catalog.booths.isEmpty ? "This catalogue lists no booths." : "No booth matches.", x: r.x + 2, y: r.y + 2,
                       style: Style(color: .muted, dim: true), maxWidth: inner - 2)
            return
        }
        let c = state.catalog
        let first = min(state.search.scroll, state.search.hits.count)
        let hits = state.search.hits[first..<min(state.search.hits.count, first + sl.listRows)]
        let rows = hits.map { Row(ref: .booth($0), name: c.exhibitorName(ofBooth: $0), highlights: []) }
        let query = try? SearchQuery.parse(state.search.query)
        let table = TableView(columns: Self.searchColumns(c, state.plan), rows: ArraySlice(rows),
                              selected: state.search.cursor - first, focused: true,
                              highlights: { row in
                                  guard let q = query, case let .booth(i) = row.ref else { return [] }
                                  return Set(q.match(BoothSearch.record(c.booths[i], in: c))?.namePositions ?? [])
                              })
        table.draw(on: &screen, in: Rect(x: r.x + 1, y: r.y + 2, width: inner, height: r.height - 3))
    }

    /// The search's columns: exhibitor, expo, delegation, booth code, area.
    static func searchColumns(_ c: Catalog, _ plan: PlanState) -> [Column] {
        func booth(_ row: Row) -> Booth? { Column.booth(row, c) }
        return Column.planMarks(c, plan) + [
            Column(header: "Exhibitor", value: { $0.name }, flexible: true, minWidth: 8, isName: true),
            Column(header: "Expo", value: { row in
                guard let b = booth(row) else { return "" }
                let e = c.expo(b.expo)
                return (e?.name ?? b.expo) + (e?.year.map { " (\($0))" } ?? "")
            }, flexible: true, priority: 2, minWidth: 8),
            Column(header: "Delegation", value: { booth($0)?.delegation.flatMap { c.delegation($0) }?.name ?? "—" }, flexible: true, priority: 0, minWidth: 8),
            .boothCode(c, header: "Booth"),
            .boothArea(c, priority: 1),
        ]
    }
}
