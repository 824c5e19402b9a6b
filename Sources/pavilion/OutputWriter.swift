#if canImport(Glibc)
import Glibc
#endif

/// Why writing output failed: the system's error number and what was being done.
struct OutputError: Error, CustomStringConvertible {
    /// The `errno` of the failed call.
    var code: Int32
    /// The call that failed, for the message ("write", "fsync", "close").
    var operation: String

    /// The system's text for the error, e.g. "No space left on device".
    var reason: String { String(cString: strerror(code)) }

    var description: String { "\(operation) failed: \(reason)" }

    /// True for a pipe whose reader has gone (`| head`), which is not worth a message.
    var isBrokenPipe: Bool { code == EPIPE }
}

/// A buffered writer to a file descriptor that checks every write.
///
/// Text is gathered in a buffer of `capacity` bytes and written with `write(2)`, retried on
/// `EINTR` and after short writes. The first failure is thrown and remembered: later writes
/// throw it again without touching the descriptor, so output after an error can never be
/// mistaken for complete output.
final class OutputWriter {
    /// The descriptor written to.
    let fd: Int32
    private var buffer: [UInt8] = []
    private let capacity: Int
    private var failure: OutputError?
    /// Bytes handed to the system so far.
    private(set) var bytesWritten = 0

    /// A writer to `fd`, flushing whenever `capacity` bytes are waiting.
    init(fd: Int32, capacity: Int = 1 << 16) {
        self.fd = fd
        self.capacity = capacity
        buffer.reserveCapacity(capacity)
    }

    /// True when something was written or is waiting to be.
    var hasOutput: Bool { bytesWritten > 0 || !buffer.isEmpty }

    /// Adds text to the output, writing out the buffer when it is full.
    func write(_ text: String) throws(OutputError) {
        if let failure { throw failure }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes everything buffered so far.
    func flush() throws(OutputError) {
        if let failure { throw failure }
        var error: Int32 = 0
        let written = buffer.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            var done = 0
            while done < raw.count {
                let n = Glibc.write(fd, base + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    // A non-blocking descriptor inherited from the parent: wait until it takes more.
                    if errno == EAGAIN || errno == EWOULDBLOCK {
                        var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                        if poll(&p, 1, -1) >= 0 || errno == EINTR { continue }
                    }
                    error = errno
                    break
                }
                if n == 0 { error = EIO; break }
                done += n
            }
            return done
        }
        bytesWritten += written
        buffer.removeAll(keepingCapacity: true)
        if error != 0 {
            let e = OutputError(code: error, operation: "write")
            failure = e
            throw e
        }
    }
}
