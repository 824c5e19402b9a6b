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

    /// Prints one `pavilion: …` line to stderr, with control characters made visible.
    static func error(_ line: String) {
        var s = "pavilion: " + SafeText.visible(line) + "\n"
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
