import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `kill(2)`, under a name that a type's own `kill()` does not hide.
func sendSignal(_ signal: Int32, to pid: pid_t) {
    _ = kill(pid, signal)
}

/// Why a tmux-driven test could not go on.
struct TmuxError: Error, CustomStringConvertible {
    var description: String
}

/// One tmux server on its own socket (`tmux -L <unique>`) with one session running a command.
/// Nothing is shared with the user's tmux or with other tests; `kill()` ends the server.
final class TmuxSession {
    let socket: String
    let name: String
    let tmux: String
    /// The server's socket file, removed by `kill()` (tmux 3.3 leaves it behind).
    private(set) var socketPath: String?
    private let environment: [String: String]
    /// The visit plan's database the browser in this session uses (`PAVILION_DB`): a fresh
    /// file of its own, so no test touches the user's plan or another test's.
    let planDatabase: String

    /// The tmux executable on PATH; tests fail (they do not skip) when it is missing.
    static func executable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw TmuxError(description: "tmux is not installed (not found on PATH=\(path)); the end-to-end tests need it: apt-get install tmux")
    }

    /// Starts a detached session of `width`×`height` running `command` (a shell command line).
    /// The pane stays after its process exits, so the exit status can be read.
    init(label: String, width: Int, height: Int, command: String) throws {
        tmux = try Self.executable()
        socket = "pavilion-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        name = "pv-\(label)"
        var env = ProcessInfo.processInfo.environment
        env["TMUX"] = nil
        env["TMUX_PANE"] = nil
        // tmux replaces non-ASCII characters with "_" unless the client's locale is UTF-8.
        env["LC_ALL"] = "C.UTF-8"
        env["TERM"] = env["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        let planDir = NSTemporaryDirectory() + "/" + socket
        try? FileManager.default.createDirectory(atPath: planDir, withIntermediateDirectories: true)
        planDatabase = planDir + "/plan.sqlite"
        env["PAVILION_DB"] = planDatabase
        environment = env
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, command,
                 ";", "set-option", "-w", "-t", name, "remain-on-exit", "on"])
        socketPath = try? format("#{socket_path}")
    }

    deinit { kill() }

    /// Runs `tmux -L <socket> args…`, throwing when tmux fails.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let r = try ProcessRunner.run(tmux, ["-u", "-L", socket] + arguments, environment: environment, timeout: 10)
        guard r.status == 0, !r.signaled else {
            throw TmuxError(description: "tmux \(arguments.joined(separator: " ")) failed: \(r)")
        }
        return r.stdout
    }

    /// The screen as text, one line per row.
    func capture() throws -> String {
        try run(["capture-pane", "-p", "-t", name])
    }

    /// The screen's rows.
    func lines() throws -> [String] {
        ProcessResult.lines(try capture())
    }

    /// Sends keys by tmux name: "Enter", "Escape", "C-c", "j", "?".
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    /// Resizes the window (tmux then sends SIGWINCH to the program).
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format evaluated for the session's pane, e.g. "#{pane_dead}".
    func format(_ f: String) throws -> String {
        try run(["display-message", "-p", "-t", name, f]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen every 50 ms until `predicate` holds on two captures in a row that are
    /// the same (so a frame caught half drawn does not count), up to `timeout` seconds; then
    /// throws, printing the whole screen. Returns the screen that satisfied it.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 10, _ predicate: (String) throws -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var previous: String?
        while true {
            screen = try capture()
            if try predicate(screen) {
                if screen == previous { return screen }
                previous = screen
            } else {
                previous = nil
            }
            if Date() >= deadline { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let status = (try? format("dead=#{pane_dead} status=#{pane_dead_status} size=#{window_width}x#{window_height}")) ?? "?"
        throw TmuxError(description: """
            timed out after \(timeout) s waiting for \(what) [\(status)]; the screen was:
            ┌\(String(repeating: "─", count: 20))
            \(ProcessResult.lines(screen).map { "│" + $0 }.joined(separator: "\n"))
            └\(String(repeating: "─", count: 20))
            """)
    }

    /// Waits until `text` is on the screen.
    @discardableResult
    func waitFor(text: String, timeout: Double = 10) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until every one of `texts` is on the screen at once.
    @discardableResult
    func waitFor(all texts: [String], timeout: Double = 10) throws -> String {
        try waitUntil(texts.map { "\"\($0)\"" }.joined(separator: " and "), timeout: timeout) { s in texts.allSatisfy { s.contains($0) } }
    }

    /// Waits until `text` has left the screen.
    @discardableResult
    func waitForAbsence(of text: String, timeout: Double = 10) throws -> String {
        try waitUntil("\"\(text)\" to disappear", timeout: timeout) { !$0.contains(text) }
    }

    /// Waits for the pane's process to exit and returns its exit status (nil when it died of a
    /// signal).
    ///
    /// tmux marks the pane dead when its terminal closes, which can be a moment before it has
    /// collected the exit status, so this waits for the status too. And Debian's tmux is built
    /// with libutempter, whose helper briefly installs its own SIGCHLD handler when a pane's
    /// terminal closes: a child exiting just then is never reaped (tmux/tmux#311) and stays a
    /// zombie with no status. So after half a second without a status, the server is sent
    /// SIGCHLD, which makes it reap the child, as the tmux maintainer suggests there.
    func waitForExit(timeout: Double = 10) throws -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        var deadSince: Date?
        while true {
            let state = try format("#{pane_dead}:#{pane_dead_status}")
            if state.hasPrefix("1:"), let status = Int32(state.dropFirst(2)) { return status }
            if state.hasPrefix("1:"), try capture().contains("Pane is dead (signal") { return nil }
            if state.hasPrefix("1:") {
                let since = deadSince ?? Date()
                deadSince = since
                if Date().timeIntervalSince(since) > 0.5, let server = Int32(try format("#{pid}")) {
                    sendSignal(SIGCHLD, to: server)
                    deadSince = Date()
                }
            }
            if Date() >= deadline {
                let screen = (try? capture()) ?? ""
                let pid = (try? format("#{pane_pid}")) ?? "?"
                func procStatus(_ pid: String) -> String {
                    let text = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
                    let cmd = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8))?.replacingOccurrences(of: "\0", with: " ") ?? ""
                    return cmd + " " + text.split(separator: "\n").filter { ["State", "PPid", "SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt", "Threads"].contains($0.split(separator: ":").first.map(String.init) ?? "") }.joined(separator: ", ")
                }
                let ppid = ((try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? "").split(separator: "\n").first { $0.hasPrefix("PPid:") }.map { String($0.dropFirst(5)).trimmingCharacters(in: .whitespaces) } ?? "?"
                let proc = procStatus(pid) + "\nparent \(ppid): " + procStatus(ppid)
                throw TmuxError(description: "the program did not exit within \(timeout) s (pane_dead:status = \(state), pid \(pid): \(proc)); the screen was:\n\(screen)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Ends the tmux server and everything in it. Safe to call more than once.
    func kill() {
        _ = try? ProcessRunner.run(tmux, ["-L", socket, "kill-server"], environment: environment, timeout: 10)
        if let socketPath, socketPath.contains(socket) {
            try? FileManager.default.removeItem(atPath: socketPath)
        }
        try? FileManager.default.removeItem(atPath: (planDatabase as NSString).deletingLastPathComponent)
    }

    /// Single-quotes a word for the shell.
    static func shellQuote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension TmuxSession {
    /// A fresh session running the browser itself (`exec`, so the pane's process is pavilion).
    static func browser(label: String, width: Int, height: Int, arguments: [String] = []) throws -> TmuxSession {
        let words = [try PavilionBinary.path()] + arguments
        let command = "exec env TERM=xterm-256color " + words.map(TmuxSession.shellQuote).joined(separator: " ")
        return try TmuxSession(label: label, width: width, height: height, command: command)
    }
}
