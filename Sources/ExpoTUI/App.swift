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

/// Runs the browser until it quits or the input ends; returns the final state.
@discardableResult
public func runBrowser(_ initial: BrowserState, on terminal: TerminalBackend) -> BrowserState {
    var state = initial
    state.size = terminal.size
    state = update(state, .resize(terminal.size))
    terminal.draw(render(state))
    while !state.shouldQuit {
        let events = terminal.readEvents()
        if events.isEmpty { break }
        state = update(state, events)
        if state.shouldQuit { break }
        terminal.draw(render(state))
    }
    return state
}

/// Applies a batch of events. Runs of typed characters while a filter or the search is being
/// typed are applied as one edit, so a 10,000-key paste filters once, not 10,000 times.
public func update(_ state: BrowserState, _ events: [Event]) -> BrowserState {
    var s = state
    var i = 0
    while i < events.count, !s.shouldQuit {
        if s.editingFilter || s.overlay == .search, case let .key(.char(first)) = events[i] {
            var text = String(first)
            var j = i + 1
            while j < events.count, case let .key(.char(c)) = events[j] { text.append(c); j += 1 }
            s = s.typing(text)
            i = j
            continue
        }
        s = update(s, events[i])
        i += 1
    }
    return s
}

/// A terminal with no I/O: events are queued in batches, and every drawn screen is recorded.
public final class RecordingTerminal: TerminalBackend {
    /// The size reported; a `.resize` event in a batch changes it.
    public private(set) var size: Size
    /// Batches still to deliver.
    public var pending: [[Event]]
    /// Every screen drawn, in order.
    public private(set) var screens: [Screen] = []

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

    /// Every effect performed, in order.
    public private(set) var effects: [Effect] = []

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
