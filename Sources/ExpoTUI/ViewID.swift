/// The browser's views, switched by number keys or the `:` command line, as tabs are in
/// lazygit and k9s. Each is a chain of lists followed by the details of the selected row.
public enum ViewID: String, Sendable, CaseIterable, Hashable {
    case catalogue, exhibitors, plan, events

    /// The name on its tab.
    public var title: String {
        switch self {
        case .catalogue: return "Catalogue"
        case .exhibitors: return "Exhibitors"
        case .plan: return "Plan"
        case .events: return "Events"
        }
    }

    /// The number key that shows it.
    public var key: Character {
        switch self {
        case .catalogue: return "1"
        case .exhibitors: return "2"
        case .plan: return "3"
        case .events: return "4"
        }
    }

    /// Its lists, left to right: each lists what the row selected in the one before holds.
    public var chain: [ListID] {
        switch self {
        case .catalogue: return [.expos, .delegations, .booths]
        case .exhibitors: return [.exhibitors, .exhibitorBooths]
        case .plan: return [.plan]
        case .events: return [.events]
        }
    }
}

/// A list of some view. List state is kept by this id, never by position.
public enum ListID: String, Sendable, CaseIterable, Hashable {
    case expos, delegations, booths, exhibitors, exhibitorBooths, plan, events

    /// The title on its border.
    public var title: String {
        switch self {
        case .expos: return "Expos"
        case .delegations: return "Delegations"
        case .booths: return "Booths"
        case .exhibitors: return "Exhibitors"
        case .exhibitorBooths: return "Booths"
        case .plan: return "Plan"
        case .events: return "Events"
        }
    }

    /// The sort orders `o` cycles through.
    public var sortOrders: [SortOrder] {
        switch self {
        case .expos: return [.date, .name, .area]
        case .delegations: return [.name, .booths]
        case .booths: return [.name, .area, .code]
        case .exhibitors: return [.name, .booths, .country]
        case .exhibitorBooths: return [.date, .code, .area]
        case .plan: return [.time]
        case .events: return [.time, .name]
        }
    }

    /// Its share of the width in the wide layout, in percent; the details take the rest.
    var wideShare: Int {
        switch self {
        case .expos: return 26
        case .delegations: return 20
        case .booths: return 25
        case .exhibitors: return 38
        case .exhibitorBooths: return 32
        case .plan: return 62
        case .events: return 62
        }
    }
}

/// A pane of a view: one of its lists, or the details.
public enum PaneID: Sendable, Hashable {
    case list(ListID)
    case details

    /// The list, when the pane is one.
    public var list: ListID? {
        if case let .list(l) = self { return l }
        return nil
    }
}

/// How a list is sorted. `relevance` is shown while a filter ranks the rows.
public enum SortOrder: String, Sendable {
    case date, name, area, code, booths, country, time, relevance
}

/// The per-list state: cursor, scroll, filter and sort.
public struct ListState: Sendable, Equatable {
    /// Position of the selected row among the visible rows.
    public var cursor = 0
    /// First visible row.
    public var scroll = 0
    /// The filter text (fzf syntax).
    public var filter = ""
    /// Index into the list's `sortOrders`.
    public var sortIndex = 0

    /// Creates a list state.
    public init() {}
}

/// The per-view state: which pane has the focus, and where the details came from.
public struct ViewState: Sendable, Equatable {
    /// The focused pane.
    public var focus: PaneID
    /// The list whose selected row the details show while they have the focus.
    public var detailsSource: ListID?
    /// First visible line of the details.
    public var detailsScroll = 0
    /// The selected link in the details (an "Also at" booth), if any.
    public var link = 0
    /// Set when `]` or `[` chose a link: the details scroll to show it.
    var revealLink = false
    /// The record the details showed last; when it changes, scroll and link start again.
    var shownTarget: DetailsTarget?

    /// Creates the state of a view, focused on its first list.
    public init(_ view: ViewID) {
        focus = .list(view.chain[0])
    }
}

/// One visible row of a list.
public struct Row: Sendable, Equatable {
    /// What the row stands for, by position in the catalogue.
    public enum Ref: Sendable, Hashable {
        case expo(Int)
        /// Every booth of the selected expo, with or without a delegation.
        case allBooths
        case delegation(Int)
        case booth(Int)
        case exhibitor(Int)
        /// An event, by position in the catalogue's events.
        case event(Int)
        /// A plan entry whose booth is not in this catalogue any more, by its place in the plan's order.
        case unlisted(Int)
    }

    /// What the row stands for.
    public var ref: Ref
    /// Its name, the text the filter highlights in.
    public var name: String
    /// Matched grapheme positions in `name`.
    public var highlights: [Int]
}
