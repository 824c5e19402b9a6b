import ExpoModel

/// The state of the facet panel (`F`): the values of the list's current rows counted by
/// country, sector, hall, kind, expo…, one group shown at a time, as visidata's frequency table
/// and k9s's pickers show them. Enter adds the selected value to the list's filter as a field
/// term; the panel stays open and counts the narrowed rows again.
public struct FacetPanel: Sendable, Equatable {
    /// One group of values: a heading (`Country`) and its values, most frequent first.
    public struct Group: Sendable, Equatable {
        /// The heading on its tab.
        public var title: String
        /// The values with their counts and field terms.
        public var values: [Facet.Count]
    }

    /// The list whose rows are counted and whose filter Enter extends.
    public var list: ListID
    /// The groups that have values.
    public internal(set) var groups: [Group]
    /// How many rows were counted.
    public internal(set) var counted: Int
    /// What is counted: "booths", "exhibitors", "events"…
    public internal(set) var noun: String
    /// The group shown.
    public var group = 0
    /// The selected value of each group.
    public var cursors: [Int]
    /// The first visible value of each group.
    public var scrolls: [Int]
    /// The terms Enter added since the panel opened, last last (Backspace takes one back).
    public var added: [String] = []

    /// A panel over counted groups; empty groups are left out.
    init(list: ListID, groups: [Group], counted: Int, noun: String) {
        self.list = list
        self.groups = groups.filter { !$0.values.isEmpty }
        self.counted = counted
        self.noun = noun
        cursors = Array(repeating: 0, count: self.groups.count)
        scrolls = cursors
    }

    /// The values of the shown group.
    public var values: [Facet.Count] { groups.indices.contains(group) ? groups[group].values : [] }

    /// The selected value of the shown group.
    public var selected: Facet.Count? {
        let v = values
        let c = cursors.indices.contains(group) ? cursors[group] : 0
        return v.indices.contains(c) ? v[c] : nil
    }

    /// The cursor of the shown group.
    public var cursor: Int {
        get { cursors.indices.contains(group) ? cursors[group] : 0 }
        set { if cursors.indices.contains(group) { cursors[group] = max(0, min(newValue, values.count - 1)) } }
    }

    /// The first visible value of the shown group.
    public var scroll: Int {
        get { scrolls.indices.contains(group) ? scrolls[group] : 0 }
        set { if scrolls.indices.contains(group) { scrolls[group] = max(0, newValue) } }
    }

    /// Shows the next (+1) or previous (-1) group, wrapping.
    mutating func changeGroup(by delta: Int) {
        guard !groups.isEmpty else { return }
        group = (group + delta % groups.count + groups.count) % groups.count
    }

    /// Takes new counts after the filter changed, keeping the shown group (by title) and each
    /// group's selected value (by value) where they are still there.
    mutating func recount(_ fresh: FacetPanel) {
        let title = groups.indices.contains(group) ? groups[group].title : nil
        var next = fresh
        next.added = added
        for (gi, g) in next.groups.enumerated() {
            guard let old = groups.firstIndex(where: { $0.title == g.title }), let value = groups[old].values.indices.contains(cursors[old]) ? groups[old].values[cursors[old]].value : nil else { continue }
            next.cursors[gi] = g.values.firstIndex { $0.value == value } ?? 0
        }
        next.group = next.groups.firstIndex { $0.title == title } ?? 0
        self = next
    }

    /// Keeps the shown group's cursor inside a window of `rows` values.
    mutating func keepCursorVisible(rows: Int) {
        let page = max(1, rows)
        cursor = cursor
        if cursor < scroll { scroll = cursor }
        if cursor >= scroll + page { scroll = cursor - page + 1 }
        scroll = max(0, min(scroll, max(0, values.count - page)))
    }
}
