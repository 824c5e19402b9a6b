/// What the browser needs from a terminal. The curses module implements it for real; a
/// `RecordingTerminal` implements it for tests.
public protocol TerminalBackend: AnyObject {
    /// The current size.
    var size: Size { get }
    /// Waits for input and returns every event already available, so a paste is handled as
    /// one batch and drawn once. An empty array means the input has ended.
    func readEvents() -> [Event]
    /// Shows a screen.
    func draw(_ screen: Screen)
    /// Carries out an effect other than quitting; returns a one-line message for the status
    /// line (what was done, or why it could not be), or nil.
    func perform(_ effect: Effect) -> String?
}

/// Runs the browser until it quits or the input ends; returns the final state. Effects that
/// `update` asks for are carried out here, and what they report goes back in as a notice.
@discardableResult
public func runBrowser(_ initial: BrowserState, on terminal: TerminalBackend) -> BrowserState {
    var state = update(initial, .resize(terminal.size)).state
    terminal.draw(render(state))
    while true {
        let events = terminal.readEvents()
        if events.isEmpty { break }
        let (next, effects) = update(state, events)
        state = next
        if effects.contains(.quit) { break }
        for effect in effects {
            if let note = terminal.perform(effect) { state = update(state, .notice(note)).state }
        }
        terminal.draw(render(state))
    }
    return state
}

/// Applies a batch of events, stopping at a quit. Runs of typed characters while a field is
/// being typed in are applied as one edit, so a 10,000-key paste filters once, not 10,000 times.
public func update(_ state: BrowserState, _ events: [Event]) -> (state: BrowserState, effects: [Effect]) {
    var s = state
    var effects: [Effect] = []
    var i = 0
    while i < events.count, !effects.contains(.quit) {
        if s.mode.isTyping, case let .key(first) = events[i], let text = s.text(of: first) {
            // A run of typed or pasted text is one edit.
            var run = text
            var j = i + 1
            while j < events.count, case let .key(k) = events[j], let t = s.text(of: k) { run += t; j += 1 }
            s = s.typing(run)
            i = j
            continue
        }
        let (next, more) = update(s, events[i])
        s = next
        effects += more
        i += 1
    }
    return (s, effects)
}

extension BrowserState.Mode {
    /// True in the modes that type into a field.
    public var isTyping: Bool { self == .filter || self == .search || self == .command }
}

/// A terminal with no I/O: events are queued in batches, and every drawn screen is recorded.
public final class RecordingTerminal: TerminalBackend {
    /// The size reported; a `.resize` event in a batch changes it.
    public private(set) var size: Size
    /// Batches still to deliver.
    public var pending: [[Event]]
    /// Every screen drawn, in order.
    public private(set) var screens: [Screen] = []
    /// Every effect performed, in order.
    public private(set) var effects: [Effect] = []

    /// Creates a terminal of a size with queued event batches.
    public init(size: Size, batches: [[Event]] = []) {
        self.size = size
        self.pending = batches
    }

    /// Delivers the next batch.
    public func readEvents() -> [Event] {
        guard !pending.isEmpty else { return [] }
        let batch = pending.removeFirst()
        for case let .resize(s) in batch { size = s }
        return batch
    }

    /// Records a screen.
    public func draw(_ screen: Screen) { screens.append(screen) }

    /// Records an effect; says what it would have done.
    public func perform(_ effect: Effect) -> String? {
        effects.append(effect)
        switch effect {
        case let .copy(_, what): return "copied \(what)"
        case let .openURL(url): return url
        case .quit: return nil
        }
    }
}
