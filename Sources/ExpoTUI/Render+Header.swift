import ExpoModel

extension Renderer {
    /// The header: the name, the views' tabs, the catalogue's title, and where the user is.
    mutating func drawHeader() {
        let w = state.size.width
        let header = Style(color: .header)
        screen.fill(Rect(x: 0, y: 0, width: w, height: 1), style: header)
        screen.put(" Pavilion", x: 0, y: 0, style: Style(color: .header, bold: true), maxWidth: w)
        for tab in TabLine.tabs(width: w, active: state.view) {
            let active = tab.view == state.view
            screen.put(tab.label, x: tab.x, y: 0, style: Style(color: .header, bold: active, reverse: active), maxWidth: max(0, w - tab.x))
        }
        let start = TabLine.end(width: w, active: state.view) + 1
        let room = max(0, w - start - 1)
        var title = SafeText.visible(state.catalog.title)
        if state.catalog.synthetic && !title.lowercased().contains("synthetic") { title += " · synthetic" }
        // Where the user is comes first; the catalogue's title takes what is left, if enough.
        let crumb = Self.fit(breadcrumb().map(SafeText.visible), to: room)
        let crumbWidth = TextWidth.of(crumb)
        let titleRoom = room - crumbWidth - (crumbWidth > 0 ? 2 : 0)
        if titleRoom >= 10 { screen.put(TextWidth.truncate(title, to: titleRoom), x: start, y: 0, style: header) }
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

    /// A breadcrumb in `width` columns: the current item is kept whole as long as it fits, and
    /// its parents give way first: each is cut to a fair share of the rest ("4th China… › All
    /// booths › Vi Holding Group"), and those that cannot keep five columns are left out ("… ›").
    static func fit(_ parts: [String], to width: Int) -> String {
        guard let last = parts.last, width > 0 else { return "" }
        let whole = parts.joined(separator: " › ")
        if TextWidth.of(whole) <= width { return whole }
        let lastWidth = TextWidth.of(last)
        if lastWidth > width { return TextWidth.truncate(last, to: width) }
        var parents = Array(parts.dropLast())
        var dropped = false
        while !parents.isEmpty {
            let lead = dropped ? 4 : 0   // "… › "
            let room = width - lastWidth - lead - 3 * parents.count
            if room >= 5 * parents.count {
                let cut = share(room, among: parents.map { TextWidth.of($0) })
                let shown = zip(parents, cut).map { TextWidth.truncate($0, to: $1) }
                return (dropped ? "… › " : "") + (shown + [last]).joined(separator: " › ")
            }
            parents.removeFirst()
            dropped = true
        }
        return TextWidth.of("… › " + last) <= width ? "… › " + last : last
    }

    /// Widths for items wanting `wants` columns within `room`: the narrow ones get what they
    /// want, the rest share what is left equally.
    static func share(_ room: Int, among wants: [Int]) -> [Int] {
        var out = wants
        var left = room
        var open = Array(wants.indices)
        while !open.isEmpty {
            let each = left / open.count
            let small = open.filter { wants[$0] <= each }
            if small.isEmpty {
                for (k, i) in open.enumerated() { out[i] = each + (k < left % open.count ? 1 : 0) }
                break
            }
            for i in small { out[i] = wants[i]; left -= wants[i] }
            open.removeAll { small.contains($0) }
        }
        return out
    }
}
