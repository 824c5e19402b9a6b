#if canImport(Glibc)
import Glibc
#endif

/// Writes output files so that the destination's name only ever holds a complete file.
///
/// The text goes to an unnamed file in the destination's directory (`O_TMPFILE`), which leaves
/// nothing behind whatever ends the process, SIGKILL included. When it is complete and synced
/// it is linked into place: directly when the destination does not exist (if a file appeared
/// there meanwhile it is not replaced), or under a temporary name renamed over the destination
/// when `--force` allows replacing it. Where the file system has no `O_TMPFILE`, a named
/// temporary file is used instead and removed on any catchable signal (`TempFileCleanup`).
/// An existing file keeps its permissions. A device or FIFO (`OutputTarget.inPlace`) is
/// written in place.
enum FileOutput {
    /// Set to 1 to use a named temporary file even where `O_TMPFILE` works (to test that path).
    static let namedTempVariable = "PAVILION_OUTPUT_NAMED_TEMP"

    /// Writes what `body` produces to `out`.
    /// - Throws: `OutputFailure`: 73 when the file cannot be created, 74 when writing, linking
    ///   or renaming it fails; either way the destination is as it was.
    static func write(_ out: OutputTarget, _ body: (OutputWriter) throws(OutputError) -> Void) throws(OutputFailure) {
        if out.inPlace { return try writeInPlace(out, body) }
        let (dir, name) = out.directoryAndName
        let unchanged = out.existing == nil ? "no file was created" : "the existing file is unchanged"
        let mode: mode_t = out.existing.map { $0.st_mode & 0o7777 } ?? 0o666
        let fd: Int32, named: String?
        if getenv(namedTempVariable) == nil, let unnamed = openUnnamed(dir, mode) {
            (fd, named) = (unnamed, nil)
        } else {
            let (tmpFD, tmp) = try createTemporary(dir: dir, name: name, mode: mode, out: out)
            (fd, named) = (tmpFD, tmp)
        }
        var closed = false
        func discard() {
            if !closed { close(fd) }
            if let named { unlink(named); TempFileCleanup.unregister() }
        }
        do throws(OutputError) {
            if out.existing != nil { fchmod(fd, mode) }
            let writer = OutputWriter(fd: fd, capacity: 1 << 20)
            try body(writer)
            try writer.flush()
            if fsync(fd) != 0, errno != EINVAL { throw OutputError(code: errno, operation: "fsync") }
            if named != nil {
                closed = true
                if close(fd) != 0 { throw OutputError(code: errno, operation: "close") }
            }
        } catch {
            discard()
            throw .ioError(out.path, error, note: unchanged)
        }
        if let named {
            defer { TempFileCleanup.unregister() }
            try placeNamed(named, out)
        } else {
            defer { close(fd) }
            try placeUnnamed(fd, out, dir: dir, name: name)
        }
        syncDirectory(dir)
    }

    /// A new file `.NAME.tmp-PID-N` beside the destination, made with `O_EXCL` (another name is
    /// tried when one exists) and registered for removal on a signal once it is ours.
    private static func createTemporary(dir: String, name: String, mode: mode_t, out: OutputTarget) throws(OutputFailure) -> (Int32, String) {
        for attempt in 0..<100 {
            let tmp = "\(dir)/.\(name.prefix(180)).tmp-\(getpid())-\(attempt)"
            TempFileCleanup.blockSignals()
            let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
            let e = errno
            if fd >= 0 { TempFileCleanup.register(tmp) }
            TempFileCleanup.unblockSignals()
            if fd >= 0 { return (fd, tmp) }
            if e != EEXIST { throw .cannotCreate(out.path, "cannot create a file in \(dir): \(String(cString: strerror(e)))") }
        }
        throw .cannotCreate(out.path, "cannot create a temporary file in \(dir): 100 names were taken")
    }

    /// Linux's `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`, a macro Swift does not import), on the
    /// architectures where `__O_TMPFILE` has its generic value.
    private static var openTmpfileFlag: Int32? {
        #if os(Linux) && (arch(x86_64) || arch(arm64))
        return 0o20000000 | O_DIRECTORY
        #else
        return nil
        #endif
    }

    /// An unnamed file in `dir`, or nil where the file system cannot make one or it cannot be
    /// linked later (no /proc).
    private static func openUnnamed(_ dir: String, _ mode: mode_t) -> Int32? {
        guard let tmpfile = openTmpfileFlag else { return nil }
        let fd = open(dir, tmpfile | O_WRONLY | O_CLOEXEC, mode)
        guard fd >= 0 else { return nil }
        guard access("/proc/self/fd/\(fd)", F_OK) == 0 else { close(fd); return nil }
        return fd
    }

