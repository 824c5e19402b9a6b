/// Where everything goes for a given state and size.
public struct Layout: Sendable, Equatable {
    /// The layout modes, by terminal size.
    public enum Mode: Sendable, Equatable {
        /// 120 columns or more: all four panes.
        case wide
        /// 80 to 119 columns: three list panes; the details cover the booth pane.
        case medium
        /// Under 80 columns or under 24 rows: one pane at a time.
        case narrow
        /// Under 40×10.
        case tooSmall
    }

    /// The smallest usable terminal.
    public static let minimum = Size(width: 40, height: 10)

    /// The mode.
    public var mode: Mode
    /// The panes shown and their rectangles (borders included).
    public var panes: [(pane: Pane, rect: Rect)]

    /// Equality on mode and rectangles.
    public static func == (a: Layout, b: Layout) -> Bool {
        a.mode == b.mode && a.panes.map(\.pane) == b.panes.map(\.pane) && a.panes.map(\.rect) == b.panes.map(\.rect)
    }

    /// The mode for a size.
    public static func mode(for size: Size) -> Mode {
        if size.width < minimum.width || size.height < minimum.height { return .tooSmall }
        if size.width < 80 || size.height < 24 { return .narrow }
        if size.width < 120 { return .medium }
        return .wide
    }

    /// The layout of a state.
    public static func of(_ state: BrowserState) -> Layout {
        let size = state.size
        let mode = mode(for: size)
        let top = 1, height = size.height - 2
        switch mode {
        case .tooSmall:
            return Layout(mode: mode, panes: [])
        case .narrow:
            return Layout(mode: mode, panes: [(state.focus, Rect(x: 0, y: top, width: size.width, height: height))])
        case .medium:
            let w1 = size.width * 30 / 100, w2 = size.width * 30 / 100
            let w3 = size.width - w1 - w2
            let third: Pane = state.focus == .details ? .details : .booths
            return Layout(mode: mode, panes: [
                (.expos, Rect(x: 0, y: top, width: w1, height: height)),
                (.delegations, Rect(x: w1, y: top, width: w2, height: height)),
                (third, Rect(x: w1 + w2, y: top, width: w3, height: height)),
            ])
        case .wide:
            let w1 = size.width * 26 / 100, w2 = size.width * 20 / 100, w3 = size.width * 25 / 100
            let w4 = size.width - w1 - w2 - w3
            return Layout(mode: mode, panes: [
                (.expos, Rect(x: 0, y: top, width: w1, height: height)),
                (.delegations, Rect(x: w1, y: top, width: w2, height: height)),
                (.booths, Rect(x: w1 + w2, y: top, width: w3, height: height)),
                (.details, Rect(x: w1 + w2 + w3, y: top, width: w4, height: height)),
            ])
        }
    }

    /// The rectangle of a pane, if shown.
    public func rect(of pane: Pane) -> Rect? { panes.first { $0.pane == pane }?.rect }

    /// Rows of list content a pane shows (inside its border).
    public func pageSize(of pane: Pane) -> Int { max(1, (rect(of: pane)?.height ?? 3) - 2) }
}
