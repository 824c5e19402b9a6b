/// Where the panes of the shown view go for a state and size.
public struct Layout: Sendable, Equatable {
    /// The layout modes, by terminal size.
    public enum Mode: Sendable, Equatable {
        /// 120 columns or more: every list of the view and the details.
        case wide
        /// 80 to 119 columns: the lists; the details, when open, take the place of the lists
        /// after the one they came from.
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
    public var panes: [(pane: PaneID, rect: Rect)]

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
        let chain = state.view.chain.map { PaneID.list($0) }
        switch mode {
        case .tooSmall:
            return Layout(mode: mode, panes: [])
        case .narrow:
            return Layout(mode: mode, panes: split([state.focus], [100], size))
        case .medium:
            guard state.focus == .details else {
                let shown = Array(chain.prefix(3))
                return Layout(mode: mode, panes: split(shown, shown.count == 3 ? [30, 30] : [50], size))
            }
            // The details take the place of the lists after the second, and of those after
            // the one they came from.
            let source = state.view.chain.firstIndex(of: state.activeList) ?? 0
            let kept = Array(chain.prefix(min(source, 1) + 1))
            return Layout(mode: mode, panes: split(kept + [.details], kept.count == 2 ? [30, 30] : [42], size))
        case .wide:
            return Layout(mode: mode, panes: split(chain + [.details], state.view.chain.map(\.wideShare), size))
        }
    }

    /// Panes side by side between the header and the status line; `shares` are the percentages
    /// of all but the last pane, which takes what is left.
    static func split(_ panes: [PaneID], _ shares: [Int], _ size: Size) -> [(pane: PaneID, rect: Rect)] {
        var x = 0
        return panes.enumerated().map { i, p in
            let w = i == panes.count - 1 ? size.width - x : size.width * shares[i] / 100
            defer { x += w }
            return (p, Rect(x: x, y: 1, width: w, height: size.height - 2))
        }
    }

    /// The rectangle of a pane, if shown.
    public func rect(of pane: PaneID) -> Rect? { panes.first { $0.pane == pane }?.rect }

    /// Rows of content a pane shows: inside its border, below a list's header row.
    public func pageSize(of pane: PaneID) -> Int {
        let inner = (rect(of: pane)?.height ?? 3) - 2
        return max(1, pane == .details ? inner : inner - 1)
    }

    /// The width the details' text is wrapped to in a pane of this rectangle.
    static func detailsTextWidth(_ rect: Rect) -> Int { max(1, rect.width - 4) }
}
