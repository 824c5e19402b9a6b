#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Testing
@testable import ExpoModel

/// `BoundedReader` reads streams whole up to its limit and refuses as soon as it is passed.
@Suite struct BoundedReaderTests {
    /// A stream of `count` bytes (written from another thread) that ends after them: a socket
    /// pair, written with MSG_NOSIGNAL, so a reader that stops early cannot raise SIGPIPE in
    /// the test process.
    static func pipeReading(_ count: Int, _ body: (Int32) throws -> Void) throws {
        var fds: [Int32] = [0, 0]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        let writeEnd = fds[1]
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) {
            let chunk = [UInt8](repeating: 0x61, count: 65_536)
            var left = count
            while left > 0 {
                let n = chunk.withUnsafeBytes { send(writeEnd, $0.baseAddress, min(left, $0.count), Int32(MSG_NOSIGNAL)) }
                if n <= 0 { break }
                left -= n
            }
            close(writeEnd)
        }
        defer { close(fds[0]); done.wait() }
        try body(fds[0])
    }

    @Test(arguments: [0, 1, 65_536, BoundedReader.chunkBytes, BoundedReader.chunkBytes + 1, 3 * BoundedReader.chunkBytes + 7])
    func aStreamUnderTheLimitIsReadWhole(_ count: Int) throws {
        try Self.pipeReading(count) { fd in
            let bytes = try BoundedReader.readAll(fd, sizeHint: nil, limit: 64 << 20)
            #expect(bytes.count == count)
            #expect(bytes.allSatisfy { $0 == 0x61 })
        }
    }

    @Test(arguments: [(100, 100, true), (101, 100, false), (5_000_000, 1_000_000, false)])
    func theLimitIsExact(_ count: Int, _ limit: Int, _ fits: Bool) throws {
        try Self.pipeReading(count) { fd in
            do throws(BoundedReader.Failure) {
                let bytes = try BoundedReader.readAll(fd, sizeHint: nil, limit: limit)
                #expect(fits && bytes.count == count)
            } catch {
                guard case .tooLarge(let l) = error else { Issue.record("unexpected \(error)"); return }
                #expect(!fits && l == limit)
            }
        }
    }

    @Test func aRegularFileOverTheLimitIsRefusedBeforeReading() throws {
        #expect(throws: BoundedReader.Failure.self) { try BoundedReader.readAll(-1, sizeHint: 11, limit: 10) }
        #expect(BoundedReader.describe(bytes: 4 << 30) == "4 GiB")
        #expect(BoundedReader.describe(bytes: 32 << 20) == "32 MiB")
        #expect(BoundedReader.describe(bytes: 1_000) == "1,000 bytes")
    }
}
