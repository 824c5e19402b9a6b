import ExpoModel

/// The views' tabs in the header: where each one is, for drawing and for clicks.
public enum TabLine {
    /// Where the first tab starts, after " Pavilion ".
    static let start = 10

    /// Each view's tab label and its first column and width.
    public static func tabs() -> [(view: ViewID, label: String, x: Int, width: Int)] {
        var x = start
        return ViewID.allCases.map { v in
            let label = " \(v.key) \(v.title) "
            defer { x += TextWidth.of(label) }
            return (v, label, x, TextWidth.of(label))
        }
    }

    /// The column after the last tab.
    static var end: Int { tabs().last.map { $0.x + $0.width } ?? start }

    /// The view whose tab is at a column of the header.
    public static func view(at x: Int) -> ViewID? {
        tabs().first { x >= $0.x && x < $0.x + $0.width }?.view
    }
}
