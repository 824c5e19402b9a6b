/// The parts of an Office Open XML file (a ZIP archive), read by path.
///
/// The archive is read here, from its central directory, and each part inflated by zlib
/// (`Inflate`), with no temporary file. ZIPFoundation 0.9.20, which the package set offers, was
/// tried first and measured unfit under the fuzzer: its in-memory archive crashes when a damaged
/// directory points past the end of the data, its read loop waits for ever on a deflate stream
/// that does not end before its data (or on a local size larger than the file), and every
/// archive opened from a file leaks the path it passes to `fopen`. The tests still build their
/// workbooks with ZIPFoundation.
struct XLSXPackage {
    /// The most a part may hold once inflated: a sheet of a million rows is well under it, and a
    /// ZIP bomb stops here instead of filling the memory.
    static let partLimit = 512 << 20

    /// For each part the central directory lists: where its data lies, or nil when its data
    /// does not lie inside the file or its local header disagrees with the directory.
    private var spans: [String: Span?] = [:]
    /// The file's bytes: parts are inflated from them by `Inflate`, not by ZIPFoundation, whose
    /// 0.9.20 read loop waits for ever on a deflate stream that does not end before the data does.
    private let bytes: [UInt8]

    /// Where a part's data is, and how it is stored.
    struct Span: Equatable {
        var method: Int
        var start: Int
        var compressedSize: Int
        var size: Int
        var crc: UInt32
    }

    /// Opens the archive in `bytes`.
    init(_ bytes: [UInt8]) throws(ListReadError) {
        let damaged = ListReadError.unreadable("the file starts like a ZIP archive (.xlsx) but is not a readable one; it may be damaged or cut short", position: nil)
        guard Self.hasEndRecord(bytes) else { throw damaged }
        spans = Self.dataBounds(bytes)
        guard !spans.isEmpty else { throw damaged }
        self.bytes = bytes
    }

    /// True when the last "end of central directory" signature (as ZIPFoundation finds it,
    /// searching from the end) is followed by a whole record and its comment.
    static func hasEndRecord(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 22 else { return false }
        var i = bytes.count - 22
        while i >= 0 {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 {
                let comment = Int(bytes[i + 20]) | Int(bytes[i + 21]) << 8
                return i + 22 + comment <= bytes.count
            }
            i -= 1
        }
        return false
    }

    /// Whether each entry's compressed data (from its local header, as the central directory
    /// places it) ends inside the file and its local header agrees with the directory; entries
    /// with ZIP64 sizes are not judged.
    static func dataBounds(_ b: [UInt8]) -> [String: Span?] {
        func u16(_ i: Int) -> Int { i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : -1 }
        func u32(_ i: Int) -> Int { i + 4 <= b.count ? u16(i) | u16(i + 2) << 16 : -1 }
        guard b.count >= 22 else { return [:] }
        var e = b.count - 22
        while e >= 0, !(b[e] == 0x50 && b[e + 1] == 0x4B && b[e + 2] == 0x05 && b[e + 3] == 0x06) { e -= 1 }
        guard e >= 0 else { return [:] }
        var out: [String: Span?] = [:]
        var p = u32(e + 16)
        for _ in 0..<max(0, u16(e + 10)) {
            guard p >= 0, u32(p) == 0x0201_4B50, p + 46 <= b.count else { break }
            let size = u32(p + 20), nameLength = u16(p + 28), local = u32(p + 42)
            let end = p + 46 + nameLength
            guard end <= b.count else { break }
            let name = key(String(decoding: b[(p + 46)..<end], as: UTF8.self))
            if size != 0xFFFF_FFFF, local != 0xFFFF_FFFF {
                let start = local + 30 + max(0, u16(local + 26)) + max(0, u16(local + 28))
                // ZIPFoundation reads the data by the local header: it must agree with the
                // directory (signature, method, and sizes unless a data descriptor follows), or
                // a damaged local size sends its read loop on for ever.
                let localAgrees = u32(local) == 0x0403_4B50 && u16(local + 8) == u16(p + 10)
                    && (u16(local + 6) & 0x8 != 0 || (u32(local + 18) == size && u32(local + 22) == u32(p + 24)))
                if out[name] == nil {
                    let ok = localAgrees && local + 30 <= b.count && start + size <= b.count
                    out[name] = ok ? Span(method: u16(p + 10), start: start, compressedSize: size, size: u32(p + 24), crc: UInt32(truncatingIfNeeded: u32(p + 16))) : .some(nil)
                }
            }
            p = end + u16(p + 30) + u16(p + 32)
        }
        return out
    }

    /// A path as looked up: no leading slash, backslashes as slashes, in lower case (Office
    /// matches part names case-insensitively).
    static func key(_ path: String) -> String {
        var p = path.replacingOccurrences("\\", "/").lowercased()
        while p.hasPrefix("/") { p.removeFirst() }
        return p
    }

    /// True when the archive has a part at `path`.
    func contains(_ path: String) -> Bool { spans[Self.key(path)] != nil }

    /// The bytes of the part at `path`, or nil when there is none.
    func part(_ path: String) throws(ListReadError) -> [UInt8]? {
        guard spans[Self.key(path)] != nil, !path.hasSuffix("/") else { return nil }
        // ZIPFoundation 0.9.20 loops for ever reading compressed data past the end of the file,
        // and on a deflate stream that does not end before its data does: parts are read here.
        let key = Self.key(path)
        guard let known = spans[key] else {
            throw .unreadable("\(path) cannot be found in the workbook's directory; the workbook may be damaged", position: nil)
        }
        guard let span = known else {
            throw .unreadable("\(path) is cut short: the workbook is damaged or incomplete", position: nil)
        }
        let data = bytes[span.start..<(span.start + span.compressedSize)]
        switch span.method {
        case 0:
            guard data.count <= Self.partLimit else { throw .unreadable("\(path) is over \(Self.partLimit >> 20) MB; the workbook is too large or damaged", position: nil) }
            return Array(data)
        case 8:
            do throws(Inflate.Failure) {
                return try Inflate.raw(data, expectedSize: span.size, limit: Self.partLimit, crc: span.crc)
            } catch {
                switch error {
                case .tooLarge: throw .unreadable("\(path) is over \(Self.partLimit >> 20) MB once unpacked; the workbook is too large or damaged", position: nil)
                case .checksum: throw .unreadable("\(path) cannot be unpacked (its checksum does not match); the workbook may be damaged", position: nil)
                case .cutShort: throw .unreadable("\(path) is cut short: the workbook is damaged or incomplete", position: nil)
                case .damaged: throw .unreadable("\(path) cannot be unpacked (its compressed data is damaged); the workbook may be damaged", position: nil)
                }
            }
        default:
            throw .unreadable("\(path) cannot be unpacked (an unknown compression method, \(span.method)); save the workbook again as .xlsx", position: nil)
        }
    }
}
