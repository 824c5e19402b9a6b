#if canImport(Glibc)
import Glibc
#endif

/// Writes files atomically: to a temporary file beside the target, then renamed over it, so an
/// interrupted write never leaves half a catalogue.
enum FileOutput {
    struct Failure: Error {
        var reason: String
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        let tmp = path + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var ok = true
        var copy = text
        copy.withUTF8 { buf in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress.map { $0 + done }, buf.count - done)
                if n < 0 { if errno == EINTR { continue }; ok = false; break }
                done += n
            }
        }
        let err = errno
        close(fd)
        guard ok else { unlink(tmp); throw Failure(reason: String(cString: strerror(err))) }
        guard rename(tmp, path) == 0 else {
            let e = errno
            unlink(tmp)
            throw Failure(reason: String(cString: strerror(e)))
        }
    }
}
