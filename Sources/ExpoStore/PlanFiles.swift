#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The plan database's file and folder, before SQLite opens them: created private (folder 0700,
/// file 0600), and the file's first bytes checked so that nothing but a SQLite file is ever
/// handed to SQLite.
enum PlanFiles {
    /// What is at the database's path.
    enum State: Equatable {
        /// No file, or an empty one (a new plan).
        case empty
        /// A file that starts like a SQLite database.
        case sqlite
    }

    /// The 16 bytes every SQLite database starts with.
    static let magic = Array("SQLite format 3\0".utf8)

    /// The folder that holds `path`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    /// Creates the folder (and its parents, each 0700) and the empty file (0600) when missing.
    static func create(_ path: String) throws(PlanStoreError) {
        let dir = folder(of: path)
        try makeFolders(dir, for: path)
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            fchmod(fd, 0o600)
            close(fd)
            return
        }
        let e = errno
        if e == EEXIST { return }  // another process created it meanwhile
        throw .cannotCreate(path: path, reason: reason(e, creating: path, in: dir))
    }

    /// `mkdir -p` with mode 0700 for each folder it creates; existing folders keep their mode.
    static func makeFolders(_ dir: String, for path: String) throws(PlanStoreError) {
        var st = stat()
        if stat(dir, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { throw .cannotCreate(path: path, reason: "\(dir) is not a folder") }
            return
        }
        let parent = folder(of: dir)
        if parent != dir { try makeFolders(parent, for: path) }
        if mkdir(dir, 0o700) != 0 {
            let e = errno
            if e == EEXIST { return }
            throw .cannotCreate(path: path, reason: "cannot create the folder \(dir): \(String(cString: strerror(e)))")
        }
        chmod(dir, 0o700)
    }

    /// What is at `path` (which must exist): empty, or SQLite by its first bytes.
    /// - Throws: `.corrupt` for any other content, `.cannotCreate` when it cannot be read.
    static func state(_ path: String) throws(PlanStoreError) -> State {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw .cannotCreate(path: path, reason: "cannot open it: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .cannotCreate(path: path, reason: "cannot read it: \(String(cString: strerror(errno)))") }
        guard st.st_mode & S_IFMT == S_IFREG else { throw .corrupt(path: path, reason: "not a regular file") }
        if st.st_size == 0 { return .empty }
        var header = [UInt8](repeating: 0, count: 100)
        let n = header.withUnsafeMutableBytes { read(fd, $0.baseAddress, 100) }
        guard n == 100, Array(header[0..<16]) == magic else {
            throw .corrupt(path: path, reason: "not a SQLite database (it does not start with \"SQLite format 3\")")
        }
        return .sqlite
    }

    /// True when a file exists at `path`.
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// Why creating failed, in words.
    static func reason(_ e: Int32, creating path: String, in dir: String) -> String {
        switch e {
        case EACCES, EPERM, EROFS: "the folder \(dir) is not writable (\(String(cString: strerror(e))))"
        default: String(cString: strerror(e))
        }
    }
}
