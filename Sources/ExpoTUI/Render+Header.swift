import ExpoModel

extension Renderer {
    /// The header: the name, the views' tabs, the catalogue's title, and where the user is.
    mutating func drawHeader() {
        let w = state.size.width
        let header = Style(color: .header)
        screen.fill(Rect(x: 0, y: 0, width: w, height: 1), style: header)
        screen.put(" Pavilion", x: 0, y: 0, style: Style(color: .header, bold: true), maxWidth: w)
        for tab in TabLine.tabs() {
            let active = tab.view == state.view
            screen.put(tab.label, x: tab.x, y: 0, style: Style(color: .header, bold: active, reverse: active), maxWidth: max(0, w - tab.x))
        }
        let start = TabLine.end + 1
        let room = max(0, w - start - 1)
        var title = SafeText.visible(state.catalog.title)
        if state.catalog.synthetic && !title.lowercased().contains("synthetic") { title += " · synthetic" }
        let crumb = Self.fit(breadcrumb().map(SafeText.visible), to: room * 2 / 3)
        let crumbWidth = TextWidth.of(crumb)
        let titleRoom = room - crumbWidth - (crumbWidth > 0 ? 2 : 0)
        if titleRoom > 2 { screen.put(TextWidth.truncate(title, to: titleRoom), x: start, y: 0, style: header) }
        if crumbWidth > 0 { screen.put(crumb, x: w - crumbWidth - 1, y: 0, style: Style(color: .header, bold: true)) }
    }

    /// Names from the view's first list to the focused pane.
    func breadcrumb() -> [String] {
        let chain = state.view.chain
        let last = chain.firstIndex(of: state.activeList) ?? 0
        return chain.prefix(last + 1).compactMap { id in
            guard let row = state.selectedRow(id) else { return nil }
            if case let .booth(i) = row.ref, id == .booths { return state.catalog.exhibitorName(ofBooth: i) }
            if case let .booth(i) = row.ref { return state.catalog.booths[i].code ?? row.name }
            return row.name
        }
    }

    /// A breadcrumb in `width` columns: the current item is kept whole as long as it fits,
    /// and its parents give way first ("… › current").
    static func fit(_ parts: [String], to width: Int) -> String {
        guard !parts.isEmpty, width > 0 else { return "" }
        let whole = parts.joined(separator: " › ")
        if TextWidth.of(whole) <= width { return whole }
        var kept: [String] = []
        for p in parts.reversed() {
            let candidate = "… › " + ([p] + kept).joined(separator: " › ")
            if TextWidth.of(candidate) > width { break }
            kept.insert(p, at: 0)
        }
        if kept.isEmpty, let last = parts.last { return TextWidth.truncate(last, to: width) }
        return "… › " + kept.joined(separator: " › ")
    }
}
