#if canImport(Glibc)
import Glibc
#endif

/// Writes a clipboard sequence (`OSC52`) straight to the terminal, between frames.
///
/// It goes to the descriptor ncurses draws on (standard output), after everything curses
/// wrote has left, so it never lands inside another sequence; the terminal takes it without
/// moving the cursor or changing a cell, so the screen ncurses believes is there stays there.
enum Clipboard {
    /// Writes every byte to `fd`: a write cut short is continued, one interrupted by a signal
    /// is retried, and on a non-blocking descriptor that is full the write waits (up to 2 s in
    /// all) for room. Returns 0, or the errno of the failure (ETIMEDOUT when no room came).
    static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        var offset = 0
        var waited: Int32 = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n > 0 { offset += n; continue }
            let err = n < 0 ? errno : EIO
            if err == EINTR { continue }
            guard err == EAGAIN || err == EWOULDBLOCK else { return err }
            guard waited < 2000 else { return ETIMEDOUT }
            var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&p, 1, 100)
            waited += 100
        }
        return 0
    }
}
