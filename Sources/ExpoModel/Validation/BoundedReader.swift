#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file descriptor into memory without ever holding much more than a limit.
///
/// A regular file of known size is read straight into an array of that size. A stream (a pipe,
/// a FIFO, a file that grows while read) is read in chunks of at most `chunkBytes`, each its
/// own memory mapping; as soon as the bytes read pass the limit, the chunks are released and
/// the read refused. At the end the chunks are copied into one array, each chunk unmapped
/// as soon as it is copied, so the peak is the data plus one chunk.
public enum BoundedReader {
    /// The largest chunk of a stream held in one mapping.
    public static let chunkBytes = 16 << 20

    /// The default limit, 4 GiB, or `PAVILION_MAX_INPUT_BYTES` when that is set to a positive
    /// number (so tests can show the limit at work with little memory).
    public static let defaultLimit: Int = {
        if let s = getenv("PAVILION_MAX_INPUT_BYTES"), let n = Int(String(cString: s)), n > 0 { return n }
        return 4 << 30
    }()

    /// A size for messages: "4 GiB", "32 MiB" or "1,000 bytes".
    public static func describe(bytes n: Int) -> String {
        if n >= 1 << 30, n % (1 << 30) == 0 { return "\(n >> 30) GiB" }
        if n >= 1 << 20, n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
        return "\(Format.grouped(n)) bytes"
    }

    /// Why a read failed.
    public enum Failure: Error, Sendable {
        /// More than `limit` bytes.
        case tooLarge(limit: Int)
        /// `read` failed with this `errno`.
        case system(Int32)
        /// No memory for the next chunk.
        case outOfMemory(bytesRead: Int)
    }

    /// All bytes of `fd` until end-of-file.
    /// - Parameters:
    ///   - sizeHint: the file's size when it is a regular file, else nil.
    ///   - limit: refuse more bytes than this.
    public static func readAll(_ fd: Int32, sizeHint: Int?, limit: Int = defaultLimit) throws(Failure) -> [UInt8] {
        if let size = sizeHint, size > limit { throw .tooLarge(limit: limit) }
        var chunks = Chunks()
        defer { chunks.release() }
        if let size = sizeHint, size > 0 {
            // The usual case: one read into an array of the file's size, plus one byte to see
            // the end.
            var failure: Int32 = 0
            let first = [UInt8](unsafeUninitializedCapacity: size + 1) { buf, count in
                count = fill(fd, UnsafeMutableRawBufferPointer(buf), &failure)
            }
            if failure != 0 { throw .system(failure) }
            if first.count <= size { return first }
            // The file grew while being read: go on as with a stream.
            try chunks.append(first)
        }
        while true {
            let room = min(chunkBytes, limit + 1 - chunks.total)
            guard let chunk = Chunk(capacity: max(room, 1)) else { throw .outOfMemory(bytesRead: chunks.total) }
            var failure: Int32 = 0
            chunk.count = fill(fd, UnsafeMutableRawBufferPointer(start: chunk.base, count: chunk.capacity), &failure)
            chunks.list.append(chunk)
            chunks.total += chunk.count
            if failure != 0 { throw .system(failure) }
            if chunks.total > limit { throw .tooLarge(limit: limit) }
            if chunk.count < chunk.capacity { break }
        }
        return chunks.joined()
    }

    /// Reads into `buf` until it is full or the input ends; returns the bytes read.
    private static func fill(_ fd: Int32, _ buf: UnsafeMutableRawBufferPointer, _ failure: inout Int32) -> Int {
        guard let base = buf.baseAddress else { return 0 }
        var count = 0
        while count < buf.count {
            let n = read(fd, base + count, buf.count - count)
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            if n == 0 { break }
            count += n
        }
        return count
    }

    /// One anonymous mapping, released with `munmap` so its memory goes back at once.
    private final class Chunk {
        let base: UnsafeMutableRawPointer
        let capacity: Int
        var count = 0

        init?(capacity: Int) {
            guard let p = mmap(nil, capacity, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), p != MAP_FAILED else { return nil }
            base = p
            self.capacity = capacity
        }

        deinit { munmap(base, capacity) }
    }

    private struct Chunks {
        var list: [Chunk] = []
        var total = 0

        mutating func append(_ bytes: [UInt8]) throws(Failure) {
            guard let c = Chunk(capacity: max(bytes.count, 1)) else { throw .outOfMemory(bytesRead: bytes.count) }
            bytes.withUnsafeBytes { raw in
                if let from = raw.baseAddress { c.base.copyMemory(from: from, byteCount: raw.count) }
            }
            c.count = bytes.count
            list.append(c)
            total += bytes.count
        }

        /// One array of every chunk's bytes; each chunk is unmapped once copied.
        mutating func joined() -> [UInt8] {
            var remaining = list
            list = []
            return [UInt8](unsafeUninitializedCapacity: total) { buf, count in
                count = 0
                guard let base = buf.baseAddress else { return }
                while !remaining.isEmpty {
                    let c = remaining.removeFirst()
                    UnsafeMutableRawPointer(base + count).copyMemory(from: c.base, byteCount: c.count)
                    count += c.count
                }
            }
        }

        mutating func release() { list = [] }
    }
}
