#if canImport(Glibc)
import Glibc
#endif

/// What the process sets up before parsing its arguments.
enum ProcessSetup {
    /// Makes standard descriptors safe and output failures visible:
    /// - a closed stdin, stdout or stderr is replaced by /dev/null, so no file the program opens
    ///   can take its number; a closed stdout gets /dev/null opened read-only, so writing to
    ///   it still fails (and exits 74) rather than vanishing;
    /// - SIGXFSZ is ignored, so a write over the file size limit fails with EFBIG and is reported
    ///   like a full disk instead of killing the process with a core dump;
    /// - at exit, standard output is flushed, checked and closed (`Console.finishStandardOutput`).
    static func prepare() {
        for (fd, flags) in [(Int32(0), O_RDONLY), (1, O_RDONLY), (2, O_WRONLY)] where fcntl(fd, F_GETFD) == -1 {
            let opened = open("/dev/null", flags)
            if opened >= 0, opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
        signal(SIGXFSZ, SIG_IGN)
        atexit { Console.finishStandardOutput() }
    }
}
