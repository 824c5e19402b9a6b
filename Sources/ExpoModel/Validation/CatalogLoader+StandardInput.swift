#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CatalogLoader {
    /// The name standard input goes by in messages (`--catalog -`).
    public static let standardInputName = "standard input"

    /// Reads all of standard input (`--catalog -`), bounded like a file.
    /// - Throws: `CatalogError.cannotOpen` when standard input is a terminal (nothing was piped
    ///   in: reading would wait for typing), is empty, or cannot be read.
    public static func readStandardInput() throws(CatalogError) -> [UInt8] {
        try readStandardInput(fd: 0)
    }

    /// `readStandardInput` from another descriptor (for tests).
    static func readStandardInput(fd: Int32) throws(CatalogError) -> [UInt8] {
        let name = standardInputName
        if isatty(fd) == 1 {
            throw .cannotOpen(path: name, reason: "it is a terminal; pipe or redirect a catalogue into it (pavilion stats --catalog - < fair.json)")
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .cannotOpen(path: name, reason: String(cString: strerror(errno))) }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw .cannotOpen(path: name, reason: "it is a directory, not a catalogue") }
        let bytes: [UInt8]
        do {
            bytes = try BoundedReader.readAll(fd, sizeHint: type == S_IFREG ? Int(st.st_size) : nil, limit: maxBytes)
        } catch {
            switch error {
            case .tooLarge(let limit): throw .cannotOpen(path: name, reason: "it is larger than the \(BoundedReader.describe(bytes: limit)) limit")
            case .system(let code): throw .cannotOpen(path: name, reason: String(cString: strerror(code)))
            case .outOfMemory(let read): throw .cannotOpen(path: name, reason: "not enough memory to read it (\(BoundedReader.describe(bytes: read)) read)")
            }
        }
        if bytes.isEmpty {
            throw .cannotOpen(path: name, reason: "it is empty; pipe or redirect a catalogue into it (pavilion stats --catalog - < fair.json)")
        }
        return bytes
    }
}
