/// What a key does. Each mode's binding table maps keys to these.
public enum Action: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case paneLeft, paneRight, nextPane, previousPane, enter, back, details
    case nextLink, previousLink
    case showCatalogue, showExhibitors, showPlan, showEvents, command
    /// The visit plan: mark, note, status, time; the Plan view's remove and undo.
    case mark, note, cycleStatus, planTime, removeEntry, undoRemove
    /// Typing a note: a new line.
    case newline
    case filter, search, sort
    case copyID, copyName, openWebsite
    case help, quit
    /// Typing modes: keep what was typed (Enter), or cancel (Esc), or complete a command (Tab).
    case accept, cancel, complete
    /// Help and the facet panel: close it.
    case close
    /// The facet panel: open it; show the next or previous group; take back the last value added.
    case facets, nextGroup, previousGroup, removeFacet
}

/// One row of a binding table: keys, action, how help and the status line describe it, and
/// when it is enabled. Dispatch, `?` help and the status hints all read these tables, so they
/// cannot disagree; a disabled binding neither acts nor shows as a hint.
public struct Binding: Sendable {
    /// The groups the help overlay shows.
    public enum Group: String, Sendable, CaseIterable {
        case move = "Move", panes = "Panes", views = "Views", find = "Find", plan = "Plan", copy = "Copy and open", app = "App"
    }

    /// Keys that trigger the action.
    public var keys: [Key]
    /// The action.
    public var action: Action
    /// The help group.
    public var group: Group
    /// What the help overlay says it does.
    public var help: String
    /// The short word the status line shows after the first key, or nil to show no hint.
    public var hint: String?
    /// Whether the binding works in a state.
    public var enabled: @Sendable (BrowserState) -> Bool

    /// Creates a binding.
    public init(_ keys: [Key], _ action: Action, _ group: Group, _ help: String, hint: String? = nil,
                enabled: @escaping @Sendable (BrowserState) -> Bool = { _ in true }) {
        self.keys = keys
        self.action = action
        self.group = group
        self.help = help
        self.hint = hint
        self.enabled = enabled
    }
}

/// The binding tables, one per mode.
public enum Keymap {
    /// Normal mode: moving around lists and details.
    public static let normal: [Binding] = [
        Binding([.up, .char("k"), .ctrl("p")], .moveUp, .move, "up one row (details: scroll)"),
        Binding([.down, .char("j"), .ctrl("n"), .ctrl("j")], .moveDown, .move, "down one row (details: scroll)"),
        Binding([.pageUp, .ctrl("u")], .pageUp, .move, "up one page"),
        Binding([.pageDown, .ctrl("d")], .pageDown, .move, "down one page"),
        Binding([.home, .char("g")], .top, .move, "first row"),
        Binding([.end, .char("G")], .bottom, .move, "last row"),
        Binding([.left, .char("h")], .paneLeft, .panes, "pane to the left", hint: "panes", enabled: { $0.canMove(by: -1) }),
        Binding([.right, .char("l")], .paneRight, .panes, "pane to the right", enabled: { $0.canMove(by: 1) }),
        Binding([.tab], .nextPane, .panes, "next pane (wraps)"),
        Binding([.backTab], .previousPane, .panes, "previous pane (wraps)"),
        Binding([.enter], .enter, .panes, "drill in / open details / follow link", hint: "open", enabled: { $0.canEnter }),
        Binding([.char("i")], .details, .panes, "details of the selected row", hint: "details", enabled: { $0.focus != .details && $0.detailsTarget(for: $0.activeList) != .nothing }),
        Binding([.escape, .backspace], .back, .panes, "clear filter, close details, or go back", hint: "back", enabled: { $0.canGoBack }),
        Binding([.char("]")], .nextLink, .panes, "details: next link", hint: "link", enabled: { $0.focus == .details && !$0.detailLinks.isEmpty }),
        Binding([.char("[")], .previousLink, .panes, "details: previous link", enabled: { $0.focus == .details && !$0.detailLinks.isEmpty }),
        Binding([.char("1")], .showCatalogue, .views, "Catalogue view: expos, delegations, booths"),
        Binding([.char("2")], .showExhibitors, .views, "Exhibitors view: every exhibitor A–Z"),
        Binding([.char("3")], .showPlan, .views, "Plan view: the booths you marked, by time"),
        Binding([.char("4")], .showEvents, .views, "Events view: forums, signings and business days"),
        Binding([.char(":")], .command, .views, "command line (:exhibitors, :help…)", hint: "command"),
        Binding([.char("/")], .filter, .find, "filter this list as you type", hint: "filter", enabled: { $0.focus != .details }),
        Binding([.char("s")], .search, .find, "search exhibitors everywhere", hint: "search"),
        Binding([.char("o")], .sort, .find, "cycle sort order", hint: "sort", enabled: { $0.focus != .details }),
        Binding([.char("F")], .facets, .find, "facets: count this list's rows by country, sector, hall…; Enter filters", hint: "facets",
                enabled: { $0.canOpenFacets }),
        Binding([.char("m")], .mark, .plan, "mark or unmark the booth for a visit (★)", hint: "mark", enabled: { $0.canPlan }),
        Binding([.char("n")], .note, .plan, "write a note on the booth (marks it)", hint: "note", enabled: { $0.canPlan }),
        Binding([.char("v")], .cycleStatus, .plan, "next status: to-visit ★, visited ✓, contacted ✉, skipped ✗", enabled: { $0.canPlan }),
        Binding([.char("t")], .planTime, .plan, "plan a time (10:30, 16 10:30, 2017-06-16 10:30, +1h)", enabled: { $0.canPlan }),
        Binding([.char("d")], .removeEntry, .plan, "Plan view: remove the entry", hint: "remove", enabled: { $0.canRemoveEntry }),
        Binding([.char("u")], .undoRemove, .plan, "Plan view: undo the last remove", hint: "undo", enabled: { $0.view == .plan && !$0.plan.undo.isEmpty }),
        Binding([.char("y")], .copyID, .copy, "copy the selected record's id (OSC 52)", hint: "copy id", enabled: { $0.selectedRecord != nil }),
        Binding([.char("Y")], .copyName, .copy, "copy its name", enabled: { $0.selectedRecord != nil }),
        Binding([.char("O")], .openWebsite, .copy, "open the exhibitor's website", hint: "web", enabled: { $0.selectedWebsite != nil }),
        Binding([.char("?")], .help, .app, "this help", hint: "help"),
        Binding([.char("q"), .ctrl("c")], .quit, .app, "quit", hint: "quit"),
    ]

