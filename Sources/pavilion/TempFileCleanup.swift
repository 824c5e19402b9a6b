#if canImport(Glibc)
import Glibc
#endif

/// Removes a named temporary file when a signal ends the process while it exists.
///
/// Used only where an unnamed file (`O_TMPFILE`) cannot be: while a temporary file is
/// registered, SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT, SIGUSR1, SIGUSR2 and SIGALRM unlink it
/// and then end the process with the same signal. SIGKILL cannot be caught; that is why the
/// unnamed file comes first.
enum TempFileCleanup {
    /// The signals that remove the file before ending the process.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM]

    /// The path to unlink, as a C string the handler can use without allocating.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var installed = false

    /// Registers `path` for removal on a signal (replacing any earlier one).
    static func register(_ path: String) {
        blockSignals(true)
        let old = pending
        pending = strdup(path)
        free(old)
        if !installed {
            installed = true
            for sig in signals {
                // A signal the user had ignored (nohup's SIGHUP) stays ignored.
                let previous = signal(sig, onSignal)
                if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                    signal(sig, SIG_IGN)
                }
            }
        }
        blockSignals(false)
    }

    /// Forgets the registered file (it was renamed into place or removed).
    static func unregister() {
        blockSignals(true)
        let old = pending
        pending = nil
        free(old)
        blockSignals(false)
    }

    /// Holds the handled signals back, so a file can be made and registered as one step.
    static func blockSignals() { blockSignals(true) }

    /// Lets the handled signals through again.
    static func unblockSignals() { blockSignals(false) }

    /// Blocks or unblocks the handled signals, so the handler never sees a half-changed path.
    private static func blockSignals(_ block: Bool) {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in signals { sigaddset(&set, sig) }
        sigprocmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, nil)
    }

    /// The handler: unlink (async-signal-safe), then die of the same signal.
    private static let onSignal: @convention(c) (Int32) -> Void = { sig in
        if let p = TempFileCleanup.pending { unlink(p) }
        signal(sig, SIG_DFL)
        raise(sig)
    }
}
