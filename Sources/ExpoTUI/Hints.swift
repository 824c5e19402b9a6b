import ExpoModel

/// The status line's key hints, generated from the enabled bindings of the current mode, so
/// they are always true: no `/ filter` where `/` does nothing.
public enum Hints {
    /// Which hints stay when the line is short: earlier ones stay longer.
    static let importance: [Action] = [.quit, .help, .accept, .cancel, .newline, .close, .undoRemove, .removeEntry, .back, .enter,
                                       .mark, .filter, .search, .details, .complete, .command, .sort, .nextLink, .copyID,
                                       .openWebsite, .paneLeft]

    /// Each enabled binding that has a hint, as "key word", in the table's order.
    public static func all(for state: BrowserState) -> [(text: String, action: Action)] {
        Keymap.table(for: state.mode).compactMap { b in
            guard let hint = b.hint, let key = b.keys.first, b.enabled(state) else { return nil }
            return (key.label + " " + hint, b.action)
        }
    }

    /// The hints that fit in `width` columns: the least important are left out first.
    public static func line(for state: BrowserState, width: Int) -> String {
        var hints = all(for: state)
        func text() -> String { hints.map(\.text).joined(separator: "  ") }
        func rank(_ a: Action) -> Int { importance.firstIndex(of: a) ?? importance.count }
        while TextWidth.of(text()) > width, let drop = hints.indices.max(by: { rank(hints[$0].action) < rank(hints[$1].action) }) {
            hints.remove(at: drop)
        }
        return text()
    }
}
