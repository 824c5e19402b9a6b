#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads catalogue files from disk, refusing what cannot be a catalogue before reading it.
public enum CatalogLoader {
    /// The largest file read, so that a device or a runaway file cannot use unbounded memory
    /// (4 GiB; see `BoundedReader.defaultLimit`).
    public static let maxBytes = BoundedReader.defaultLimit

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
        do {
            return try BoundedReader.readAll(fd, sizeHint: type == S_IFREG ? Int(st.st_size) : nil, limit: maxBytes)
        } catch {
            switch error {
            case .tooLarge(let limit): throw .cannotOpen(path: path, reason: "it is larger than the \(BoundedReader.describe(bytes: limit)) limit")
            case .system(let code): throw .cannotOpen(path: path, reason: Self.reason(code))
            case .outOfMemory(let read): throw .cannotOpen(path: path, reason: "not enough memory to read it (\(BoundedReader.describe(bytes: read)) read)")
            }
        }
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

    /// True for paths named like CSV exhibitor lists (`.csv`, `.tsv`). Files are no longer read
    /// by their name but by their content (`reading(_:path:)`); this remains for messages.
    public static func isCSV(path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".tsv")
    }

    /// Every problem in a file, read as its content says (`reading(_:path:)`): catalogues are
    /// validated, exhibitor lists imported with default options (skipped rows are errors), and
    /// JSON that is not a catalogue gets one error pointing to `pavilion import`.
    public static func diagnose(_ bytes: [UInt8], path: String) -> [Diagnostic] {
        switch reading(bytes, path: path) {
        case .catalogue: CatalogDecoder().decode(bytes).diagnostics
        case .list: CSVImporter().run(bytes, fileName: path).diagnostics
        case .otherJSON: [otherJSONDiagnostic(bytes, path: path)]
        }
    }

    /// A loaded file: the catalogue, its diagnostics, and how it was read.
    public struct Loaded: Sendable {
        /// The catalogue.
        public var catalog: Catalog
        /// Warnings for a catalogue; for an imported list, also an error per skipped row.
        public var diagnostics: [Diagnostic]
        /// How the file was read (`.catalogue` or `.list`).
        public var reading: Reading
    }

    /// Reads and decodes a catalogue file, returning the catalogue and its diagnostics. A JSON
    /// catalogue with any error throws, so its diagnostics are warnings. An exhibitor list (told
    /// by content: CSV, TSV, an Excel workbook) is imported on the fly: its diagnostics include an
    /// error for each skipped row, and it throws only when no row could be imported. JSON that is
    /// not a catalogue throws one error pointing to `pavilion import`.
    public static func load(path: String, progress: ((Double) -> Void)? = nil) throws(CatalogError) -> (Catalog, [Diagnostic]) {
        let loaded = try loadFile(path: path, progress: progress)
        return (loaded.catalog, loaded.diagnostics)
    }

    /// `load`, also saying how the file was read.
    public static func loadFile(path: String, progress: ((Double) -> Void)? = nil) throws(CatalogError) -> Loaded {
        try loadBytes(try readBytes(path: path), path: path, progress: progress)
    }

    /// `loadFile` for bytes already read (standard input): `path` is the name used in messages.
    public static func loadBytes(_ bytes: [UInt8], path: String, progress: ((Double) -> Void)? = nil) throws(CatalogError) -> Loaded {
        try MemoryBudget.check(decoding: bytes.count, path: path)
        switch reading(bytes, path: path) {
        case .catalogue:
            let (catalog, warnings) = try decode(bytes, path: path, progress: progress)
            return Loaded(catalog: catalog, diagnostics: warnings, reading: .catalogue)
        case .list:
            let result = CSVImporter().run(bytes, fileName: path)
            if result.imported == 0 && result.errors > 0 {
                throw .invalid(path: path, diagnostics: result.diagnostics)
            }
            return Loaded(catalog: result.catalog, diagnostics: result.diagnostics, reading: .list)
        case .otherJSON:
            throw .invalid(path: path, diagnostics: [otherJSONDiagnostic(bytes, path: path)])
        }
    }
}
