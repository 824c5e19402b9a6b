#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses, with one clear line, to decode a catalogue that cannot fit in the process's
/// address-space limit (`ulimit -v`, RLIMIT_AS), instead of running out part-way, where an
/// allocation failure ends a Swift program with a crash report.
///
/// Decoding needs about `bytesPerInputByte` times the file's size on top of the file itself
/// (records, id tables, strings; measured as the peak virtual size of `pavilion stats` on demo
/// catalogues of 20,000, 200,000 and 500,000 booths: under 7 times the file plus 100 MB), plus a
/// fixed `overhead` for the two decoding threads' heaps and stacks. Without a limit nothing
/// is checked: the system's memory is not a hard limit (and is shared, and may grow).
public enum MemoryBudget {
    /// Address space needed per byte of JSON, beyond the bytes themselves.
    public static let bytesPerInputByte = 7
    /// Fixed address space for decoding: two threads' malloc arenas and stacks.
    public static let overhead = 100 << 20

    /// The address space decoding `bytes` of catalogue needs beyond what is in use now.
    public static func needed(forDecoding bytes: Int) -> Int {
        bytes.multipliedReportingOverflow(by: bytesPerInputByte).partialValue + overhead
    }

    /// The address space left under RLIMIT_AS, or nil when there is no limit.
    public static func available() -> Int? {
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_AS.rawValue)
        #else
        let resource = RLIMIT_AS
        #endif
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }
        return Int(clamping: limit.rlim_cur) - inUse()
    }

    /// Throws `CatalogError.cannotOpen` when decoding `bytes` would pass the limit.
    public static func check(decoding bytes: Int, path: String) throws(CatalogError) {
        guard let left = available() else { return }
        let need = needed(forDecoding: bytes)
        if need > left {
            throw .cannotOpen(path: path, reason: "not enough memory to load it: a \(mb(bytes)) file needs about \(mb(need)) more, and the address-space limit (ulimit -v) leaves \(mb(max(0, left)))")
        }
    }

    private static func mb(_ n: Int) -> String { "\(Format.grouped(n / 1_000_000)) MB" }

    /// The address space in use now (VmSize), from /proc/self/statm; 0 where unknown.
    static func inUse() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buf = [UInt8](repeating: 0, count: 128)
        let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard n > 0 else { return 0 }
        let first = buf[0..<n].prefix { $0 >= 0x30 && $0 <= 0x39 }
        let pages = first.reduce(0) { $0 &* 10 &+ Int($1 - 0x30) }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
