import CSignalFlag
#if canImport(Glibc)
import Glibc
#endif

/// Ends the process cleanly when a signal comes while the main thread is busy, such as loading
/// and indexing a large catalogue: Ctrl-C (or SIGTERM, SIGHUP…) then restores the terminal and
/// exits within about 10 ms, wherever the loading is.
///
/// A thread of its own polls the flag that the signal handlers set. `stop()` hands the flag back
/// to the run loop, which reads it between keys.
public final class SignalWatch: @unchecked Sendable {
    private let terminal: CursesTerminal
    private let beforeExit: @Sendable (Int32) -> Void
    private let lock = TerminalLock()
    private var stopped = false
    private var thread: pthread_t?

    /// How often the flag is looked at.
    static let intervalMicroseconds: UInt32 = 10_000

    /// Starts watching.
    /// - Parameters:
    ///   - terminal: closed before the process exits.
    ///   - beforeExit: called with the signal after the terminal is restored and before the
    ///     process exits (to print messages held back while the screen was shown).
    public init(terminal: CursesTerminal, beforeExit: @escaping @Sendable (Int32) -> Void) {
        self.terminal = terminal
        self.beforeExit = beforeExit
        var tid = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let rc = pthread_create(&tid, nil, { context in
            guard let context else { return nil }
            let watch = Unmanaged<SignalWatch>.fromOpaque(context).takeRetainedValue()
            watch.watch()
            return nil
        }, context)
        if rc == 0 {
            thread = tid
        } else {
            // No thread: the run loop still sees the signal once loading ends.
            Unmanaged<SignalWatch>.fromOpaque(context).release()
        }
    }

    /// Stops watching and waits for the thread to end. A signal that comes later stays pending
    /// for the run loop.
    public func stop() {
        lock.locked { stopped = true }
        if let thread { pthread_join(thread, nil) }
        thread = nil
    }

    /// The exit status for a signal: 0 for Ctrl-C (quitting), 128 + N for the others.
    public static func exitStatus(for signal: Int32) -> Int32 { signal == SIGINT ? 0 : 128 + signal }

    private func watch() {
        while true {
            let signal: Int32? = lock.locked {
                if stopped { return nil }
                let s = pavilion_pending_signal()
                return s == 0 ? 0 : pavilion_take_signal()
            }
            guard let signal else { return }
            if signal != 0 {
                terminal.close()
                beforeExit(signal)
                _exit(Self.exitStatus(for: signal))
            }
            usleep(Self.intervalMicroseconds)
        }
    }
}
