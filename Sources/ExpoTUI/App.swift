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
        for e in events {
            state = update(state, e)
            if state.shouldQuit { break }
        }
        if state.shouldQuit { break }
        terminal.draw(render(state))
    }
    return state
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

    /// Records a screen.
    public func draw(_ screen: Screen) { screens.append(screen) }
}
