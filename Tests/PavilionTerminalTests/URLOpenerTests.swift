import Foundation
import Testing
@testable import PavilionTerminal

/// Starting a program detached (what opens a web address) and writing to the terminal.
@Suite struct URLOpenerTests {
    /// Polls `condition` every 20 ms for up to `timeout` seconds.
    func eventually(_ timeout: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition() {
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return true
    }

    @Test func theChildIsDetachedAndReaped() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pv-spawn-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report").path
        // The child reports its pid, its process group and where its standard descriptors go.
        let script = #"""
            set -- "$0" "$(cut -d' ' -f5 /proc/$$/stat)"
            printf '%s %s %s %s %s\n' $$ "$2" "$(readlink /proc/$$/fd/0)" "$(readlink /proc/$$/fd/1)" "$(readlink /proc/$$/fd/2)" > "$1.tmp"
            mv "$1.tmp" "$1"
            """#
        let pid = try URLOpener.spawnDetached("/bin/sh", arguments: ["-c", script, out])
        #expect(eventually { FileManager.default.fileExists(atPath: out) }, "the child never reported")
        let words = try String(contentsOfFile: out, encoding: .utf8).split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(words == ["\(pid)", "\(pid)", "/dev/null", "/dev/null", "/dev/null"], "pid, own process group, stdin/stdout/stderr: \(words)")
        // Reaped once it ends: no zombie stays (kill(pid, 0) succeeds on a zombie).
        #expect(eventually { kill(pid, 0) != 0 && errno == ESRCH }, "the child was not reaped")
    }

    @Test func onlyRegularExecutableFilesCount() {
        #expect(URLOpener.isExecutableFile("/bin/sh"))
        #expect(!URLOpener.isExecutableFile("/bin"), "a directory")
        #expect(!URLOpener.isExecutableFile("/nonexistent-\(getpid())"))
    }

    @Test func aMissingProgramIsAnError() {
        #expect(throws: URLOpener.Failure.self) {
            try URLOpener.spawnDetached("/nonexistent-\(getpid())/xdg-open", arguments: ["https://example.org"])
        }
    }

    @Test func writeAllWritesEverythingThroughAPipe() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        let bytes = Array(repeating: UInt8(ascii: "x"), count: 200_000)
        // A non-blocking write end, read on another thread: writeAll waits for room.
        _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
        let reader = fds[0]
        let total = ReadCount()
        let thread = Thread {
            var buf = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(reader, &buf, buf.count)
                if n <= 0 { break }
                total.add(n)
            }
            total.finish()
        }
        thread.start()
        #expect(Clipboard.writeAll(bytes, to: fds[1]) == 0)
        close(fds[1])
        #expect(eventually { total.done })
        #expect(total.value == bytes.count)
    }
}

/// A byte count shared with a reader thread.
final class ReadCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var finished = false
    func add(_ n: Int) { lock.lock(); count += n; lock.unlock() }
    func finish() { lock.lock(); finished = true; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    var done: Bool { lock.lock(); defer { lock.unlock() }; return finished }
}
