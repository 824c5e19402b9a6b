import ExpoModel

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
    /// When set, `readEvents` returns `[.tick]` after this many milliseconds without input
    /// (a blocking wait with a timeout, never a busy loop).
    var idleTickMS: Int32? { get set }
}

/// Where the browser's visit plan is kept. `pavilion` implements it with ExpoStore's
/// `PlanStore`; the browser itself never opens a database.
public protocol PlanBackend: AnyObject {
    /// Stores a change in one transaction; nil when it was kept, else why not, with the plan
    /// as stored to show instead.
    func store(_ change: PlanChange) -> PlanBackendFailure?
    /// The plan as stored, when another process changed it since the last call; nil when not.
    func changes() -> (entries: [PlanEntry], readOnly: String?)?
}

/// A change the plan's store could not keep.
public struct PlanBackendFailure: Sendable, Equatable {
    /// Why, in one line.
    public var message: String
    /// The plan as stored.
    public var entries: [PlanEntry]
    /// Why the plan cannot be changed, when it cannot.
    public var readOnly: String?

    /// Creates a failure.
    public init(message: String, entries: [PlanEntry], readOnly: String?) {
        self.message = message
        self.entries = entries
        self.readOnly = readOnly
    }
}

/// Runs the browser until it quits or the input ends; returns the final state. Effects that
/// `update` asks for are carried out here, and what they report goes back in as a notice.
@discardableResult
public func runBrowser(_ initial: BrowserState, on terminal: TerminalBackend, plan: PlanBackend? = nil) -> BrowserState {
    var state = update(initial, .resize(terminal.size)).state
    if plan != nil { terminal.idleTickMS = 1000 }
    terminal.draw(render(state))
    while true {
        let events = terminal.readEvents()
        if events.isEmpty { break }
        if events == [.tick] {
            // Idle: show what another process changed in the plan, if anything; else draw nothing.
            guard let (entries, readOnly) = plan?.changes() else { continue }
            state = update(state, .plan(entries, readOnly: readOnly)).state
            terminal.draw(render(state))
            continue
        }
        let (next, effects) = update(state, events.filter { $0 != .tick })
        state = next
        if effects.contains(.quit) { break }
        for effect in effects {
            if case let .plan(change) = effect {
                guard let failure = plan?.store(change) else { continue }
                state = update(state, .plan(failure.entries, readOnly: failure.readOnly)).state
                state = update(state, .notice(failure.message)).state
            } else if let note = terminal.perform(effect) {
                state = update(state, .notice(note)).state
            }
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
        // Alt-Enter arrives as Esc and Enter together: in a note it is a new line, not a cancel.
        if s.mode == .note, events[i] == .key(.escape), i + 1 < events.count, events[i + 1] == .key(.enter) {
            s = update(s, .key(.ctrl("j"))).state
            i += 2
            continue
        }
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
    public var isTyping: Bool { self == .filter || self == .search || self == .command || self == .note || self == .time }
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
    /// Recorded only: the queued batches decide when ticks come.
    public var idleTickMS: Int32?

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
        case .quit, .plan: return nil
        }
    }
}
