import ExpoModel

/// One column of a table, as `ColumnSizer` sees it.
public struct ColumnSpec: Sendable, Equatable {
    /// Which side of its cell a column's text keeps to.
    public enum Alignment: Sendable, Equatable {
        case left, right
    }

    /// Columns the content takes: the widest of the visible rows and the header.
    public var contentWidth: Int
    /// The fewest columns the column is shown in.
    public var minWidth: Int
    /// The most columns the column is shown in; nil for no limit. Below `minWidth` it counts as
    /// `minWidth`.
    public var maxWidth: Int?
    /// Whether the column takes the room the others leave (a name); otherwise it is as wide as
    /// its content (a booth code, an area).
    public var flexible: Bool
    /// Which side of its cell the text keeps to (for `pad`; the sizing ignores it).
    public var alignment: Alignment
    /// nil for a column that is always shown. Otherwise the column is optional: when the table
    /// is too narrow, optional columns are dropped lowest priority first, the rightmost first
    /// among equal priorities.
    public var priority: Int?

    /// A column spec; negative widths count as 0.
    public init(contentWidth: Int, minWidth: Int = 0, maxWidth: Int? = nil, flexible: Bool = false,
                alignment: Alignment = .left, priority: Int? = nil) {
        self.contentWidth = contentWidth
        self.minWidth = minWidth
        self.maxWidth = maxWidth
        self.flexible = flexible
        self.alignment = alignment
        self.priority = priority
    }

    /// `text` padded (or cut with "…") to exactly `width` columns on the column's side.
    public func pad(_ text: String, to width: Int) -> String {
        TextWidth.pad(text, to: width, alignRight: alignment == .right)
    }

    /// The least the column is shown in.
    var floor: Int { max(0, minWidth) }
    /// The most the column is shown in.
    var ceiling: Int { max(floor, maxWidth ?? Int.max) }
    /// What the content asks for, within the column's limits.
    var wanted: Int { min(max(contentWidth, floor), ceiling) }
}

/// Shares a table's width among its columns.
///
/// The algorithm:
/// 1. Each column wants its content width, kept within `minWidth...maxWidth` (so content wider
///    than `maxWidth` is capped, and the caller cuts it with "…"). A column that can take no
///    room (a fixed one wanting 0, a flexible one with `maxWidth` 0) is not shown.
/// 2. A fixed (non-flexible) column gets what it wants, never less, so a booth code such as
///    `G-282-2` always shows whole. A flexible column needs only its `minWidth`.
/// 3. While the fixed widths, the flexible minimums and one separator between each two shown
///    columns do not fit in `total`, an optional column is dropped (width 0): the lowest
///    `priority` first, the rightmost first among equal priorities. Flexible columns thus
///    shrink to their minimum before anything is dropped, and dropping frees the column's
///    separator too.
/// 4. The room left after the fixed columns and separators goes to the flexible columns: each
///    starts at its minimum, then they grow one column at a time, left to right in turn, up to
///    their content width, and then, while room is left, up to their `maxWidth` (without a
///    limit they take it all). With no flexible column the rest of the line stays empty.
/// 5. If the columns that cannot be dropped still do not fit, they are laid out left to right
///    (flexible ones at their minimum) and the column that crosses the edge gets what is left;
///    those after it get 0.
///
/// A width of 0 means the column is not drawn, and neither is a separator for it. The widths of
/// the drawn columns plus one separator between each two never exceed `total`.
public enum ColumnSizer {
    /// Each column's width, in the order given, for a table `total` columns wide with
    /// `separator` columns between two shown columns.
    public static func widths(for columns: [ColumnSpec], total: Int, separator: Int = 1) -> [Int] {
        let gap = max(0, separator)
        var shown = columns.map { !($0.flexible ? $0.ceiling == 0 : $0.wanted == 0) }

        // The room the shown columns need at least.
        func needed() -> Int {
            var sum = 0, count = 0
            for (i, c) in columns.enumerated() where shown[i] {
                sum += c.flexible ? c.floor : c.wanted
                count += 1
            }
            return sum + gap * max(0, count - 1)
        }

        // 3. Drop optional columns while the rest cannot fit.
        while needed() > total {
            var victim: Int?
            for (i, c) in columns.enumerated() where shown[i] {
                guard let p = c.priority else { continue }
                if let v = victim, let q = columns[v].priority, q < p { continue }
                victim = i // later columns win ties: the rightmost goes first
            }
            guard let v = victim else { break }
            shown[v] = false
        }

        var widths = columns.map { $0.flexible ? $0.floor : $0.wanted }
        for i in columns.indices where !shown[i] { widths[i] = 0 }

        let need = needed()
        guard need <= total else {
            // 5. Even the columns that must stay do not fit: cut at the right edge.
            var x = 0
            for i in columns.indices where shown[i] {
                widths[i] = max(0, min(widths[i], total - x))
                x += widths[i] + gap
            }
            return widths
        }

        // 4. Share the room left among the flexible columns.
        var room = total - need
        let flexible = columns.indices.filter { shown[$0] && columns[$0].flexible }
        for limit in [\ColumnSpec.wanted, \ColumnSpec.ceiling] {
            var growing = flexible.filter { widths[$0] < columns[$0][keyPath: limit] }
            while room > 0, !growing.isEmpty {
                // As many whole rounds of one column each as room and limits allow, at once;
                // a last partial round goes to the leftmost.
                let toLimit = growing.map { columns[$0][keyPath: limit] - widths[$0] }.min() ?? 0
                let step = max(1, min(room / growing.count, toLimit))
                for i in growing where room > 0 {
                    let add = min(step, room)
                    widths[i] += add
                    room -= add
                }
                growing.removeAll { widths[$0] >= columns[$0][keyPath: limit] }
            }
        }
        return widths
    }
}
