import Foundation
import ZIPFoundation

/// The parts of an Office Open XML file (a ZIP archive), read from memory by path.
struct XLSXPackage {
    /// The most a part may hold once inflated: a sheet of a million rows is well under it, and a
    /// ZIP bomb stops here instead of filling the memory.
    static let partLimit = 512 << 20

    private let archive: Archive
    private var entries: [String: Entry] = [:]

    /// Opens the archive in `bytes`.
    init(_ bytes: [UInt8]) throws(ListReadError) {
        do { archive = try Archive(data: Data(bytes), accessMode: .read) } catch {
            throw .unreadable("the file starts like a ZIP archive (.xlsx) but is not a readable one; it may be damaged or cut short", position: nil)
        }
        var count = 0
        for entry in archive {
            count += 1
            if count > 100_000 { break }
            let key = Self.key(entry.path)
            if entries[key] == nil { entries[key] = entry }
        }
    }

    /// A path as looked up: no leading slash, backslashes as slashes, in lower case (Office
    /// matches part names case-insensitively).
    static func key(_ path: String) -> String {
        var p = path.replacingOccurrences("\\", "/").lowercased()
        while p.hasPrefix("/") { p.removeFirst() }
        return p
    }

    /// True when the archive has a part at `path`.
    func contains(_ path: String) -> Bool { entries[Self.key(path)] != nil }

    /// The bytes of the part at `path`, or nil when there is none.
    func part(_ path: String) throws(ListReadError) -> [UInt8]? {
        guard let entry = entries[Self.key(path)] else { return nil }
        guard entry.type == .file else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(Self.partLimit))))
        var tooBig = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { (chunk: Data) throws in
                guard out.count + chunk.count <= Self.partLimit else {
                    tooBig = true
                    throw Archive.ArchiveError.cancelledOperation
                }
                out.append(contentsOf: chunk)
            }
        } catch {
            if tooBig { throw .unreadable("\(path) is over \(Self.partLimit >> 20) MB once unpacked; the workbook is too large or damaged", position: nil) }
            throw .unreadable("\(path) cannot be unpacked (\(Self.reason(error))); the workbook may be damaged", position: nil)
        }
        return out
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case Archive.ArchiveError.invalidCRC32: "its checksum does not match"
        case Archive.ArchiveError.invalidCompressionMethod: "an unknown compression method"
        default: "the compressed data is broken"
        }
    }
}
