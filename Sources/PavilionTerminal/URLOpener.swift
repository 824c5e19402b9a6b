import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// Starts a program detached from the browser, to open a web address (`URLOpenPlan`).
enum URLOpener {
    /// Why a program could not be started.
    struct Failure: Error, CustomStringConvertible {
        /// The errno posix_spawn returned.
        var code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    /// True when `path` is a regular file we may execute.
    static func isExecutableFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
    }

    /// Signals set back to their default action in the child: the ones the browser (or
    /// ncurses) handles or ignores.
    static let resetSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM,
                                        SIGTSTP, SIGTTIN, SIGTTOU, SIGWINCH, SIGCHLD, SIGCONT]

    /// Starts `executable` with `arguments` (argv[0] is the executable) and the browser's
    /// environment, through `posix_spawn`, never a shell. The child reads and writes
    /// /dev/null, not the terminal; it runs in a process group of its own, so Ctrl-C or
    /// Ctrl-Z in the browser's terminal never reaches it; its signals are back to their
    /// defaults and none is blocked. It is not waited for: a detached thread reaps it when it
    /// ends, so no zombie stays and the browser goes on at once.
    /// - Returns: the child's process id.
    @discardableResult
    static func spawnDetached(_ executable: String, arguments: [String]) throws(Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in resetSignals { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, &attributes, argv, shim_environ())
        guard rc == 0 else { throw Failure(code: rc) }
        reapInBackground(pid)
        return pid
    }

    /// Waits for `pid` on a detached thread, so it is reaped whenever it ends. Should no
    /// thread start, it is reaped now if it has already ended.
    private static func reapInBackground(_ pid: pid_t) {
        var thread = pthread_t()
        let rc = pthread_create(&thread, nil, { arg in
            let pid = pid_t(truncatingIfNeeded: Int(bitPattern: arg))
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            return nil
        }, UnsafeMutableRawPointer(bitPattern: Int(pid)))
        if rc == 0 {
            pthread_detach(thread)
        } else {
            var status: Int32 = 0
            _ = waitpid(pid, &status, WNOHANG)
        }
    }
}
