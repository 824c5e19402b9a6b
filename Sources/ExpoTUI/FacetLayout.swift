import ExpoModel

/// Where the facet panel goes on a screen of a given size, and where its group tabs are (for
/// drawing and for clicks). The box keeps one height for every group (the longest, up to the
/// screen), so switching groups does not make it jump; it never covers the status line.
public struct FacetLayout: Sendable {
    /// The panel's box.
    public var rect: Rect
    /// Value rows shown at once.
    public var listRows: Int
    /// The group tabs shown on the first line: group index, text, first column.
    public var tabs: [(group: Int, text: String, x: Int)]

    /// The first row of values on screen.
    public var firstValueY: Int { rect.y + 3 }

    /// The panel's layout for a size: centred above the status line, up to 90 columns wide.
    public static func of(_ size: Size, _ panel: FacetPanel?) -> FacetLayout {
        let groups = panel?.groups ?? []
        let longest = groups.flatMap { $0.values.map { TextWidth.of($0.value) } }.max() ?? 0
        // The shown group's tab is bracketed (and reverse video), so it reads without colour.
        let tabTexts = groups.enumerated().map { i, g in
            let text = g.title + " " + Format.grouped(g.values.count)
            return i == (panel?.group ?? 0) ? "[" + text + "]" : " " + text + " "
        }
        let tabsWidth = tabTexts.reduce(0) { $0 + TextWidth.of($1) + 1 }
        let want = max(46, longest + 26, tabsWidth + 3)
        let width = max(10, min(size.width - 4, want, 90))
        let most = groups.map(\.values.count).max() ?? 1
        let height = max(5, min(size.height - 3, most + 4))
        let rect = Rect(x: max(0, (size.width - width) / 2), y: max(0, (size.height - 1 - height) / 2),
                        width: min(width, size.width), height: min(height, max(0, size.height - 1)))
        // Tabs from the first, or from the shown group when they do not all fit.
        var tabs: [(Int, String, Int)] = []
        let shown = panel?.group ?? 0
        let room = rect.width - 3
        var start = 0
        func used(from s: Int) -> Int { tabTexts[s...].reduce(0) { $0 + TextWidth.of($1) + 1 } }
        while start < shown, used(from: start) > room { start += 1 }
        var x = rect.x + 2
        for i in tabTexts.indices.dropFirst(start) {
            let w = TextWidth.of(tabTexts[i])
            guard x + w <= rect.x + rect.width - 1 else { break }
            tabs.append((i, tabTexts[i], x))
            x += w + 1
        }
        return FacetLayout(rect: rect, listRows: max(1, rect.height - 4), tabs: tabs)
    }

    /// The group whose tab is at column `x` of the tabs line, if any.
    public func group(atColumn x: Int) -> Int? {
        tabs.first { x >= $0.x && x < $0.x + TextWidth.of($0.text) }?.group
    }
}
