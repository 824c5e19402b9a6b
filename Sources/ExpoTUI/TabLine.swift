import ExpoModel

/// The views' tabs in the header: where each one is, for drawing and for clicks.
public enum TabLine {
    /// Where the first tab starts, after " Pavilion ".
    static let start = 10

    /// Below this width the tabs of the views not shown give only their number key (" 2 "),
    /// so that the title and where the user is keep their room on an 80-column terminal.
    public static let fullLabelsWidth = 110

    /// Each view's tab label and its first column and width, for a header `width` columns wide
    /// while `active` is shown.
    public static func tabs(width: Int = fullLabelsWidth, active: ViewID = .catalogue) -> [(view: ViewID, label: String, x: Int, width: Int)] {
        var x = start
        let full = width >= fullLabelsWidth
        return ViewID.allCases.map { v in
            let label = full || v == active ? " \(v.key) \(v.title) " : " \(v.key) "
            defer { x += TextWidth.of(label) }
            return (v, label, x, TextWidth.of(label))
        }
    }

    /// The column after the last tab.
    static func end(width: Int, active: ViewID) -> Int {
        tabs(width: width, active: active).last.map { $0.x + $0.width } ?? start
    }

    /// The view whose tab is at a column of the header.
    public static func view(at x: Int, width: Int = fullLabelsWidth, active: ViewID = .catalogue) -> ViewID? {
        tabs(width: width, active: active).first { x >= $0.x && x < $0.x + $0.width }?.view
    }
}
