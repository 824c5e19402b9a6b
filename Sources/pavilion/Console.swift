#if canImport(Glibc)
import Glibc
#endif
import ExpoModel

/// Output helpers: every line that leaves the program goes through here.
enum Console {
    /// Prints a line to stdout.
    static func out(_ line: String) {
        print(line)
    }

    /// While the browser owns the terminal, error lines are kept here and printed after it
    /// closes; written to the screen they would vanish with it.
    nonisolated(unsafe) static var deferred: [String]?

    /// Prints the kept lines and stops keeping them.
    static func flushDeferred() {
        let lines = deferred ?? []
        deferred = nil
        for l in lines { emit(l) }
    }

    /// Prints one `pavilion: …` line to stderr, with control characters made visible.
    static func error(_ line: String) {
        let s = "pavilion: " + SafeText.visible(line) + "\n"
        if deferred != nil {
            deferred?.append(s)
            return
        }
        emit(s)
    }

    private static func emit(_ line: String) {
        var s = line
        s.withUTF8 { buf in
            var done = 0
            while done < buf.count {
                let n = write(2, buf.baseAddress.map { $0 + done }, buf.count - done)
                if n <= 0 { break }
                done += n
            }
        }
    }

    /// Ends the process now: output is flushed, but the catalogue is not freed record by record
    /// (for a million booths that takes seconds; the system reclaims the memory at once).
    static func finish(_ code: Int32) -> Never {
        fflush(nil)
        exit(code)
    }

    /// True when the file descriptor is a terminal.
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
}

/// Monotonic time for throttling progress.
enum Clock {
    static func nowNS() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