    /// Moving the selection while typing, as in fzf.
    static let typingMoves: [Binding] = [
        Binding([.up, .ctrl("p"), .ctrl("k")], .moveUp, .move, "move the selection up"),
        Binding([.down, .ctrl("n"), .ctrl("j")], .moveDown, .move, "move the selection down"),
        Binding([.pageUp], .pageUp, .move, "up one page"),
        Binding([.pageDown], .pageDown, .move, "down one page"),
    ]

    /// Typing a list's filter.
    public static let filter: [Binding] = [
        Binding([.enter], .accept, .find, "keep the filter", hint: "keep"),
        Binding([.escape], .cancel, .find, "clear the filter", hint: "clear"),
        Binding([.ctrl("c")], .quit, .app, "quit"),
    ] + typingMoves

    /// The search overlay.
    public static let search: [Binding] = [
        Binding([.enter], .accept, .find, "go to the booth", hint: "go to booth", enabled: { !$0.search.hits.isEmpty }),
        Binding([.tab], .mark, .plan, "mark or unmark the booth (★)", hint: "mark", enabled: { $0.canPlan }),
        Binding([.escape], .cancel, .find, "close the search", hint: "close"),
        Binding([.ctrl("c")], .quit, .app, "quit"),
    ] + typingMoves

    /// The `:` command line.
    public static let command: [Binding] = [
        Binding([.enter], .accept, .views, "run the command", hint: "run"),
        Binding([.tab], .complete, .views, "complete the command", hint: "complete"),
        Binding([.escape], .cancel, .views, "close the command line", hint: "cancel"),
        Binding([.ctrl("c")], .quit, .app, "quit"),
    ]

    /// Typing a booth's note.
    public static let note: [Binding] = [
        Binding([.enter], .accept, .plan, "save the note", hint: "save"),
        Binding([.ctrl("j")], .newline, .plan, "new line in the note (also Alt-Enter)", hint: "new line"),
        Binding([.escape], .cancel, .plan, "leave the note as it was", hint: "cancel"),
        Binding([.ctrl("c")], .quit, .app, "quit"),
    ]

