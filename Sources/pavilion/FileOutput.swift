#if canImport(Glibc)
import Glibc
#endif

/// Writes output files safely.
///
/// A regular file (or a new one) is written to a temporary file beside it and renamed over it,
/// so an interrupted write never leaves half a catalogue, and an existing file keeps its
/// permissions. A symbolic link is followed and its target written the same way. Anything else
/// (a device such as /dev/null, a FIFO, a terminal) is opened and written in place, never replaced.
enum FileOutput {
    struct Failure: Error {
        var reason: String
    }

    static func write(_ text: String, to path: String) throws(Failure) {
        var target = path
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else { throw Failure(reason: String(cString: strerror(errno))) }
            target = String(cString: resolved)
            free(resolved)
        }
        var mode: mode_t = 0o644
        if stat(target, &st) == 0 {
            let type = st.st_mode & S_IFMT
            if type == S_IFDIR { throw Failure(reason: "it is a directory") }
            if type != S_IFREG { return try writeInPlace(text, to: target) }
            mode = st.st_mode & 0o7777
        }
        let tmp = target + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL, mode)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        fchmod(fd, mode)
        if let reason = writeAll(text, fd) {
            close(fd)
            unlink(tmp)
            throw Failure(reason: reason)
        }
        close(fd)
        guard rename(tmp, target) == 0 else {
            let e = errno
            unlink(tmp)
            throw Failure(reason: String(cString: strerror(e)))
        }
    }

    /// Writes to an existing non-regular file (a device, a FIFO) without replacing it.
    private static func writeInPlace(_ text: String, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if let reason = writeAll(text, fd) { throw Failure(reason: reason) }
    }

    /// Writes every byte; returns why it failed, or nil.
    private static func writeAll(_ text: String, _ fd: Int32) -> String? {
        var copy = text
        var failure: String?
        copy.withUTF8 { buf in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress.map { $0 + done }, buf.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                done += n
            }
        }
        return failure
    }
}
