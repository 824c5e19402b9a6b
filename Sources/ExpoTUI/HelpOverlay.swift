import ExpoModel

/// The help overlay's content and placement, generated from the binding tables (`Keymap`): one column, or
/// two when the terminal is too short for one and wide enough for two.
public struct HelpOverlay {
    /// Lines of each column, with their styles.
    public var columns: [[(String, Style)]]
    /// Columns between the starts of two columns.
    public var columnWidth: Int
    /// The longest column's line count.
    public var rowsNeeded: Int
    /// The overlay's box.
    public var rect: Rect
    /// The furthest the content can scroll.
    public var maxScroll: Int { max(0, rowsNeeded - (rect.height - 2)) }

    /// The overlay for a terminal size.
    public static func layout(size: Size) -> HelpOverlay {
        let heading = Style(color: .accent, bold: true)
        func line(_ keys: String, _ help: String) -> (String, Style) { ("  " + TextWidth.pad(keys, to: 18) + " " + help, .plain) }
        func keys(_ b: Binding) -> String { b.keys.map(\.label).joined(separator: " ") }
        var blocks: [[(String, Style)]] = []
        for group in Binding.Group.allCases {
            blocks.append([(group.rawValue, heading)] + Keymap.normal.filter { $0.group == group }.map { line(keys($0), $0.help) })
        }
        var typing = [("Typing a filter or search", heading)]
        typing += (Keymap.filter + Keymap.search.prefix(3)).map { line(keys($0), $0.help) }
        typing += Keymap.editing.map { line($0.0, $0.1) }
        blocks.append(typing)
        blocks.append([("Typing a note (n) or a time (t)", heading)] + (Keymap.note.dropLast() + Keymap.time.prefix(1)).map { line(keys($0), $0.help) })
        blocks.append([("Command line (:)", heading)] + Keymap.command.dropLast().map { line(keys($0), $0.help) }
            + CommandLine.commands.map { line(":" + $0.name, $0.help) })
        blocks.append([("Facet panel (F)", heading)] + Keymap.facets.dropLast().map { line(keys($0), $0.help) })
        blocks.append([("Help", heading)] + Keymap.help.dropLast().map { line(keys($0), $0.help) })
        blocks.append([("Mouse", heading)] + Keymap.mouse.map { line($0.0, $0.1) })
        let one = blocks.flatMap { $0 }
        let colWidth = (one.map { TextWidth.of($0.0) }.max() ?? 0) + 2
        var columns: [[(String, Style)]] = [one]
        if one.count + 2 > size.height - 2, size.width >= colWidth * 2 + 4 {
            // Split at the group boundary nearest the middle.
            var left: [(String, Style)] = [], right: [(String, Style)] = []
            for b in blocks {
                if left.count + b.count <= (one.count + 1) / 2 + 2 && right.isEmpty { left += b } else { right += b }
            }
            columns = [left, right]
        }
        let rowsNeeded = columns.map(\.count).max() ?? 0
        let width = max(0, min(size.width - 2, colWidth * columns.count + 3))
        let height = max(0, min(size.height - 2, rowsNeeded + 2))
        let rect = Rect(x: max(0, (size.width - width) / 2), y: max(0, (size.height - height) / 2), width: width, height: height)
        return HelpOverlay(columns: columns, columnWidth: colWidth, rowsNeeded: rowsNeeded, rect: rect)
    }
}