    /// Typing a booth's planned time.
    public static let time: [Binding] = [
        Binding([.enter], .accept, .plan, "set the time (empty: no time)", hint: "set"),
        Binding([.escape], .cancel, .plan, "leave the time as it was", hint: "cancel"),
        Binding([.ctrl("c")], .quit, .app, "quit"),
    ]

    /// The facet panel (`F`).
    public static let facets: [Binding] = [
        Binding([.up, .char("k"), .ctrl("p")], .moveUp, .move, "up one value"),
        Binding([.down, .char("j"), .ctrl("n")], .moveDown, .move, "down one value"),
        Binding([.pageUp, .ctrl("u")], .pageUp, .move, "up one page"),
        Binding([.pageDown, .ctrl("d")], .pageDown, .move, "down one page"),
        Binding([.home, .char("g")], .top, .move, "first value"),
        Binding([.end, .char("G")], .bottom, .move, "last value"),
        Binding([.tab, .right, .char("l")], .nextGroup, .find, "next group (country, sector, hall…)", hint: "group",
                enabled: { ($0.facets?.groups.count ?? 0) > 1 }),
        Binding([.backTab, .left, .char("h")], .previousGroup, .find, "previous group", enabled: { ($0.facets?.groups.count ?? 0) > 1 }),
        Binding([.enter], .accept, .find, "add the value to the list's filter (country:ru)", hint: "filter",
                enabled: { !($0.facets?.selected?.term.isEmpty ?? true) }),
        Binding([.backspace], .removeFacet, .find, "take the last added value out of the filter", hint: "undo",
                enabled: { !($0.facets?.added.isEmpty ?? true) }),
        Binding([.escape, .char("F"), .char("q")], .close, .app, "close the panel (the filter stays)", hint: "close"),
        Binding([.ctrl("c")], .quit, .app, "quit"),
    ]

    /// The help overlay.
    public static let help: [Binding] = [
        Binding([.up, .char("k")], .moveUp, .move, "scroll up"),
        Binding([.down, .char("j")], .moveDown, .move, "scroll down"),
        Binding([.pageUp, .ctrl("u")], .pageUp, .move, "up one page"),
        Binding([.pageDown, .ctrl("d"), .char(" ")], .pageDown, .move, "down one page"),
        Binding([.home, .char("g")], .top, .move, "top"),
        Binding([.end, .char("G")], .bottom, .move, "end"),
        Binding([.escape, .char("?"), .char("q"), .enter, .backspace], .close, .app, "close the help", hint: "close"),
        Binding([.ctrl("c")], .quit, .app, "quit"),
    ]

    /// The table of a mode.
    public static func table(for mode: BrowserState.Mode) -> [Binding] {
        switch mode {
        case .normal: return normal
        case .filter: return filter
        case .search: return search
        case .command: return command
        case .help: return help
        case .note: return note
        case .time: return time
        case .facets: return facets
        }
    }

    /// The enabled binding of a key in the state's mode, if any.
    public static func binding(for key: Key, in state: BrowserState) -> Binding? {
        table(for: state.mode).first { $0.keys.contains(key) && $0.enabled(state) }
    }

    /// The keys a text field takes (`TextInput`), for the help overlay.
    public static let editing: [(String, String)] = [
        ("type", "text, fuzzy: 'exact ^start end$ !not a | b \"two words\""),
        ("Latin", "finds other scripts: amurskiy → Амурский, harbin → 哈尔滨"),
        ("fields", "country:ru hall:b sector:food area>=50"),
        ("country:", "ISO code or name: ru, russia, россия, 俄罗斯"),
        ("hall:", "a hall: hall:a is Hall A; hall:1 is Hall 1, not 10"),
        ("code:", "the start of the booth code"),
        ("other fields", "inside the text; quote spaces: sector:\"food pro\""),
        ("← → Ctrl-B/F", "move the text cursor"),
        ("Home End ^A ^E", "start / end of the text"),
        ("Ctrl-W", "delete the word before the cursor"),
        ("Ctrl-U", "delete to the start"),
        ("Ctrl-K", "delete to the end (command line)"),
        ("Del Ctrl-D", "delete under the cursor"),
    ]

    /// What the mouse does, for the help overlay.
    public static let mouse: [(String, String)] = [
        ("click", "select a row, focus its pane"),
        ("click a tab", "show that view"),
        ("wheel", "moves a list's selection; scrolls details, help"),
    ]
}
