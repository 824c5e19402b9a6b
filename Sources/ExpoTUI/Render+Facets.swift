import ExpoModel

extension Renderer {
    /// The facet panel: the group tabs, then the shown group's values as a table of value,
    /// count and share of the counted rows; the hints in its bottom border.
    mutating func drawFacets() {
        guard let panel = state.facets else { return }
        let fl = FacetLayout.of(state.size, panel)
        let r = fl.rect
        guard r.width > 4, r.height > 3 else { return }
        screen.fill(r)
        var title = "Facets · \(panel.list.title) \(state.count(of: panel.list))"
        let filter = state.list(panel.list).filter
        if !filter.isEmpty { title += " /" + filter }
        screen.box(r, title: title, style: Self.focusBorder, titleStyle: Self.focusBorder,
                   footer: Hints.line(for: state, width: max(0, r.width - 6)))
        let inner = r.width - 2
        if panel.groups.isEmpty {
            screen.put("Nothing to count: no country, sector or hall among these \(panel.noun).", x: r.x + 2, y: r.y + 1,
                       style: Style(color: .muted, dim: true), maxWidth: inner - 2)
            return
        }
        if let first = fl.tabs.first, first.group > 0 { screen.put("‹", x: r.x + 1, y: r.y + 1, style: Style(color: .muted)) }
        for tab in fl.tabs {
            let style = tab.group == panel.group ? Style(bold: true, reverse: true) : Style(color: .muted)
            screen.put(tab.text, x: tab.x, y: r.y + 1, style: style, maxWidth: r.x + r.width - 1 - tab.x)
        }
        if let last = fl.tabs.last, last.group < panel.groups.count - 1 { screen.put("›", x: r.x + r.width - 2, y: r.y + 1, style: Style(color: .muted)) }
        let values = panel.values
        let first = min(panel.scroll, values.count)
        let shown = values[first..<min(values.count, first + fl.listRows)]
        let rows = shown.indices.map { Row(ref: .unlisted($0), name: values[$0].value, highlights: []) }
        let total = max(1, panel.counted)
        // A row's `unlisted` number is the value's position in the group.
        func value(_ row: Row) -> Facet.Count? {
            if case let .unlisted(i) = row.ref, values.indices.contains(i) { return values[i] }
            return nil
        }
        let noun = panel.noun.prefix(1).uppercased() + panel.noun.dropFirst()
        let columns = [
            Column(header: panel.groups[panel.group].title, value: { $0.name }, flexible: true, minWidth: 8, isName: true),
            Column(header: noun, value: { value($0).map { Format.grouped($0.count) } ?? "" }, alignRight: true, priority: 2),
            Column(header: "Share", value: { value($0).map { Self.share($0.count, of: total) } ?? "" }, alignRight: true, priority: 1),
        ]
        let table = TableView(columns: columns, rows: ArraySlice(rows), selected: panel.cursor - first, focused: true, highlights: { _ in [] })
        table.draw(on: &screen, in: Rect(x: r.x + 1, y: r.y + 2, width: inner, height: r.height - 3))
        // Where the cursor is in a long group, right of the tabs when there is room.
        let pos = "\(panel.cursor + 1)/\(values.count)"
        let end = fl.tabs.last.map { $0.x + TextWidth.of($0.text) } ?? r.x + 2
        if values.count > fl.listRows, fl.tabs.last?.group == panel.groups.count - 1, end + 1 + TextWidth.of(pos) <= r.x + r.width - 2 {
            screen.put(pos, x: r.x + r.width - 2 - TextWidth.of(pos), y: r.y + 1, style: Style(color: .muted))
        }
    }

    /// The share in whole per cent, rounded: `58 %`; `<1 %` above nothing, `>99 %` below all.
    static func share(_ count: Int, of total: Int) -> String {
        let p = (count * 200 + max(1, total)) / (2 * max(1, total))
        if p == 0, count > 0 { return "<1 %" }
        if p == 100, count < total { return ">99 %" }
        return "\(p) %"
    }
}
