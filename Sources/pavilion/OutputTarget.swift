#if canImport(Glibc)
import Glibc
#endif

/// Where `--output` writes, checked before any input is read.
///
/// A symbolic link is followed to its target. The output may never be an input (the same
/// device and inode, however it is named: a link, a hard link, `./x`). An existing regular file
/// is replaced only when `force` is set, and a read-only one never. A device, FIFO or socket
/// (such as /dev/null) and a descriptor link (/dev/fd/N) are written in place and never replaced.
struct OutputTarget {
    /// The path as the user gave it, for messages.
    let path: String
    /// The file actually written: `path` with a symbolic link followed.
    let target: String
    /// The existing regular file's status, or nil when there is none yet.
    let existing: stat?
    /// True for a device, FIFO or socket, written in place.
    let inPlace: Bool
    /// True when an existing file may be replaced.
    let force: Bool

    /// Checks `path` as an output.
    /// - Parameters:
    ///   - path: the output path.
    ///   - force: whether an existing file may be replaced.
    ///   - inputs: paths the command reads; the output may be none of them.
    /// - Throws: `OutputFailure` (exit 73) naming what is wrong and what to do.
    init(path: String, force: Bool, inputs: [String]) throws(OutputFailure) {
        self.path = path
        self.force = force
        var target = path
        var st = stat()
        if Self.isDescriptorLink(path) {
            // /dev/stderr, /dev/fd/N, /proc/self/fd/N: links to what is already open. Replacing
            // the file behind one would leave the shell's descriptor on the old one: write in place
            // (truncated first, as a shell's `>` does, and only with --force when it is a file).
            guard stat(path, &st) == 0 else { throw .cannotCreate(path, "cannot write: \(String(cString: strerror(errno)))") }
            if st.st_mode & S_IFMT == S_IFDIR { throw .cannotCreate(path, "cannot write: it is a directory") }
            for input in inputs where Self.isSameFile(st, input) {
                throw .cannotCreate(path, "is the input file \(input); write the catalogue to another file")
            }
            if st.st_mode & S_IFMT == S_IFREG {
                if Self.isReadOnly(st, path) { throw .cannotCreate(path, "is a read-only file; it is never replaced") }
                if !force, st.st_size > 0 { throw .cannotCreate(path, "is an existing file; add --force to replace it") }
            }
            (self.target, existing, inPlace) = (path, nil, true)
            return
        }
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(path, nil) else {
                throw .cannotCreate(path, "cannot follow the symbolic link: \(String(cString: strerror(errno)))")
            }
            target = String(cString: resolved)
            free(resolved)
        }
        self.target = target
        guard stat(target, &st) == 0 else {
            guard errno == ENOENT else { throw .cannotCreate(path, "cannot write: \(String(cString: strerror(errno)))") }
            existing = nil
            inPlace = false
            return
        }
        for input in inputs where Self.isSameFile(st, input) {
            throw .cannotCreate(path, "is the input file \(input); write the catalogue to another file")
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw .cannotCreate(path, "cannot write: it is a directory") }
        if type != S_IFREG {
            existing = nil
            inPlace = true
            return
        }
        if Self.isReadOnly(st, target) {
            throw .cannotCreate(path, "is read-only; it is never replaced, even with --force (make it writable or choose another name)")
        }
        if !force { throw .cannotCreate(path, "already exists; add --force to replace it") }
        existing = st
        inPlace = false
    }

    /// True for "-" and the names of standard output (/dev/stdout, /dev/fd/1, /proc/self/fd/1),
    /// which commands write through `Console` like no --output at all.
    static func isStandardOutput(_ path: String) -> Bool {
        ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].contains(path)
    }

    /// True for names of already open descriptors (/dev/stdin, /dev/stdout, /dev/stderr,
    /// /dev/fd/N, /proc/self/fd/N, /proc/PID/fd/N), written in place and never replaced. Other
    /// paths under /dev and /proc (a tmpfs such as /dev/shm) are ordinary paths.
    static func isDescriptorLink(_ path: String) -> Bool {
        if ["/dev/stdin", "/dev/stdout", "/dev/stderr"].contains(path) { return true }
        if path.hasPrefix("/dev/fd/") { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        return parts.count == 4 && parts[0] == "proc" && parts[2] == "fd"
    }

    /// True when `other` names the file whose status is `st`.
    static func isSameFile(_ st: stat, _ other: String) -> Bool {
        var o = stat()
        return stat(other, &o) == 0 && o.st_dev == st.st_dev && o.st_ino == st.st_ino
    }

    /// True when the file has no write permission bit, or the user may not write it. (Root may
    /// write anything, so the bits are checked too.)
    static func isReadOnly(_ st: stat, _ path: String) -> Bool {
        st.st_mode & 0o222 == 0 || access(path, W_OK) != 0
    }

    /// The directory that holds the target, and the target's name in it.
    var directoryAndName: (directory: String, name: String) {
        guard let slash = target.lastIndex(of: "/") else { return (".", target) }
        let dir = String(target[..<slash])
        return (dir.isEmpty ? "/" : dir, String(target[target.index(after: slash)...]))
    }
}
