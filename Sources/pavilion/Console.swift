#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import ExpoModel
import Foundation

/// Output helpers: every line that leaves the program goes through here.
enum Console {
    /// Standard output, written through a checked buffer (see `OutputWriter`).
    nonisolated(unsafe) static let standardOutput = OutputWriter(fd: 1)

    /// Prints a line to stdout; a failed write ends the process (see `outputFailed`).
    static func out(_ line: String) {
        write(line + "\n")
    }

    /// Writes text to stdout as it is; a failed write ends the process (see `outputFailed`).
    static func write(_ text: String) {
        do { try standardOutput.write(text) } catch { outputFailed(error) }
    }

    /// Writes out what is buffered for stdout now (before a summary on stderr, so that a
    /// failed write is not followed by a line saying all went well).
    static func flush() {
        do { try standardOutput.flush() } catch { outputFailed(error) }
    }

    /// Ends the process after standard output failed: quietly with 141 (128 + SIGPIPE) when
    /// the reader of a pipe has gone, as if SIGPIPE had ended it; otherwise with one line on
    /// stderr and exit 74 (EX_IOERR). Never returns; exit handlers do not run again.
    static func outputFailed(_ error: OutputError) -> Never {
        if error.isBrokenPipe { _exit(128 + SIGPIPE) }
        let why = error.code == EBADF ? "standard output is closed" : error.reason
        emit("pavilion: cannot write to standard output: \(why)\n")
        _exit(74)
    }

    /// Writes out what is left for stdout, ours and the C library's (the argument parser's help
    /// goes through `print`), and closes it, so a failure to write or close is never silent.
    /// Runs at exit (see `ProcessSetup`).
    static func finishStandardOutput() {
        do { try standardOutput.flush() } catch { outputFailed(error) }
        errno = 0
        if fflush(nil) != 0 {
            outputFailed(OutputError(code: errno == 0 ? EIO : errno, operation: "write"))
        }
        // Closing reports late errors (a full disk on NFS). Only when something was written:
        // a command that writes nothing to a closed stdout has not failed.
        guard standardOutput.hasOutput else { return }
        if close(1) != 0, errno != EINTR {
            outputFailed(OutputError(code: errno, operation: "close"))
        }
    }

    /// While the browser owns the terminal, error lines are kept here and printed after it
    /// closes; written to the screen they would vanish with it. Guarded by `deferredLock`: the
    /// loading watcher may print them from its own thread when Ctrl-C ends a load.
    nonisolated(unsafe) private static var kept: [String]?
    private static let deferredLock = NSLock()

    /// Starts keeping error lines instead of printing them.
    static func startDeferring() {
        deferredLock.lock()
        kept = []
        deferredLock.unlock()
    }

    /// Prints the kept lines and stops keeping them.
    static func flushDeferred() {
        deferredLock.lock()
        let lines = kept ?? []
        kept = nil
        deferredLock.unlock()
        for l in lines { emit(l) }
    }

    /// Prints one `pavilion: …` line to stderr, with control characters made visible.
    static func error(_ line: String) {
        let s = "pavilion: " + SafeText.visible(line) + "\n"
        deferredLock.lock()
        if kept != nil {
            kept?.append(s)
            deferredLock.unlock()
            return
        }
        deferredLock.unlock()
        emit(s)
    }

    static func emit(_ line: String) {
        var s = line
        s.withUTF8 { buf in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(2, buf.baseAddress.map { $0 + done }, buf.count - done)
                if n <= 0 { break }
                done += n
            }
        }
    }

    /// Ends the process now: output is flushed and checked at exit (see `ProcessSetup`), but the
    /// catalogue is not freed record by record (for a million booths that takes seconds; the
    /// system reclaims the memory at once).
    static func finish(_ code: Int32) -> Never {
        exit(code)
    }

    /// Prints a usage mistake as one line on stderr and gives the exit code to throw (64).
    static func usage(_ message: String) -> ExitCode {
        error(message)
        return ExitCode(64)
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
