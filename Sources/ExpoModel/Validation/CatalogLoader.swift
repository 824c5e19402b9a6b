#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads catalogue files from disk, refusing what cannot be a catalogue before reading it.
public enum CatalogLoader {
    /// The largest file read, so that a device or a runaway file cannot use unbounded memory.
    public static let maxBytes = 4 << 30

    /// The size of a file in bytes (0 for a pipe).
    public static func readBytesCount(path: String) throws(CatalogError) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { throw .cannotOpen(path: path, reason: Self.reason(errno)) }
        return Int(st.st_size)
    }

    /// Reads a file's bytes.
    /// - Throws: `CatalogError.cannotOpen` for a missing file, a directory, a device or no permission.
    public static func readBytes(path: String) throws(CatalogError) -> [UInt8] {
        var st = stat()
        guard stat(path, &st) == 0 else {
            throw .cannotOpen(path: path, reason: Self.reason(errno))
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw .cannotOpen(path: path, reason: "it is a directory, not a catalogue file") }
        guard type == S_IFREG || type == S_IFIFO else {
            throw .cannotOpen(path: path, reason: "it is not a regular file")
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: Self.reason(errno)) }
        defer { close(fd) }
        if type == S_IFREG, st.st_size > maxBytes { throw .cannotOpen(path: path, reason: "it is larger than \(maxBytes >> 30) GiB") }
        // Read straight into the result, growing it when the file turns out longer (a pipe, or a
        // file still being written).
        var out: [UInt8] = []
        var capacity = type == S_IFREG ? Int(st.st_size) + 1 : 1 << 20
        var failure: Int32 = 0
        while failure == 0 {
            let previous = out
            out = [UInt8](unsafeUninitializedCapacity: capacity) { buf, count in
                guard let base = buf.baseAddress else { return }
                previous.withUnsafeBufferPointer { old in
                    if let from = old.baseAddress { base.update(from: from, count: old.count) }
                }
                count = previous.count
                while count < capacity {
                    let n = read(fd, base + count, capacity - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    if n == 0 { return }
                    count += n
                }
            }
            if failure != 0 { throw .cannotOpen(path: path, reason: Self.reason(failure)) }
            if out.count < capacity { break }
            if out.count > maxBytes { throw .cannotOpen(path: path, reason: "it is larger than \(maxBytes >> 30) GiB") }
            capacity *= 2
        }
        return out
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case ENOTDIR: return "a part of the path is not a directory"
        case EISDIR: return "it is a directory, not a catalogue file"
        default:
            if let s = strerror(code) { return String(cString: s) }
            return "error \(code)"
        }
    }

    /// Decodes catalogue bytes, throwing when there is any error.
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - path: the name used in messages.
    /// - Returns: the catalogue and its warnings.
    public static func decode(_ bytes: [UInt8], path: String, progress: ((Double) -> Void)? = nil) throws(CatalogError) -> (Catalog, [Diagnostic]) {
        let result = CatalogDecoder().decode(bytes, progress: progress)
        guard result.isValid else { throw .invalid(path: path, diagnostics: result.diagnostics) }
        return (result.catalog, result.diagnostics)
    }

    /// True for paths read as CSV exhibitor lists (`.csv`, `.tsv`, `.txt` with tabs or commas).
    public static func isCSV(path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".tsv")
    }

    /// Every problem in a file: JSON catalogues are validated, CSV lists are imported with
    /// default options (skipped rows are errors).
    public static func diagnose(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        if isCSV(path: path) { return CSVImporter().run(bytes, fileName: path).diagnostics }
        return CatalogDecoder().decode(bytes).diagnostics
    }

    /// Reads and decodes a catalogue file, returning the catalogue and its diagnostics. A JSON
    /// catalogue with any error throws, so its diagnostics are warnings. A CSV exhibitor list is
    /// imported on the fly: its diagnostics include an error for each skipped row, and it throws
    /// only when no row could be imported.
    public static func load(path: String, progress: ((Double) -> Void)? = nil) throws(CatalogError) -> (Catalog, [Diagnostic]) {
        let bytes = try readBytes(path: path)
        if isCSV(path: path) {
            let result = CSVImporter().run(bytes, fileName: path)
            if result.imported == 0 && result.errors > 0 {
                throw .invalid(path: path, diagnostics: result.diagnostics)
            }
            return (result.catalog, result.diagnostics)
        }
        return try decode(bytes, path: path, progress: progress)
    }
}
