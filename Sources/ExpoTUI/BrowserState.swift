import ExpoModel

/// Everything on screen: the catalogue, focus, lists, overlays and scroll offsets.
/// `update` changes it; `render` draws it.
public struct BrowserState: Sendable {
    /// What covers the panes.
    public enum Overlay: Sendable, Equatable {
        case none, help, search
    }

    /// The catalogue being browsed.
    public let catalog: Catalog
    /// The search index over its booths, shared by the booth pane's filter and the search.
    public let index: BoothSearchIndex
    /// The booth pane's list, kept while its expo, delegation, sort and filter stay the same.
    var boothCache = BoothListCache()
    /// The details of the selected record, wrapped for the details pane.
    var detailsCache = DetailsCache()
    /// The terminal size.
    public var size: Size
    /// The focused pane.
    public var focus: Pane = .expos
    /// List states of the expo, delegation and booth panes.
    public var lists: [ListState] = [ListState(), ListState(), ListState()]
    /// True while the focused pane's filter is being typed.
    public var editingFilter = false
    /// The open overlay.
    public var overlay: Overlay = .none
    /// The search overlay's state.
    public var search = SearchOverlay()
    /// First visible line of the help overlay.
    public var helpScroll = 0
    /// First visible line of the details.
    public var detailsScroll = 0
    /// A one-line message for the status line (e.g. a query error).
    public var message: String?
    /// Set by quit; the loop ends.
    public var shouldQuit = false

    /// Visible rows of the expo, delegation and booth panes, derived by `refresh()`.
    public internal(set) var rows: [[Row]] = [[], [], []]
    /// Total rows of each list before filtering.
    public internal(set) var totals: [Int] = [0, 0, 0]

    /// Creates the state for a catalogue.
    public init(catalog: Catalog, size: Size) {
        self.catalog = catalog
        self.index = BoothSearchIndex(catalog)
        self.size = size
        refresh()
    }

    /// The list state of a list pane.
    public func list(_ pane: Pane) -> ListState { lists[min(pane.rawValue, 2)] }

    /// The row under a list pane's cursor.
    public func selectedRow(_ pane: Pane) -> Row? {
        guard pane != .details else { return nil }
        let r = rows[pane.rawValue]
        let c = lists[pane.rawValue].cursor
        return r.indices.contains(c) ? r[c] : nil
    }

    /// The selected expo.
    public var selectedExpo: Expo? {
        if case let .expo(i)? = selectedRow(.expos)?.ref { return catalog.expos[i] }
        return nil
    }

    /// The selected delegation (nil for "All booths").
    public var selectedDelegation: Delegation? {
        if case let .delegation(i)? = selectedRow(.delegations)?.ref { return catalog.delegations[i] }
        return nil
    }

    /// The selected booth.
    public var selectedBooth: Booth? {
        if case let .booth(i)? = selectedRow(.booths)?.ref { return catalog.booths[i] }
        return nil
    }

    /// The current sort order of a list pane.
    public func sortOrder(_ pane: Pane) -> SortOrder {
        let orders = pane.sortOrders
        guard !orders.isEmpty else { return .name }
        return orders[list(pane).sortIndex % orders.count]
    }
}

/// The booth pane's list for one expo or delegation and sort order, and its filtered rows.
struct BoothListCache: Sendable {
    var key: String?
    var base: [Int] = []
    /// `base` in catalogue order, the order a search takes its candidates in; made on first use.
    var candidates: [Int]?
    var filter = ""
    var result: BoothSearchIndex.Result?
    var rows: [Row]?
    var error: String?
}
