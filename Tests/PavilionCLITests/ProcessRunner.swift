import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished (or killed) process left behind.
struct ProcessResult: Sendable, CustomStringConvertible {
    /// The exit status, or the signal number when `signaled` is true.
    var status: Int32
    /// True when the process died of a signal (including the timeout's kill).
    var signaled: Bool
    /// True when the timeout ran out and the process was killed.
    var timedOut: Bool
    var stdoutData: Data
    var stderrData: Data
    /// Wall-clock time from launch to exit.
    var seconds: Double

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// Stdout split into lines, without the empty string after the final newline.
    var stdoutLines: [String] { Self.lines(stdout) }
    /// Stderr split into lines, without the empty string after the final newline.
    var stderrLines: [String] { Self.lines(stderr) }

    static func lines(_ s: String) -> [String] {
        var l = s.components(separatedBy: "\n")
        if l.last == "" { l.removeLast() }
        return l
    }

    var description: String {
        let how = timedOut ? "timed out and was killed" : signaled ? "died of signal \(status)" : "exited \(status)"
        return "process \(how) after \(String(format: "%.2f", seconds)) s\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }
}

/// Errors starting a process.
struct ProcessRunnerError: Error, CustomStringConvertible {
    var description: String
}

/// Runs programs with stdin from /dev/null or from given bytes, capturing stdout and stderr in
/// files, and kills them when a timeout runs out.
///
/// It uses posix_spawn and waitpid rather than Foundation's `Process`: with `Process` (and
/// swift-corelibs-foundation on Linux) the tmux tests hung for ever, the tmux client that had
/// started a server left a zombie whose exit `Process` never reported. waitpid on the one
/// child is simple and cannot miss it.
enum ProcessRunner {
    /// Runs `executable` with `arguments` and waits for it, at most `timeout` seconds.
    static func run(
        _ executable: String,
        _ arguments: [String],
        stdin: Data? = nil,
        stdout: StdoutTarget = .capture,
        environment: [String: String]? = nil,
        currentDirectory: String? = nil,
        timeout: Double = 30
    ) throws -> ProcessResult {
        let process = try start(executable, arguments, stdin: stdin, stdout: stdout, environment: environment, currentDirectory: currentDirectory)
        return try process.wait(timeout: timeout)
    }

    /// Where a child's standard output goes.
    enum StdoutTarget {
        /// A file read back into `ProcessResult.stdoutData`.
        case capture
        /// This path, opened for writing (e.g. /dev/full).
        case path(String)
        /// This descriptor of the test process (e.g. a pipe's write end), duplicated.
        case descriptor(Int32)
        /// Closed: the child starts without a standard output.
        case closed
    }

    /// Starts `executable` with `arguments` and returns at once; `RunningProcess.wait` collects it.
    static func start(
        _ executable: String,
        _ arguments: [String],
        stdin: Data? = nil,
        stdout: StdoutTarget = .capture,
        environment: [String: String]? = nil,
        currentDirectory: String? = nil
    ) throws -> RunningProcess {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("pavilion-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)

        let outPath = dir.appendingPathComponent("stdout").path
        let errPath = dir.appendingPathComponent("stderr").path
        let inPath: String
        if let stdin {
            inPath = dir.appendingPathComponent("stdin").path
            try stdin.write(to: URL(fileURLWithPath: inPath))
        } else {
            inPath = "/dev/null"
        }

        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        switch stdout {
        case .capture: posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        case .path(let path): posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY, 0)
        case .descriptor(let fd): posix_spawn_file_actions_adddup2(&actions, fd, 1)
        case .closed: posix_spawn_file_actions_addclose(&actions, 1)
        }
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        // The child starts with default signal handling and nothing blocked, whatever the
        // test runner set up for itself.
        #if canImport(Darwin)
        var attributes: posix_spawnattr_t?
        #else
        var attributes = posix_spawnattr_t()
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGHUP, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGUSR1, SIGUSR2, SIGALRM] {
            sigaddset(&defaults, sig)
        }
        var noneBlocked = sigset_t()
        sigemptyset(&noneBlocked)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &noneBlocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        // posix_spawn_file_actions_addchdir_np is not in every C library Swift imports, so a
        // working directory is set by a shell that then execs the program.
        var argv = [executable] + arguments
        var program = executable
        if let currentDirectory {
            program = "/bin/sh"
            argv = ["/bin/sh", "-c", #"cd "$1" || exit 127; shift; exec "$@""#, "sh", currentDirectory] + argv
        }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let start = Date()
        var pid = pid_t()
        let spawned = withCStrings(argv) { argv in
            withCStrings(env) { envp in
                posix_spawn(&pid, program, &actions, &attributes, argv, envp)
            }
        }
        guard spawned == 0 else {
            try? FileManager.default.removeItem(at: dir)
            throw ProcessRunnerError(description: "cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        return RunningProcess(pid: pid, executable: executable, start: start, directory: dir, outPath: outPath, errPath: errPath)
    }

    /// Calls `body` with a NULL-terminated array of C strings.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { for p in pointers { free(p) } }
        return body(pointers)
    }

    /// Runs the pavilion binary under test.
    static func pavilion(
        _ arguments: [String],
        stdin: Data? = nil,
        stdout: StdoutTarget = .capture,
        extraEnvironment: [String: String] = [:],
        currentDirectory: String? = nil,
        timeout: Double = 30
    ) throws -> ProcessResult {
        let environment = extraEnvironment.isEmpty ? nil : ProcessInfo.processInfo.environment.merging(extraEnvironment) { $1 }
        return try run(try PavilionBinary.path(), arguments, stdin: stdin, stdout: stdout, environment: environment,
                       currentDirectory: currentDirectory, timeout: timeout)
    }

    /// Runs the pavilion binary under test from `/bin/sh -c SCRIPT`, where the script refers to
    /// the binary as "$0" (e.g. `ulimit -v 100000; exec "$0" stats`).
    static func pavilionInShell(_ script: String, extraEnvironment: [String: String] = [:], timeout: Double = 30) throws -> ProcessResult {
        let environment = ProcessInfo.processInfo.environment.merging(extraEnvironment) { $1 }
        return try run("/bin/sh", ["-c", script, try PavilionBinary.path()], environment: environment, timeout: timeout)
    }
}
