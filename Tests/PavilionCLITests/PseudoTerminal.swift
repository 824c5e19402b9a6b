import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The browser on a pseudo-terminal of the test's own, in a new session so the terminal is
/// not its controlling terminal: closing the master side then ends its input without a SIGHUP,
/// which is what end-of-file on a terminal looks like to the program.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private(set) var master: Int32
    let pid: pid_t
    /// Everything the program wrote, as bytes.
    private(set) var output: [UInt8] = []

    init(arguments: [String], width: UInt16 = 100, height: UInt16 = 30) throws {
        let binary = try PavilionBinary.path()
        // posix_openpt, unlockpt and ptsname by hand (Glibc's module leaves them out).
        // TIOCSPTLCK and TIOCGPTN, Linux's values (<asm-generic/ioctls.h>).
        let setLock: UInt = 0x4004_5431, getNumber: UInt = 0x8004_5430
        // Close-on-exec: processes that other tests start meanwhile must not inherit the
        // master, or closing it here would not end the browser's input.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, setLock, &unlock) == 0, ioctl(master, getNumber, &number) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let name = "/dev/pts/\(number)"
        var size = winsize(ws_row: height, ws_col: width, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else { throw Failure(description: "cannot open \(name)") }
        defer { close(slave) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (glibc 2.26): the child starts a new session with no controlling
        // terminal, so closing the master sends it no SIGHUP.
        let spawnSetsid: Int16 = 0x80
        posix_spawnattr_setflags(&attributes, spawnSetsid)

        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LC_ALL"] = "C.UTF-8"
        let argv = [binary] + arguments
        let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        let cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in cArgs + cEnv { free(p) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, binary, &actions, &attributes, cArgs, cEnv)
        guard rc == 0 else { throw Failure(description: "cannot start \(binary): \(String(cString: strerror(rc)))") }
        pid = child
    }

    deinit {
        if master >= 0 { close(master) }
        if waitFor(exitWithin: 0) == nil {
            kill(pid, SIGKILL)
            _ = waitFor(exitWithin: 5)
        }
    }

    /// Reads what the program writes until `text` appears in it, up to `timeout` seconds.
    func readUntil(_ text: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Array(text.utf8)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            if output.count >= needle.count, contains(needle) { return }
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 50) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            output += buffer[0..<n]
        }
        if contains(needle) { return }
        throw Failure(description: "\"\(text)\" never appeared; the program wrote \(output.count) bytes")
    }

    private func contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, output.count >= needle.count else { return false }
        var i = 0
        while i + needle.count <= output.count {
            if output[i] == first, output[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Types bytes into the terminal.
    func write(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBufferPointer { Glibc.write(master, $0.baseAddress, $0.count) }
    }

    /// Closes the master side: the program's input ends.
    func hangUp() {
        close(master)
        master = -1
    }

    /// Waits for the program to exit; returns its wait status, or nil if it still runs.
    func waitFor(exitWithin seconds: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            var status: Int32 = 0
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || r < 0 { return status }
            if Date() >= deadline { return nil }
            usleep(5_000)
        }
    }
}
