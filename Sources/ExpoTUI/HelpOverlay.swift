import ExpoModel

/// The help overlay's content and placement, generated from `Keymap.bindings`: one column, or
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
        var blocks: [[(String, Style)]] = []
        for group in Binding.Group.allCases {
            var block = [(group.rawValue, Style(color: .accent, bold: true))]
            for b in Keymap.bindings where b.group == group {
                block.append(("  " + TextWidth.pad(b.keys.map(\.label).joined(separator: " "), to: 14) + " " + b.help, .plain))
            }
            blocks.append(block)
        }
        var typing = [("Typing a filter or search", Style(color: .accent, bold: true))]
        for (k, h) in Keymap.typingHelp { typing.append(("  " + TextWidth.pad(k, to: 14) + " " + h, .plain)) }
        blocks.append(typing)
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