    /// Links the unnamed file at the destination: directly when there was no file, else under
    /// a temporary name renamed over it.
    private static func placeUnnamed(_ fd: Int32, _ out: OutputTarget, dir: String, name: String) throws(OutputFailure) {
        let proc = "/proc/self/fd/\(fd)"
        if out.existing == nil {
            if linkat(AT_FDCWD, proc, AT_FDCWD, out.target, AT_SYMLINK_FOLLOW) == 0 { return }
            let e = errno
            guard e == EEXIST else { throw .ioError(out.path, OutputError(code: e, operation: "link"), note: "no file was created") }
            try checkAppeared(out)
        }
        // A fresh name each try: linkat never replaces, so a file of someone else's is left alone.
        for attempt in 0..<100 {
            let tmp = "\(dir)/.\(name.prefix(180)).tmp-\(getpid())-\(attempt)"
            TempFileCleanup.blockSignals()
            let linked = linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0
            let e = errno
            if linked { TempFileCleanup.register(tmp) }
            TempFileCleanup.unblockSignals()
            if linked {
                defer { TempFileCleanup.unregister() }
                return try renameOver(tmp, out)
            }
            if e != EEXIST { throw .ioError(out.path, OutputError(code: e, operation: "link"), note: "the existing file is unchanged") }
        }
        throw .ioError(out.path, OutputError(code: EEXIST, operation: "link"), note: "the existing file is unchanged")
    }

    /// Moves the named temporary file to the destination, without replacing a file that
    /// appeared meanwhile unless `--force` allows it.
    private static func placeNamed(_ tmp: String, _ out: OutputTarget) throws(OutputFailure) {
        if out.existing == nil {
            if link(tmp, out.target) == 0 {
                unlink(tmp)
                return
            }
            let e = errno
            if e == EEXIST {
                do { try checkAppeared(out) } catch { unlink(tmp); throw error }
            } else if e != EPERM && e != EOPNOTSUPP && e != ENOSYS {
                unlink(tmp)
                throw .ioError(out.path, OutputError(code: e, operation: "link"), note: "no file was created")
            }
            // A file system without hard links: rename, after checking again that no file
            // appeared at the destination (a smaller window than link's, but not none).
            var st = stat()
            if stat(out.target, &st) == 0 {
                do { try checkAppeared(out) } catch { unlink(tmp); throw error }
            }
        }
        try renameOver(tmp, out)
    }

    /// A file appeared at the destination while writing: fine only with `--force`, and never
    /// when it is read-only or an input.
    private static func checkAppeared(_ out: OutputTarget) throws(OutputFailure) {
        guard out.force else {
            throw .cannotCreate(out.path, "a file appeared there while the catalogue was being written; it was not replaced (add --force to replace it)")
        }
        var st = stat()
        if stat(out.target, &st) == 0, OutputTarget.isReadOnly(st, out.target) {
            throw .cannotCreate(out.path, "a read-only file appeared there while the catalogue was being written; it was not replaced")
        }
    }

    private static func renameOver(_ tmp: String, _ out: OutputTarget) throws(OutputFailure) {
        var st = stat()
        if stat(out.target, &st) == 0, OutputTarget.isReadOnly(st, out.target) {
            unlink(tmp)
            throw .cannotCreate(out.path, "became read-only while the catalogue was being written; it was not replaced")
        }
        guard rename(tmp, out.target) == 0 else {
            let e = errno
            unlink(tmp)
            throw .ioError(out.path, OutputError(code: e, operation: "rename"), note: "the existing file is unchanged")
        }
    }

    /// Makes the new name durable; a directory that cannot be synced is not an error.
    private static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Writes to an existing device, FIFO or descriptor link without replacing it; a regular
    /// file behind a descriptor link is truncated first, as a shell's `>` does.
    private static func writeInPlace(_ out: OutputTarget, _ body: (OutputWriter) throws(OutputError) -> Void) throws(OutputFailure) {
        var st = stat()
        let truncate = stat(out.target, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
        let fd = open(out.target, O_WRONLY | O_CLOEXEC | (truncate ? O_TRUNC : 0))
        guard fd >= 0 else { throw .cannotCreate(out.path, "cannot open: \(String(cString: strerror(errno)))") }
        do throws(OutputError) {
            let writer = OutputWriter(fd: fd, capacity: 1 << 20)
            try body(writer)
            try writer.flush()
            if close(fd) != 0 { throw OutputError(code: errno, operation: "close") }
        } catch {
            if error.operation != "close" { close(fd) }
            throw .ioError(out.path, error, note: nil)
        }
    }
}
