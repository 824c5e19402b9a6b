import ExpoModel

/// A key press, decoded by the terminal module.
public enum Key: Sendable, Hashable {
    /// A printable character.
    case char(Character)
    /// Control plus a letter, e.g. `.ctrl("u")`.
    case ctrl(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    /// The start and end of a bracketed paste (`ESC [ 200 ~`, `ESC [ 201 ~`): the keys between
    /// are text, never commands.
    case pasteStart, pasteEnd

    /// How the help overlay names the key.
    public var label: String {
        switch self {
        case let .char(c): return c == " " ? "Space" : String(c)
        case let .ctrl(c): return "Ctrl-" + String(c).uppercased()
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .delete: return "Del"
        case .pasteStart: return "paste"
        case .pasteEnd: return "end of paste"
        }
    }
}

/// A mouse event at a cell.
public struct MouseEvent: Sendable, Equatable {
    /// What happened.
    public enum Kind: Sendable, Equatable {
        case press, wheelUp, wheelDown
    }

    /// What happened.
    public var kind: Kind
    /// Column.
    public var x: Int
    /// Row.
    public var y: Int

    /// Creates a mouse event.
    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Everything the browser reacts to.
public enum Event: Sendable, Equatable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this size.
    case resize(Size)
    /// A one-line message for the status line, from the run loop (what an effect did).
    case notice(String)
    /// The visit plan as stored: another process changed it, or a change could not be kept.
    /// `readOnly` says why the plan cannot be changed, when it cannot.
    case plan([PlanEntry], readOnly: String?)
    /// The run loop woke with no input (about once a second), e.g. to look for others' plan changes.
    case tick
}
