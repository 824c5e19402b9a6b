/// What a key does in the browser's normal mode.
public enum Action: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case paneLeft, paneRight, nextPane, previousPane, enter, back
    case filter, search, sort
    case help, quit
}

/// One row of the key table: the keys, the action, and how help describes it.
public struct Binding: Sendable {
    /// The groups the help overlay shows.
    public enum Group: String, Sendable, CaseIterable {
        case move = "Move", panes = "Panes", find = "Find", app = "App"
    }

    /// Keys that trigger the action.
    public var keys: [Key]
    /// The action.
    public var action: Action
    /// The help group.
    public var group: Group
    /// What the help overlay says it does.
    public var help: String
}

/// The one key table: `update` dispatches through it and the help overlay is generated from
/// it, so the two cannot disagree.
public enum Keymap {
    /// Every binding of normal mode.
    public static let bindings: [Binding] = [
        Binding(keys: [.up, .char("k")], action: .moveUp, group: .move, help: "up one row"),
        Binding(keys: [.down, .char("j")], action: .moveDown, group: .move, help: "down one row"),
        Binding(keys: [.pageUp, .ctrl("u")], action: .pageUp, group: .move, help: "up one page"),
        Binding(keys: [.pageDown, .ctrl("d")], action: .pageDown, group: .move, help: "down one page"),
        Binding(keys: [.home, .char("g")], action: .top, group: .move, help: "first row"),
        Binding(keys: [.end, .char("G")], action: .bottom, group: .move, help: "last row"),
        Binding(keys: [.left, .char("h")], action: .paneLeft, group: .panes, help: "pane to the left"),
        Binding(keys: [.right, .char("l")], action: .paneRight, group: .panes, help: "pane to the right"),
        Binding(keys: [.tab], action: .nextPane, group: .panes, help: "next pane"),
        Binding(keys: [.backTab], action: .previousPane, group: .panes, help: "previous pane"),
        Binding(keys: [.enter], action: .enter, group: .panes, help: "drill in / open details"),
        Binding(keys: [.escape, .backspace], action: .back, group: .panes, help: "clear filter, or go back"),
        Binding(keys: [.char("/")], action: .filter, group: .find, help: "filter this pane as you type"),
        Binding(keys: [.char("s")], action: .search, group: .find, help: "search exhibitors everywhere"),
        Binding(keys: [.char("o")], action: .sort, group: .find, help: "cycle sort order"),
        Binding(keys: [.char("?")], action: .help, group: .app, help: "this help"),
        Binding(keys: [.char("q"), .ctrl("c")], action: .quit, group: .app, help: "quit"),
    ]

    private static let table: [Key: Action] = {
        var t: [Key: Action] = [:]
        for b in bindings { for k in b.keys { t[k] = b.action } }
        return t
    }()

    /// The action bound to a key in normal mode.
    public static func action(for key: Key) -> Action? { table[key] }

    /// Keys that work while typing a filter or a search, for the help overlay.
    public static let typingHelp: [(String, String)] = [
        ("type", "filter or search text, fuzzy"),
        ("syntax", "'exact ^start end$ !not a | b"),
        ("fields", "country:ru hall:b area>=50"),
        ("↑ ↓ PgUp PgDn", "move while typing"),
        ("Enter", "keep the filter / go to the booth"),
        ("Esc", "clear the filter / close the search"),
        ("Ctrl-U", "erase the text"),
        ("click", "select a row, focus its pane"),
        ("wheel", "scroll"),
    ]
}
