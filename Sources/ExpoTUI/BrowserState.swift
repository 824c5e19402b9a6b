import ExpoModel

/// Everything on screen: the catalogue, the views and their lists, the mode, the overlays.
/// `update` changes it; `render` draws it.
public struct BrowserState: Sendable {
    /// What has the keyboard: each mode has its own binding table (`Keymap`).
    public enum Mode: Sendable, Equatable {
        /// Moving around the lists and details.
        case normal
        /// Typing the focused list's filter.
        case filter
        /// Typing a `:` command.
        case command
        /// The search overlay over every booth.
        case search
        /// The help overlay.
        case help
        /// Typing the note of a booth in the plan (`editingBooth`).
        case note
        /// Typing the planned time of a booth in the plan (`editingBooth`).
        case time
        /// The facet panel over the focused list (`facets`).
        case facets
    }

    /// The catalogue being browsed.
    public let catalog: Catalog
    /// The search index over its booths, shared by the booth list's filter and the search.
    public let index: BoothSearchIndex
    /// The terminal size.
    public var size: Size
    /// The view shown.
    public var view: ViewID = .catalogue
    /// The state of each view, by id.
    public var views: [ViewID: ViewState] = Dictionary(uniqueKeysWithValues: ViewID.allCases.map { ($0, ViewState($0)) })
    /// The state of each list, by id.
    public var lists: [ListID: ListState] = Dictionary(uniqueKeysWithValues: ListID.allCases.map { ($0, ListState()) })
    /// The mode.
    public var mode: Mode = .normal
    /// The field being typed in (filter, search or command line).
    public var input = TextInput()
    /// The search overlay's results.
    public var search = SearchOverlay()
    /// The facet panel, while it is open.
    public var facets: FacetPanel?
    /// First visible line of the help overlay.
    public var helpScroll = 0
    /// A one-line message for the status line: why a filter or command failed.
    public var message: String?
    /// What an effect did (`copied id b1`), shown until the next key.
    public var notice: String?
    /// True between the start and the end of a bracketed paste.
    public var pasting = false
    /// The visit plan. Replacing it drops the Plan view's order, made again when next needed.
    public var plan = PlanState() {
        didSet { if plan.version != oldValue.version { scheduleCache = nil } }
    }
    /// The booth whose note or time is being typed.
    public var editingBooth: String?

    /// Visible rows of each list, derived by `refresh()`.
    public internal(set) var rowsByList: [ListID: [Row]] = [:]
    /// Rows of each list before filtering.
    public internal(set) var totals: [ListID: Int] = [:]
    /// Lists whose filter does not parse, and why.
    public internal(set) var filterErrors: [ListID: String] = [:]

    /// The booth list's rows, kept while its owner, sort and filter stay the same.
    var boothCache = BoothListCache()
    /// Every exhibitor in name order, and its sort key; made when the Exhibitors view is first shown.
    var exhibitorCache = ExhibitorListCache()
    /// The details of the selected record, wrapped for the details pane.
    var detailsCache = DetailsCache()
    /// The catalogue's facet values as numbers, made when the facet panel first opens.
    var facetIndex: FacetIndex?
    /// The plan in walking order, kept while the plan stays the same.
    var scheduleCache: (version: Int, schedule: PlanSchedule, byBooth: [Int: Int], byEvent: [Int: Int])?

    /// Creates the state for a catalogue.
    public init(catalog: Catalog, size: Size, plan: PlanState = PlanState()) {
        self.catalog = catalog
        self.index = BoothSearchIndex(catalog)
        self.size = size
        self.plan = plan
        refresh()
    }

    /// The shown view's state.
    public var current: ViewState {
        get { views[view] ?? ViewState(view) }
        set { views[view] = newValue }
    }

    /// The focused pane of the shown view.
    public var focus: PaneID {
        get { current.focus }
        set { current.focus = newValue }
    }

    /// The list with the focus, or the one the focused details came from.
    public var activeList: ListID {
        if case let .list(l) = focus { return l }
        return current.detailsSource ?? view.chain[view.chain.count - 1]
    }

    /// The state of a list.
    public func list(_ id: ListID) -> ListState { lists[id] ?? ListState() }

    /// The visible rows of a list.
    public func rows(_ id: ListID) -> [Row] { rowsByList[id] ?? [] }

    /// The row under a list's cursor.
    public func selectedRow(_ id: ListID) -> Row? {
        let r = rows(id)
        let c = list(id).cursor
        return r.indices.contains(c) ? r[c] : nil
    }

    /// The selected expo in the Catalogue view.
    public var selectedExpo: Expo? {
        if case let .expo(i)? = selectedRow(.expos)?.ref { return catalog.expos[i] }
        return nil
    }

    /// The selected delegation in the Catalogue view (nil for "All booths").
    public var selectedDelegation: Delegation? {
        if case let .delegation(i)? = selectedRow(.delegations)?.ref { return catalog.delegations[i] }
        return nil
    }

    /// The selected booth in the Catalogue view.
    public var selectedBooth: Booth? {
        if case let .booth(i)? = selectedRow(.booths)?.ref { return catalog.booths[i] }
        return nil
    }

    /// The sort order a list shows: `relevance` while a filter ranks its rows.
    public func sortOrder(_ id: ListID) -> SortOrder {
        if !list(id).filter.isEmpty, filterErrors[id] == nil { return .relevance }
        return chosenSort(id)
    }

    /// The sort order chosen with `o` for a list.
    public func chosenSort(_ id: ListID) -> SortOrder {
        let orders = id.sortOrders
        return orders[list(id).sortIndex % orders.count]
    }
}
