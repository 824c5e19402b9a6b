import CNCursesW
import CSignalFlag
import ExpoModel
import ExpoTUI
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal: ncursesw set-up and tear-down, key and mouse input, and drawing only
/// the cells that changed since the last frame. The only code in Pavilion that touches curses.
///
/// `draw` and `close` may be called from different threads (the loading screen is drawn while
/// another thread watches for Ctrl-C); a lock keeps them apart, and nothing is drawn once closed.
public final class CursesTerminal: TerminalBackend, @unchecked Sendable {
    private let lock = TerminalLock()
    private var previous: Screen?
    private var pairs: [Style.Color: Int16] = [:]
    private let useColor: Bool
    private var active = false
    private var keys = KeyDecoder()

    /// How long to wait for the rest of an escape sequence once its ESC has come, in
    /// milliseconds (as ncurses' ESCDELAY, which we set to the same): after it, a lone ESC is
    /// the Escape key.
    static let escapeSequenceWait: Int32 = 25

    /// Signals that end the browser cleanly, restoring the terminal, and are tested as such.
    /// Every other signal whose default action ends a process is handled the same way (see
    /// `pavilion_install_exit_signal_flags`).
    public static let exitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGALRM]

    /// Why the terminal cannot run the browser.
    public struct Unusable: Error, CustomStringConvertible {
        /// What to tell the user.
        public var description: String
    }

    /// Sets up the terminal: UTF-8 locale (falling back to C.UTF-8), cbreak, no echo, no XON/XOFF
    /// flow control, keypad, clicks and wheel of the mouse, hidden cursor, and colours unless
    /// NO_COLOR is set or the terminal has none. The size is always asked of the terminal, never
    /// taken from COLUMNS and LINES.
    /// - Throws: `Unusable` when TERM names no known terminal or one that cannot move the cursor.
    public init() throws(Unusable) {
        setlocale(LC_ALL, "")
        if let cs = shim_codeset(), String(cString: cs).uppercased().replacingUTF8Dash() != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
        // Our handlers go in before initscr, so ncurses leaves them alone. They only set a flag:
        // the run loop (or the loading watch) then restores the terminal and exits. SIGTSTP is
        // left to ncurses, which restores the terminal, stops, and redraws on `fg`.
        pavilion_install_exit_signal_flags()
        if getenv("ESCDELAY") == nil { setenv("ESCDELAY", "25", 1) }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard shim_newterm() != nil else {
            throw Unusable(description: "the terminal type TERM=\(term.isEmpty ? "(unset)" : term) is unknown to ncurses; set TERM to one your terminal supports (e.g. xterm-256color), or use `pavilion search`")
        }
        guard shim_can_move_cursor() != 0 else {
            endwin()
            throw Unusable(description: "the terminal TERM=\(term) cannot move the cursor, so it cannot show the browser; set TERM (e.g. xterm-256color), or use `pavilion search`")
        }
        cbreak()
        noecho()
        nonl()
        intrflush(shim_stdscr(), false)
        // Ctrl-S would otherwise stop all output until Ctrl-Q. Kept as ncurses' program mode,
        // so it is set again after Ctrl-Z and `fg`; endwin restores the user's setting.
        _ = pavilion_disable_flow_control(0)
        def_prog_mode()
        keypad(shim_stdscr(), true)
        curs_set(0)
        mousemask(shim_used_mouse_events(), nil)
        mouseinterval(0)
        let noColor = (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty == false
        useColor = !noColor && has_colors()
        if useColor {
            start_color()
            use_default_colors()
            let table: [(Style.Color, Int16)] = [(.accent, Int16(COLOR_CYAN)), (.match, Int16(COLOR_YELLOW)), (.muted, Int16(COLOR_BLUE)),
                                                 (.header, Int16(COLOR_CYAN)), (.warning, Int16(COLOR_MAGENTA))]
            for (i, (c, fg)) in table.enumerated() {
                init_pair(Int16(i + 1), fg, -1)
                pairs[c] = Int16(i + 1)
            }
        }
        // Bracketed paste: the terminal marks pasted text (ESC [ 200 ~ … ESC [ 201 ~), so a
        // line break in a paste is text, never Enter (KeyDecoder, `update`).
        fflush(nil)
        _ = Clipboard.writeAll(Array(Self.bracketedPasteOn.utf8), to: STDOUT_FILENO)
        active = true
    }

    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"

    /// Restores the terminal: cursor visible, echo on, flow control and mouse as they were,
    /// alternate screen left. Safe to call more than once and from any thread.
    public func close() {
        lock.locked {
            guard active else { return }
            active = false
            mousemask(0, nil)
            curs_set(1)
            fflush(nil)
            _ = Clipboard.writeAll(Array(Self.bracketedPasteOff.utf8), to: STDOUT_FILENO)
            endwin()
        }
    }

    deinit { close() }

    /// The current size.
    public var size: Size { Size(width: Int(shim_cols()), height: Int(shim_lines())) }

    /// The signal that asked the browser to end, or 0.
    public private(set) var interruptedBy: Int32 = 0

    /// True once the terminal's input has ended (its other side closed).
    public private(set) var inputEnded = false
    /// When set, a wait this long with no input returns `[.tick]`.
    public var idleTickMS: Int32?

    /// Blocks until input arrives (no busy loop), then drains everything already queued.
    ///
    /// The wait is a blocking read whatever came before: a key that means nothing to the
    /// browser (F1–F12, Insert, a mouse release) is dropped and the wait goes on. Only once a
    /// key has been kept are further reads non-blocking, to collect the rest of a paste.
    ///
    /// Keys ncurses decodes (keypad on: the sequences terminfo names, the mouse and resizes)
    /// come as `KEY_*` codes; every other byte goes through a `KeyDecoder`, which reads UTF-8
    /// text and the escape sequences ncurses does not know (tmux's `ESC [ 1 ~` for Home). Once
    /// an ESC has come, the rest of its sequence is waited for at most `escapeSequenceWait`
    /// milliseconds; then a lone ESC is the Escape key, and an unfinished sequence is dropped.
    ///
    /// Returns no events when a signal asks the browser to end (`interruptedBy`) or the input
    /// has ended (`inputEnded`: the terminal hung up or is gone).
    public func readEvents() -> [Event] {
        var events: [Event] = []
        var failures = 0
        while true {
            if let sig = takeSignal() { interruptedBy = sig; return [] }
            let waiting = events.isEmpty
            let inSequence = keys.isPending
            wtimeout(shim_stdscr(), inSequence ? Self.escapeSequenceWait : waiting ? (idleTickMS ?? -1) : 0)
            shim_clear_errno()
            var started = timespec()
            clock_gettime(CLOCK_MONOTONIC, &started)
            // Bytes, decoded here (`KeyDecoder`, `UTF8InputDecoder`): ncurses' wget_wch would
            // wait for ever inside its read after bytes that are not UTF-8.
            let got = wgetch(shim_stdscr())
            if got == ERR {
                let err = shim_errno()
                if let sig = takeSignal() { interruptedBy = sig; return [] }
                // The rest of an escape sequence did not come in time: a lone ESC is Escape.
                // Then the loop goes on as before the ESC (a blocking read if nothing was kept).
                if inSequence {
                    events += keys.finish().map { .key($0) }
                    continue
                }
                // Non-blocking: nothing more is queued.
                if !waiting { break }
                // A blocking read was interrupted by a signal that does not end the browser.
                if err == EINTR { continue }
                // The idle wait ran out with no input: a tick, unless the terminal has gone.
                // (Only when the wait really lasted: a read failing at once is handled below.)
                if let tick = idleTickMS, waiting, shim_input_hung_up(0) == 0, err != EIO, err != EBADF, err != ENXIO,
                   Self.millisecondsSince(started) >= Int(tick) * 9 / 10 {
                    return [.tick]
                }
                // A blocking read failed: the terminal has hung up or is gone (end of input).
                // Any other failure is read again; one that keeps repeating without input waits
                // 100 ms between reads, so it cannot spin.
                if shim_input_hung_up(0) != 0 || err == EIO || err == EBADF || err == ENXIO {
                    inputEnded = true
                    return []
                }
                failures += 1
                if failures >= 100 {
                    var p = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
                    _ = poll(&p, 1, 100)
                }
                continue
            }
            failures = 0
            if got >= KEY_MIN {
                // A key ncurses decoded ends any sequence of ours still open (Esc, then ↑).
                events += keys.finish().map { .key($0) }
                if let e = decode(keyCode: got) { events.append(e) }
            } else {
                events += keys.feed(UInt8(truncatingIfNeeded: got)).map { .key($0) }
            }
            if events.count >= 20_000, !keys.isPending { break }
        }
        wtimeout(shim_stdscr(), -1)
        return events
    }

    private func takeSignal() -> Int32? {
        let s = pavilion_take_signal()
        return s == 0 ? nil : s
    }

    /// The event of a key code ncurses decoded (`KEY_*`), or nil for one the browser does not use.
    private func decode(keyCode k: Int32) -> Event? {
        if k == shim_key_resize() { return .resize(size) }
        if k == shim_key_mouse() {
            var m = MEVENT()
            guard getmouse(&m) == OK else { return nil }
            if m.bstate & shim_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: Int(m.x), y: Int(m.y))) }
            if shim_button5_pressed() != 0, m.bstate & shim_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: Int(m.x), y: Int(m.y))) }
            if m.bstate & (shim_button1_pressed() | shim_button1_clicked()) != 0 { return .mouse(MouseEvent(.press, x: Int(m.x), y: Int(m.y))) }
            return nil
        }
        switch k {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        default: return nil
        }
    }

    /// Draws a screen, writing only the cells that differ from the last one (`Screen.diff`).
    /// Does nothing once the terminal is closed.
    public func draw(_ screen: Screen) {
        lock.locked {
            guard active else { return }
            drawLocked(screen)
        }
    }

    private func drawLocked(_ screen: Screen) {
        let diff = screen.diff(from: previous)
        if diff.erasesFirst { erase() }
        for change in diff.changes { put(change.cell, x: change.x, y: change.y) }
        previous = screen
        refresh()
    }

    /// Carries out an effect; returns the status line's message.
    ///
    /// - `.copy`: OSC 52 (`OSC52.plan`) written straight to the terminal, between frames (see
    ///   `Clipboard`). Inside tmux (`$TMUX` set) the same sequence is written: tmux takes it
    ///   when its `set-clipboard` option is `on` and ignores it under the default `external`.
    /// - `.openURL`: an http(s) address is handed to `xdg-open`, detached, when there is a
    ///   desktop (`URLOpenPlan.plan`); otherwise the message holds the address whole.
    /// - `.quit`: nothing (the run loop ends the browser).
    /// Milliseconds on the monotonic clock since `t`.
    static func millisecondsSince(_ t: timespec) -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return (now.tv_sec - t.tv_sec) * 1000 + (now.tv_nsec - t.tv_nsec) / 1_000_000
    }

    public func perform(_ effect: Effect) -> String? {
        switch effect {
        case .plan:
            // The run loop gives plan changes to its PlanBackend, never to the terminal.
            return nil
        case let .copy(text, what):
            switch OSC52.plan(copying: text, what: what) {
            case let .refuse(message):
                return message
            case let .write(sequence, message):
                return lock.locked {
                    guard active else { return "cannot copy the \(what): the terminal is closed" }
                    // Anything still buffered goes first, so the sequence never lands inside
                    // one of curses' own.
                    fflush(nil)
                    let err = Clipboard.writeAll(sequence, to: STDOUT_FILENO)
                    return err == 0 ? message : "cannot copy the \(what): \(String(cString: strerror(err)))"
                }
            }
        case let .openURL(url):
            var environment: [String: String] = [:]
            for name in ["DISPLAY", "WAYLAND_DISPLAY", "PATH"] {
                if let v = getenv(name) { environment[name] = String(cString: v) }
            }
            switch URLOpenPlan.plan(for: url, environment: environment, isExecutable: URLOpener.isExecutableFile) {
            case let .refuse(message), let .show(message):
                return message
            case let .spawn(executable, arguments, message):
                do {
                    try URLOpener.spawnDetached(executable, arguments: arguments)
                    return message
                } catch {
                    return "cannot start \(executable) (\(error)): \(url)"
                }
            }
        case .quit:
            return nil
        }
    }

    /// Forgets the last frame so the next draw repaints everything (after a resume).
    public func invalidate() {
        previous = nil
        clearok(shim_stdscr(), true)
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var attrs = shim_a_normal()
        let st = cell.style
        if st.bold { attrs |= shim_a_bold() }
        if st.reverse { attrs |= shim_a_reverse() }
        if st.underline { attrs |= shim_a_underline() }
        if st.dim && !useColor { attrs |= shim_a_dim() }
        let pair = useColor ? (pairs[st.color] ?? 0) : 0
        var wch: [wchar_t] = []
        // A cell holds one spacing character and its marks, at most CCHARW_MAX (5) code points.
        for u in cell.text.unicodeScalars.prefix(GraphemeCells.maxScalarsPerCell) { wch.append(wchar_t(bitPattern: u.value)) }
        if wch.isEmpty { wch = [0x20] }
        wch.append(0)
        _ = shim_put_cell(Int32(y), Int32(x), wch, attrs, pair)
    }
}

private extension String {
    func replacingUTF8Dash() -> String { filter { $0 != "-" } }
}
