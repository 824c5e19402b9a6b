/// The browser's panes, left to right.
public enum Pane: Int, Sendable, CaseIterable, Comparable {
    case expos, delegations, booths, details

    /// The title shown on its border.
    public var title: String {
        switch self {
        case .expos: return "Expos"
        case .delegations: return "Delegations"
        case .booths: return "Booths"
        case .details: return "Details"
        }
    }

    /// The sort orders `o` cycles through in this pane.
    public var sortOrders: [SortOrder] {
        switch self {
        case .expos: return [.date, .name, .area]
        case .delegations: return [.name, .booths]
        case .booths: return [.name, .area, .code]
        case .details: return []
        }
    }

    /// Orders panes left to right.
    public static func < (a: Pane, b: Pane) -> Bool { a.rawValue < b.rawValue }
}

/// How a list is sorted.
public enum SortOrder: String, Sendable {
    case date, name, area, code, booths
}

/// The per-list state: cursor, scroll, filter and sort.
public struct ListState: Sendable, Equatable {
    /// Position of the selected row among the visible rows.
    public var cursor = 0
    /// First visible row.
    public var scroll = 0
    /// The filter text (fzf syntax).
    public var filter = ""
    /// Index into the pane's `sortOrders`.
    public var sortIndex = 0

    /// Creates a list state.
    public init() {}
}

/// One visible row of a list pane.
public struct Row: Sendable, Equatable {
    /// What the row stands for.
    public enum Ref: Sendable, Equatable {
        case expo(Int)
        /// Every booth of the selected expo, with or without a delegation.
        case allBooths
        case delegation(Int)
        case booth(Int)
    }

    /// What the row stands for.
    public var ref: Ref
    /// Its name, the text the filter highlights in.
    public var name: String
    /// Matched grapheme positions in `name`.
    public var highlights: [Int]
}
